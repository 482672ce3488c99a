package vn.edu.taphuan.testing;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/** Requests made from the OpenAPI document's operations: one parameter bad, the others harmless samples. */
public final class OpenApiRequests {
    /** Texts that must never reach a client: our package, Java exceptions, the libraries under the API. */
    private static final List<String> LEAKS = List.of("vn.edu", "exception", "yasson", "jersey", "parsson", "commons-csv",
            "org.apache", "java.");

    private OpenApiRequests() {
    }

    /** The operation's path with {@code name} = {@code bad} and the other path parameters filled. */
    public static String url(String path, JsonArray parameters, String name, String bad) {
        // a template parameter with a regular expression ({id: [0-9]+}) is named like the others
        String url = path.substring(1).replaceAll("\\{\\s*(\\w+)\\s*:(?:[^{}]|\\{[^}]*})*}", "{$1}");
        StringBuilder query = new StringBuilder();
        for (JsonValue v : parameters) {
            JsonObject p = v.asJsonObject();
            String n = p.getString("name");
            String in = p.getString("in", "query");
            String value = n.equals(name) ? bad : sample(n, p.getJsonObject("schema"));
            if (in.equals("path")) {
                url = url.replace("{" + n + "}", value);
            } else if (in.equals("query") && n.equals(name)) {
                query.append(query.isEmpty() ? "?" : "&").append(n).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        }
        return url + query;
    }

    public static Http.Response send(Http as, String method, String url, JsonObject operation) {
        HttpRequest.Builder request = as.request(url);
        if (method.equals("get")) {
            return as.send(request.GET());
        }
        if (method.equals("delete")) {
            return as.send(request.DELETE());
        }
        String type = "application/json";
        JsonObject body = operation.getJsonObject("requestBody");
        if (body != null && body.containsKey("content") && !body.getJsonObject("content").isEmpty()) {
            type = body.getJsonObject("content").keySet().iterator().next();
        }
        return as.send(request.header("Content-Type", type)
                .method(method.toUpperCase(Locale.ROOT), HttpRequest.BodyPublishers.ofString(type.contains("json") ? "{}" : "")));
    }

    public static boolean leaks(String body) {
        String lower = body.toLowerCase(Locale.ROOT);
        return LEAKS.stream().anyMatch(lower::contains);
    }

    private static String sample(String name, JsonObject schema) {
        String type = schema == null ? "string" : schema.getString("type", "string");
        if (type.equals("integer") || type.equals("number")) {
            return "1";
        }
        return switch (name) {
            case "code" -> "THCS01";
            case "format" -> "csv";
            default -> "x";
        };
    }
}
