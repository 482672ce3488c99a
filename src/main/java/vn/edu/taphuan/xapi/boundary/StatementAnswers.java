package vn.edu.taphuan.xapi.boundary;

import jakarta.json.JsonObject;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import vn.edu.taphuan.xapi.control.AttachmentStore;
import vn.edu.taphuan.xapi.control.StatementFormat;
import vn.edu.taphuan.xapi.control.StatementJson;
import vn.edu.taphuan.xapi.entity.StatementPage;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The answers of the Statement resource: a statement or StatementResult (xAPI Data 2.5) as JSON with ETag and
 * Last-Modified, or in the multipart form {@code attachments=true} asks for (Communication 2.1.3.s2.b6); the ids of
 * a POST; the "more" link of a page.
 */
final class StatementAnswers {
    private static final MediaType JSON = MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8");

    private StatementAnswers() {
    }

    /** The ids of stored statements, in the order sent (Communication 2.1.2). */
    static Response ids(List<String> ids) {
        var array = StatementJson.JSON.createArrayBuilder();
        ids.forEach(array::add);
        return Response.ok(StatementJson.write(array.build()), JSON).build();
    }

    /** A StatementResult: the page's statements in {@code format}, and the "more" link (empty on the last page). */
    static String result(StatementPage page, String format, List<Locale.LanguageRange> languages, UriInfo uri,
                         Function<String, Optional<JsonObject>> definitions) {
        StringBuilder body = new StringBuilder(256 + page.statements().size() * 1024).append("{\"statements\":[");
        for (int i = 0; i < page.statements().size(); i++) {
            body.append(i == 0 ? "" : ",").append(StatementFormat.apply(format, page.statements().get(i), languages, definitions));
        }
        body.append("],\"more\":").append(StatementJson.write(StatementJson.JSON.createValue(
                page.nextAfterSeq() == null ? "" : more(uri, page.nextAfterSeq())))).append('}');
        return body.toString();
    }

    /** The relative IRL of the next page: this query with the cursor after the last statement (Data 2.5). */
    private static String more(UriInfo uri, long afterSeq) {
        String cursor = StatementParameters.CURSOR;
        String raw = uri.getRequestUri().getRawQuery();
        String kept = raw == null ? "" : Arrays.stream(raw.split("&")).filter(p -> !p.startsWith(cursor + "=") && !p.isEmpty())
                .collect(Collectors.joining("&"));
        return uri.getBaseUri().getRawPath() + "statements?" + (kept.isEmpty() ? "" : kept + "&") + cursor + "=" + afterSeq;
    }

    /**
     * A statement or StatementResult: JSON with its ETag, or with {@code attachments} (not null: the store to read them
     * from) multipart/mixed with the data of the attachments the statements name (Communication 2.1.3.s2.b6).
     */
    static Response respond(String json, Instant lastModified, AttachmentStore attachments, Collection<String> statements) {
        Response.ResponseBuilder r;
        if (attachments != null) {
            MultipartAnswer answer = new MultipartAnswer(json, AttachmentStore.named(statements), attachments);
            r = Response.ok(answer, answer.contentType());
        } else {
            r = Response.ok(json, JSON).tag(new EntityTag(sha1(json)));
        }
        if (lastModified != null) {
            r.lastModified(Date.from(lastModified));
        }
        return r.build();
    }

    /** The languages the client prefers, for the canonical format; none when the header is absent or broken. */
    static List<Locale.LanguageRange> languages(HttpHeaders headers) {
        String accept = headers.getHeaderString("Accept-Language");
        try {
            return accept == null || accept.isBlank() ? List.of() : Locale.LanguageRange.parse(accept);
        } catch (IllegalArgumentException e) {
            return List.of();
        }
    }

    private static String sha1(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
