package vn.edu.taphuan.xapi.control.validation;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/**
 * An extensions map (xAPI Data 4.1): the keys must be IRIs; the values are never judged (Data 4.1.s3.b2), null
 * included (Data 2.2.s4.b1.b1 exempts extensions).
 */
public final class ExtensionsRule {
    private ExtensionsRule() {
    }

    public static void check(JsonValue value, String path, Violations out) {
        JsonObject map = Shape.object(value, path, "an extensions map", out);
        if (map == null) {
            return;
        }
        for (String key : map.keySet()) {
            if (!Formats.iri(key)) {
                out.add(Shape.at(path, key), "an extension key must be an IRI (Data 4.1.s3.b1)");
            }
        }
    }

}
