package vn.edu.taphuan.xapi.control.validation;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.util.Set;

/**
 * Attachments (xAPI Data 2.4.11): their form only. Whether an attachment needs a fileUrl depends on how the request
 * came (application/json: always; multipart/mixed: unless a part brings its data, Communication 1.5.2), which the
 * Statement resource decides (xapi/boundary/StatementRequest).
 */
public final class AttachmentRule {
    static final Set<String> ATTACHMENT = Set.of("usageType", "display", "description", "contentType", "length", "sha2", "fileUrl");

    private AttachmentRule() {
    }

    public static void check(JsonValue value, String path, Violations out) {
        if (value.getValueType() != JsonValue.ValueType.ARRAY) {
            out.add(path, "must be an array of Attachments, not " + Shape.kind(value) + " (Data 2.4.11)");
            return;
        }
        int i = 0;
        for (JsonValue v : value.asJsonArray()) {
            String at = Shape.at(path, i++);
            JsonObject a = Shape.object(v, at, "an Attachment", out);
            if (a == null) {
                continue;
            }
            Shape.properties(a, at, "an Attachment", ATTACHMENT, out);
            for (String required : new String[]{"usageType", "display", "contentType", "length", "sha2"}) {
                Shape.required(a, at, required, "Data 2.4.11", out);
            }
            Shape.formatted(a, at, "usageType", Formats::iri, "an IRI", "Data 2.4.11", out);
            if (Shape.present(a, "display")) {
                LanguageMapRule.check(a.get("display"), Shape.at(at, "display"), out);
            }
            if (Shape.present(a, "description")) {
                LanguageMapRule.check(a.get("description"), Shape.at(at, "description"), out);
            }
            Shape.formatted(a, at, "contentType", Formats::mediaType, "an Internet media type such as \"application/pdf\"", "Data 2.4.11", out);
            JsonNumber length = Shape.number(a, at, "length", out);
            if (length != null && (!length.isIntegral() || length.bigDecimalValue().signum() < 0)) {
                out.add(Shape.at(at, "length"), "must be a non-negative integer (Data 2.4.11)");
            }
            Shape.formatted(a, at, "sha2", Formats::sha2, "a hex SHA-2 digest", "Data 2.4.11", out);
            if (Shape.present(a, "fileUrl")) {
                Shape.formatted(a, at, "fileUrl", Formats::iri, "an IRL", "Data 2.4.11", out);
            }
        }
    }
}
