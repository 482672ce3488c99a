package vn.edu.taphuan.xapi.conformance;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Raw HTTP to the LRS under test for the conformance suite: {@code java.net.http} and JSON strings as an xAPI client
 * would send them, none of the service's classes. Each request carries Basic credentials and
 * {@code X-Experience-API-Version: 1.0.3} unless a header pair overrides it (a null value leaves the header out).
 */
final class Raw {
    static final String VERBS = "http://adlnet.gov/expapi/verbs/";
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private final URI base;
    private final String authorization;

    private Raw(URL base, String authorization) {
        this.base = URI.create(base.toString());
        this.authorization = authorization;
    }

    /** The LRS credential the demo district has (README), with every scope. */
    static Raw demo(URL base) {
        return as(base, "demo-lrs-key", "demo-lrs-secret-2024");
    }

    static Raw as(URL base, String user, String password) {
        return new Raw(base, "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }

    static Raw anonymous(URL base) {
        return new Raw(base, null);
    }

    /** An answer: status, headers and the body's bytes. */
    record Answer(int status, java.net.http.HttpHeaders headers, byte[] body) {
        String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        JsonStructure json() {
            return Json.createReader(new StringReader(text())).read();
        }

        JsonObject object() {
            return (JsonObject) json();
        }

        JsonArray array() {
            return (JsonArray) json();
        }

        @Override
        public String toString() {
            return status + " " + text();
        }
    }

    Answer get(String path, String... headers) {
        return send("GET", path, null, (byte[]) null, headers);
    }

    Answer post(String path, String json, String... headers) {
        return send("POST", path, "application/json", json, headers);
    }

    Answer put(String path, String json, String... headers) {
        return send("PUT", path, "application/json", json, headers);
    }

    Answer send(String method, String path, String contentType, String body, String... headers) {
        return send(method, path, contentType, body == null ? null : body.getBytes(StandardCharsets.UTF_8), headers);
    }

    /** Any request: the body's bytes as they are ({@code null} = none), and header name/value pairs. */
    Answer send(String method, String path, String contentType, byte[] body, String... headers) {
        Map<String, String> h = new LinkedHashMap<>();
        h.put("X-Experience-API-Version", "1.0.3");
        if (authorization != null) {
            h.put("Authorization", authorization);
        }
        if (contentType != null) {
            h.put("Content-Type", contentType);
        }
        for (int i = 0; i < headers.length; i += 2) {
            h.put(headers[i], headers[i + 1]);
        }
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        h.forEach((name, value) -> {
            if (value != null) {
                b.header(name, value);
            }
        });
        try {
            HttpResponse<byte[]> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Answer(r.statusCode(), r.headers(), r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String q(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static String uuid() {
        return UUID.randomUUID().toString();
    }

    /** A learner nobody else uses: filters in one test see only that test's statements. */
    static String mbox() {
        return "mailto:learner-" + uuid() + "@example.org";
    }

    static String activity() {
        return "http://example.org/conformance/" + uuid();
    }

    /** "mbox experienced activity", with extra top-level properties ({@code extra} = "" or {@code ,"p":…}). */
    static String statement(String mbox, String activity, String extra) {
        return """
                {"actor":{"objectType":"Agent","mbox":"%s"},"verb":{"id":"%sexperienced","display":{"en-US":"experienced"}},
                 "object":{"objectType":"Activity","id":"%s"}%s}""".formatted(mbox, VERBS, activity, extra);
    }
}
