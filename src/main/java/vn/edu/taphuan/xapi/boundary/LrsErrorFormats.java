package vn.edu.taphuan.xapi.boundary;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import vn.edu.taphuan.platform.Problem;

import java.util.List;

/**
 * The format of an LRS error by content negotiation (xAPI Communication 3.2.s3.b3, b4): JSON unless the request's
 * {@code Accept} prefers plain text or HTML, which then get the same message and details as text. The status and
 * headers stay as they are.
 */
@Provider
public class LrsErrorFormats implements ContainerResponseFilter {
    private static final List<MediaType> OFFERED = List.of(MediaType.APPLICATION_JSON_TYPE, MediaType.TEXT_PLAIN_TYPE,
            MediaType.TEXT_HTML_TYPE);

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(response.getEntity() instanceof Problem.Body body)) {
            return;
        }
        MediaType chosen = chosen(request.getAcceptableMediaTypes());
        if (chosen.equals(MediaType.TEXT_PLAIN_TYPE)) {
            response.setEntity(text(body), null, MediaType.TEXT_PLAIN_TYPE.withCharset("UTF-8"));
        } else if (chosen.equals(MediaType.TEXT_HTML_TYPE)) {
            response.setEntity("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"UTF-8\"><title>" + body.status() + " " + escape(body.code())
                    + "</title></head><body><pre>" + escape(text(body)) + "</pre></body></html>", null, MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"));
        }
    }

    /** The first offered type the client accepts, in its order of preference (sorted by quality); JSON by default. */
    static MediaType chosen(List<MediaType> accepted) {
        for (MediaType a : accepted) {
            if (a.isWildcardType()) {
                return MediaType.APPLICATION_JSON_TYPE;
            }
            for (MediaType offered : OFFERED) {
                if (a.isCompatible(offered)) {
                    return offered;
                }
            }
        }
        return MediaType.APPLICATION_JSON_TYPE;
    }

    private static String text(Problem.Body body) {
        StringBuilder t = new StringBuilder().append(body.status()).append(' ').append(body.code()).append(": ").append(body.message());
        if (body.details() != null) {
            for (Problem.Detail d : body.details()) {
                t.append("\n- ").append(d.field() == null ? "" : d.field() + ": ").append(d.problem());
            }
        }
        return t.append('\n').toString();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
