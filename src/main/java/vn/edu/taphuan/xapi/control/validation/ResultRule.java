package vn.edu.taphuan.xapi.control.validation;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.math.BigDecimal;
import java.util.Set;

/** The Result and its Score (xAPI Data 2.4.5): typed properties, scaled in [-1, 1], min &lt; max, raw within them. */
public final class ResultRule {
    static final Set<String> RESULT = Set.of("score", "success", "completion", "response", "duration", "extensions");
    static final Set<String> SCORE = Set.of("scaled", "raw", "min", "max");

    private ResultRule() {
    }

    public static void check(JsonValue value, String path, Violations out) {
        JsonObject r = Shape.object(value, path, "a Result", out);
        if (r == null) {
            return;
        }
        Shape.properties(r, path, "a Result", RESULT, out);
        Shape.bool(r, path, "success", out);
        Shape.bool(r, path, "completion", out);
        Shape.string(r, path, "response", out);
        Shape.formatted(r, path, "duration", Formats::duration, "an ISO 8601 duration such as \"PT4M12.5S\"", "Data 4.6", out);
        if (Shape.present(r, "extensions")) {
            ExtensionsRule.check(r.get("extensions"), Shape.at(path, "extensions"), out);
        }
        if (Shape.present(r, "score")) {
            checkScore(r.get("score"), Shape.at(path, "score"), out);
        }
    }

    static void checkScore(JsonValue value, String path, Violations out) {
        JsonObject s = Shape.object(value, path, "a Score", out);
        if (s == null) {
            return;
        }
        Shape.properties(s, path, "a Score", SCORE, out);
        BigDecimal scaled = decimal(Shape.number(s, path, "scaled", out));
        BigDecimal raw = decimal(Shape.number(s, path, "raw", out));
        BigDecimal min = decimal(Shape.number(s, path, "min", out));
        BigDecimal max = decimal(Shape.number(s, path, "max", out));
        if (scaled != null && (scaled.compareTo(BigDecimal.ONE.negate()) < 0 || scaled.compareTo(BigDecimal.ONE) > 0)) {
            out.add(Shape.at(path, "scaled"), "must be between -1 and 1 inclusive, not " + scaled.toPlainString() + " (Data 2.4.5.1)");
        }
        if (min != null && max != null && min.compareTo(max) >= 0) {
            out.add(Shape.at(path, "min"), "must be less than max (" + min.toPlainString() + " ≥ " + max.toPlainString() + ") (Data 2.4.5.1)");
        }
        if (raw != null && min != null && raw.compareTo(min) < 0) {
            out.add(Shape.at(path, "raw"), "must not be below min (" + raw.toPlainString() + " < " + min.toPlainString() + ") (Data 2.4.5.1)");
        }
        if (raw != null && max != null && raw.compareTo(max) > 0) {
            out.add(Shape.at(path, "raw"), "must not be above max (" + raw.toPlainString() + " > " + max.toPlainString() + ") (Data 2.4.5.1)");
        }
    }

    private static BigDecimal decimal(JsonNumber n) {
        return n == null ? null : n.bigDecimalValue();
    }
}
