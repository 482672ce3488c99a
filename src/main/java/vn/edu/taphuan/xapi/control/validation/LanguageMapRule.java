package vn.edu.taphuan.xapi.control.validation;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/** A language map (xAPI Data 4.2): keys are RFC 5646 language tags (Data 2.2.s4.b2), values strings. */
public final class LanguageMapRule {
    private LanguageMapRule() {
    }

    public static void check(JsonValue value, String path, Violations out) {
        JsonObject map = Shape.object(value, path, "a language map", out);
        if (map == null) {
            return;
        }
        for (var e : map.entrySet()) {
            String at = Shape.at(path, e.getKey());
            if (!Formats.languageTag(e.getKey())) {
                out.add(at, "the key must be an RFC 5646 language tag such as \"vi\" or \"en-US\" (Data 2.2.s4.b2, 4.2)");
            }
            if (e.getValue().getValueType() != JsonValue.ValueType.STRING) {
                out.add(at, "must be a string, not " + Shape.kind(e.getValue()) + " (Data 4.2)");
            }
        }
    }
}
