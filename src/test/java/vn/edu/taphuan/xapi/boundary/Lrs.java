package vn.edu.taphuan.xapi.boundary;

import jakarta.json.JsonArray;
import jakarta.json.JsonString;
import vn.edu.taphuan.testing.Http;

import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

/** Test helpers for the built-in LRS: a client with the xAPI headers, and readable statement builders. */
final class Lrs {
    static final String DEMO_KEY = "demo-lrs-key";
    static final String DEMO_SECRET = "demo-lrs-secret-2024";
    static final String VERBS = "http://adlnet.gov/expapi/verbs/";

    private Lrs() {
    }

    /** A client of /xapi/ with LRS credentials and the version header. */
    static Http client(URL base, String key, String secret) {
        return Http.basic(base, key, secret).header("X-Experience-API-Version", "1.0.3");
    }

    /** A new LRS credential made by the district admin {@code admin}, and a client of /xapi/ that uses it. */
    static Http newCredential(Http admin, URL base, String label, boolean write, String read) {
        var made = admin.post("api/xapi/credentials", "{\"label\":\"" + label + "\",\"write\":" + write + ",\"read\":\"" + read + "\"}").json();
        return client(base, made.getString("key"), made.getString("secret"));
    }

    static Http demo(URL base) {
        return client(base, DEMO_KEY, DEMO_SECRET);
    }

    /** A fresh learner nobody else uses, so filters in one test see only that test's statements. */
    static String learner() {
        return "mailto:learner-" + UUID.randomUUID() + "@example.org";
    }

    static String id() {
        return UUID.randomUUID().toString();
    }

    /** "mbox did verb on activity", with an optional id (null = let the LRS assign one). */
    static String statement(String id, String mbox, String verb, String activity) {
        return """
                {%s"actor":{"objectType":"Agent","mbox":"%s"},
                 "verb":{"id":"%s","display":{"en":"%s","vi":"%s (vi)"}},
                 "object":{"id":"%s","definition":{"name":{"en":"An activity","vi":"Một hoạt động"}}}}"""
                .formatted(id == null ? "" : "\"id\":\"" + id + "\",", mbox, VERBS + verb, verb, verb, activity);
    }

    static String voiding(String id, String target) {
        return """
                {%s"actor":{"mbox":"mailto:admin@example.org"},"verb":{"id":"http://adlnet.gov/expapi/verbs/voided"},
                 "object":{"objectType":"StatementRef","id":"%s"}}""".formatted(id == null ? "" : "\"id\":\"" + id + "\",", target);
    }

    static String agent(String mbox) {
        return "{\"mbox\":\"" + mbox + "\"}";
    }

    static String q(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /**
     * A raw request to a document resource: {@code method} with the body's bytes as they are ({@code null} = none),
     * its Content-Type ({@code null} = none), and header name/value pairs (If-Match, If-None-Match, ...).
     */
    static Http.Response send(Http http, String method, String path, byte[] body, String contentType, String... headers) {
        HttpRequest.Builder b = http.request(path).method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return http.send(b);
    }

    static Http.Response sendJson(Http http, String method, String path, String json, String... headers) {
        return send(http, method, path, json.getBytes(StandardCharsets.UTF_8), "application/json", headers);
    }

    /** The ids a document resource lists (Communication 2.3.s4, 2.6.s4, 2.7.s4): 200 and a JSON array of strings. */
    static List<String> ids(Http.Response r) {
        org.junit.jupiter.api.Assertions.assertEquals(200, r.status(), r.toString());
        return ((JsonArray) r.structure()).stream().map(v -> ((JsonString) v).getString()).toList();
    }
}
