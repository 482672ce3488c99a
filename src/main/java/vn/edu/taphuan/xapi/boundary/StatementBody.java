package vn.edu.taphuan.xapi.boundary;

import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import vn.edu.taphuan.platform.Problem;
import vn.edu.taphuan.xapi.control.StatementJson;
import vn.edu.taphuan.xapi.control.validation.JsonText;
import vn.edu.taphuan.xapi.control.validation.StatementRule;
import vn.edu.taphuan.xapi.control.validation.Violations;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Reading the body of a PUT or POST to the Statement resource: bounded, UTF-8, JSON (xAPI Communication 1.5.1),
 * statements valid by {@link StatementRule}; a batch is rejected as a whole (Communication 3.2.s3.b9).
 */
final class StatementBody {
    private StatementBody() {
    }

    /** The body as JSON; 413 above {@code maxRequestBytes}, 400 when it is not UTF-8 JSON. */
    static JsonValue read(InputStream body, int maxRequestBytes) {
        try {
            byte[] bytes = body.readNBytes(maxRequestBytes + 1);
            if (bytes.length > maxRequestBytes) {
                throw new Problem(413, "REQUEST_TOO_LARGE", "The request is larger than " + maxRequestBytes + " bytes "
                        + "(taphuan.xapi.max-request-bytes); send smaller batches (xAPI Communication 3.2.s3.b11).");
            }
            return json(bytes, "The request body", m -> "The request body is not JSON: " + m + " (xAPI Communication 1.5.1).");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Bytes as JSON, checked as every xAPI JSON body is (Communication 1.4): UTF-8, nesting depth, JSON ({@code notJson}
     * words the 400 from the parser's message), no lone surrogates. {@code what} names the body in the other 400s.
     */
    static JsonValue json(byte[] bytes, String what, UnaryOperator<String> notJson) {
        String text = JsonText.utf8(bytes, what);
        JsonText.checkDepth(text, what);
        JsonValue value;
        try {
            value = StatementJson.parse(text);
        } catch (JsonException e) {
            throw new Problem(400, "NOT_JSON", notJson.apply(e.getMessage()));
        }
        JsonText.checkSurrogates(value, what);
        return value;
    }

    /** The statements of a POST: one object, or an array of objects (Communication 2.1.2). */
    static List<JsonObject> posted(JsonValue value) {
        List<JsonObject> statements = new ArrayList<>();
        if (value.getValueType() == JsonValue.ValueType.ARRAY) {
            Violations notObjects = new Violations();
            int i = 0;
            for (JsonValue v : (JsonArray) value) {
                if (v.getValueType() != JsonValue.ValueType.OBJECT) {
                    notObjects.add("[" + i + "]", "must be a Statement (a JSON object), not " + kind(v) + " (Communication 2.1.2)");
                } else {
                    statements.add(v.asJsonObject());
                }
                i++;
            }
            if (!notObjects.isEmpty()) {
                throw invalid(notObjects, true);
            }
        } else if (value.getValueType() == JsonValue.ValueType.OBJECT) {
            statements.add(value.asJsonObject());
        } else {
            throw new Problem(400, "NOT_A_STATEMENT", "POST takes a statement or an array of statements, not " + kind(value)
                    + " (xAPI Communication 2.1.2).");
        }
        return statements;
    }

    static void validate(List<JsonObject> statements, boolean batch) {
        Violations v = new Violations();
        for (int i = 0; i < statements.size(); i++) {
            StatementRule.check(statements.get(i), batch ? "[" + i + "]" : "", v);
        }
        if (!v.isEmpty()) {
            throw invalid(v, batch);
        }
    }

    private static Problem invalid(Violations v, boolean batch) {
        var first = v.list().get(0);
        String message = (batch ? "The batch was rejected as a whole (xAPI Communication 3.2.s3.b9): " : "The statement was rejected: ")
                + first + (v.list().size() > 1 ? " (and " + (v.list().size() - 1) + " more problems, see details)" : "");
        return new Problem(400, "INVALID_STATEMENT", message, v.list().stream()
                .map(x -> new Problem.Detail(row(x.path()), x.path(), null, x.rule(), null)).toList());
    }

    private static Integer row(String path) {
        if (path.startsWith("[")) {
            return Integer.parseInt(path.substring(1, path.indexOf(']')));
        }
        return null;
    }

    /** How a JSON value is named in an answer: "an array", "a number". */
    static String kind(JsonValue v) {
        return switch (v.getValueType()) {
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            case STRING -> "a string";
            case NUMBER -> "a number";
            default -> v.toString();
        };
    }
}
