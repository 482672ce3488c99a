package vn.edu.taphuan.testing;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A real HTTP client for tests: one user (Basic credentials, or a signed-in session with its cookie and CSRF
 * token), JSON in and out.
 */
public final class Http {
    private final URI base;
    private final HttpClient client;
    private final Map<String, String> headers = new LinkedHashMap<>();

    private Http(URL base, CookieManager cookies) {
        this.base = URI.create(base.toString());
        // HTTP/1.1: the JDK client's h2c upgrade attempt confuses Payara on large bodies ("Frame type … exceeds MAX_FRAME_SIZE")
        HttpClient.Builder b = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).followRedirects(HttpClient.Redirect.NEVER);
        if (cookies != null) {
            b.cookieHandler(cookies);
        }
        this.client = b.build();
        headers.put("Accept-Language", "en");
    }

    private Http(URL base, HttpClient client, Map<String, String> headers) {
        this.base = URI.create(base.toString());
        this.client = client;
        this.headers.putAll(headers);
    }

    /**
     * The same user (cookies, CSRF token, credentials) at another address: a session made on one instance of a
     * cluster, used through the load balancer. Cookies are kept per host, not per port.
     */
    public Http at(URL otherBase) {
        return new Http(otherBase, client, headers);
    }

    public static Http anonymous(URL base) {
        return new Http(base, new CookieManager());
    }

    /** HTTP Basic on every request, no session. */
    public static Http basic(URL base, String username, String password) {
        Http http = new Http(base, null);
        http.headers.put("Authorization", "Basic " + Base64.getEncoder()
                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)));
        return http;
    }

    /** Signs in through the form, as a browser does, and keeps the session cookie and CSRF token. */
    public static Http session(URL base, String username, String password) {
        Http http = anonymous(base);
        Response r = http.form("api/auth/login", Map.of("username", username, "password", password));
        if (r.status() != 303 || r.header("Location").contains("error")) {
            throw new AssertionError("sign-in as " + username + " failed: " + r.status() + " " + r.header("Location"));
        }
        JsonObject me = http.get("api/auth/me").json();
        if (me.get("csrfToken") != null && me.get("csrfToken").getValueType() == JsonValue.ValueType.STRING) {
            http.headers.put("X-CSRF-Token", me.getString("csrfToken"));
        }
        return http;
    }

    public Http header(String name, String value) {
        if (value == null) {
            headers.remove(name);
        } else {
            headers.put(name, value);
        }
        return this;
    }

    public Response get(String path) {
        return send(request(path).GET());
    }

    public Response delete(String path) {
        return send(request(path).DELETE());
    }

    public Response post(String path, String json) {
        return send(request(path).header("Content-Type", "application/json").POST(body(json)));
    }

    public Response put(String path, String json) {
        return send(request(path).header("Content-Type", "application/json").PUT(body(json)));
    }

    public Response post(String path, byte[] bytes, String contentType) {
        return send(request(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(bytes)));
    }

    public Response form(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(request(path).header("Content-Type", "application/x-www-form-urlencoded").POST(body(body)));
    }

    public Response send(HttpRequest.Builder builder) {
        try {
            HttpResponse<byte[]> r = client.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Response(r.statusCode(), r.body(), r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpRequest.Builder request(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60));
        headers.forEach(b::header);
        return b;
    }

    private static HttpRequest.BodyPublisher body(String text) {
        return HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8);
    }

    /** What came back. */
    public record Response(int status, byte[] bytes, HttpResponse<byte[]> raw) {
        public String text() {
            return new String(bytes, StandardCharsets.UTF_8);
        }

        public JsonObject json() {
            return (JsonObject) structure();
        }

        public JsonStructure structure() {
            try (var reader = Json.createReader(new StringReader(text()))) {
                return reader.read();
            }
        }

        public String header(String name) {
            return raw.headers().firstValue(name).orElse("");
        }

        /** For assertion messages. */
        @Override
        public String toString() {
            return status + " " + text();
        }
    }
}
