package vn.edu.taphuan.xapi.control.validation;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.util.Set;

/**
 * A whole Statement (xAPI Data 2.2, 2.4): only the defined properties, actor/verb/object present, a UUID id, ISO
 * 8601 timestamp/stored, a 1.0.x version, and the cross-property rules: a voiding statement points at a
 * StatementRef (Data 2.3.2), {@code context.revision}/{@code platform} only when the object is an Activity
 * (Data 2.4.6.s4), SubStatements without id/stored/version/authority (Data 2.4.4.3.s8).
 */
public final class StatementRule {
    static final Set<String> STATEMENT = Set.of("id", "actor", "verb", "object", "result", "context", "timestamp",
            "stored", "authority", "version", "attachments");
    static final Set<String> SUB_STATEMENT = Set.of("objectType", "actor", "verb", "object", "result", "context",
            "timestamp", "attachments");

    private StatementRule() {
    }

    /** All violations of one statement (an empty result means valid). */
    public static Violations check(JsonValue value) {
        Violations out = new Violations();
        check(value, "", out);
        return out;
    }

    public static void check(JsonValue value, String path, Violations out) {
        JsonObject s = Shape.object(value, path, "a Statement", out);
        if (s == null) {
            return;
        }
        Shape.properties(s, path, "a Statement", STATEMENT, out);
        Shape.formatted(s, path, "id", Formats::uuid, "a UUID in standard string form", "Data 2.4.1, 4.4", out);
        Shape.formatted(s, path, "stored", Formats::timestamp, "an ISO 8601 timestamp with a time zone such as "
                + "\"2024-11-05T08:30:00.000Z\"", "Data 2.4.8, 4.5: SHOULD* include the time zone, held as MUST per About 2.1", out);
        Shape.formatted(s, path, "version", Formats::version, "a 1.0.x version such as \"1.0.0\" (or \"1.0\", read as 1.0.0)",
                "Data 2.4.10.s3.b2, s2.b1", out);
        if (Shape.present(s, "authority")) {
            AgentRule.checkAuthority(s.get("authority"), Shape.at(path, "authority"), out);
        }
        checkCore(s, path, false, out);
    }

    static void checkSubStatement(JsonObject s, String path, Violations out) {
        for (String forbidden : new String[]{"id", "stored", "version", "authority"}) {
            if (s.containsKey(forbidden)) {
                out.add(Shape.at(path, forbidden), "a SubStatement must not have \"" + forbidden + "\" (Data 2.4.4.3.s8.b3)");
            }
        }
        Shape.properties(s, path, "a SubStatement", union(SUB_STATEMENT, Set.of("id", "stored", "version", "authority")), out);
        checkCore(s, path, true, out);
    }

    /** What a Statement and a SubStatement share. */
    private static void checkCore(JsonObject s, String path, boolean sub, Violations out) {
        for (String required : new String[]{"actor", "verb", "object"}) {
            Shape.required(s, path, required, "Data 2.2.s2.b3", out);
        }
        Shape.formatted(s, path, "timestamp", Formats::timestamp, "an ISO 8601 timestamp with a time zone such as "
                + "\"2024-11-05T08:30:00.000Z\" or \"2024-11-05T15:30:00+07:00\"",
                "Data 2.4.7, 4.5: SHOULD* include the time zone, held as MUST per About 2.1", out);
        if (Shape.present(s, "actor")) {
            AgentRule.checkActor(s.get("actor"), Shape.at(path, "actor"), out);
        }
        String verb = Shape.present(s, "verb") ? VerbRule.check(s.get("verb"), Shape.at(path, "verb"), out) : null;
        String objectType = Shape.present(s, "object") ? ObjectRule.check(s.get("object"), Shape.at(path, "object"), sub, out) : null;
        if (VerbRule.VOIDED.equals(verb) && objectType != null && !objectType.equals("StatementRef")) {
            out.add(Shape.at(path, "object.objectType"), "a voiding statement must have a StatementRef as its object (Data 2.3.2.s2.b1)");
        }
        if (Shape.present(s, "result")) {
            ResultRule.check(s.get("result"), Shape.at(path, "result"), out);
        }
        if (Shape.present(s, "context")) {
            ContextRule.check(s.get("context"), Shape.at(path, "context"), out);
            JsonValue context = s.get("context");
            if (context.getValueType() == JsonValue.ValueType.OBJECT && objectType != null && !objectType.equals("Activity")) {
                for (String onlyForActivities : new String[]{"revision", "platform"}) {
                    if (context.asJsonObject().containsKey(onlyForActivities)) {
                        out.add(Shape.at(path, "context." + onlyForActivities), "may only be used when the object is an Activity, here it is a "
                                + objectType + " (Data 2.4.6.s4.b1, b2)");
                    }
                }
            }
        }
        if (Shape.present(s, "attachments")) {
            AttachmentRule.check(s.get("attachments"), Shape.at(path, "attachments"), out);
        }
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        var all = new java.util.HashSet<>(a);
        all.addAll(b);
        return all;
    }
}
