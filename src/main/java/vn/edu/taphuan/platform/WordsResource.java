package vn.edu.taphuan.platform;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The pages' words ({@code page.*}) and the enum labels ({@code enum.*}) of one language as a flat JSON object,
 * read once by app.js. Only those: the server's own messages reach people inside the answers that need them,
 * and leaving them out keeps the download small on a phone. The words change only with a deploy, so the answer
 * carries an ETag: a browser asks again on each page but gets "304 Not Modified", no body, until they change.
 */
@Path("i18n")
public class WordsResource {
    private static final Map<String, Words> BY_LANGUAGE = Map.of(
            "vi", Words.of(Messages.VIETNAMESE), "en", Words.of(Locale.ENGLISH));

    @Inject
    Messages messages;

    /** Open to anyone: the sign-in page needs its words before anyone has signed in. */
    @GET
    @Path("{lang}")
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
    public Response words(@PathParam("lang") String lang, @Context Request request) {
        Words words = BY_LANGUAGE.get(lang);
        if (words == null) {
            String shown = lang.length() > 20 ? lang.substring(0, 20) + "…" : lang;
            throw Problem.badRequest("LANGUAGE_UNKNOWN", messages.get("i18n.unknownLanguage", shown));
        }
        CacheControl cache = new CacheControl();
        cache.setNoCache(true);
        cache.setPrivate(false);
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(words.tag());
        return (unchanged != null ? unchanged : Response.ok(words.json())).tag(words.tag()).cacheControl(cache).build();
    }

    /** One language's words as sent, and their tag (a hash of the text). */
    record Words(byte[] json, EntityTag tag) {
        static Words of(Locale locale) {
            var bundle = Messages.bundle(locale);
            Map<String, String> words = new TreeMap<>();
            for (String key : bundle.keySet()) {
                if (key.startsWith("page.") || key.startsWith("enum.")) {
                    words.put(key, bundle.getString(key));
                }
            }
            try (Jsonb jsonb = JsonbBuilder.create()) {
                byte[] json = jsonb.toJson(words).getBytes(StandardCharsets.UTF_8);
                byte[] hash = MessageDigest.getInstance("SHA-256").digest(json);
                return new Words(json, new EntityTag(HexFormat.of().formatHex(hash, 0, 16)));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("the JDK always has SHA-256", e);
            } catch (Exception e) {
                throw new IllegalStateException("words of " + locale + " could not be written", e);
            }
        }
    }
}
