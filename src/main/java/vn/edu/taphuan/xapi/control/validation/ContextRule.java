package vn.edu.taphuan.xapi.control.validation;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.util.Set;

/**
 * The Context (xAPI Data 2.4.6): a UUID registration, an Agent/Group instructor, a Group team, context activities
 * under the four known keys (one Activity or an array of them), an RFC 5646 language, a StatementRef.
 * Whether revision/platform are allowed depends on the object, so {@link StatementRule} checks that.
 */
public final class ContextRule {
    static final Set<String> CONTEXT = Set.of("registration", "instructor", "team", "contextActivities", "revision",
            "platform", "language", "statement", "extensions");
    static final Set<String> CONTEXT_ACTIVITIES = Set.of("parent", "grouping", "category", "other");

    private ContextRule() {
    }

    public static void check(JsonValue value, String path, Violations out) {
        JsonObject c = Shape.object(value, path, "a Context", out);
        if (c == null) {
            return;
        }
        Shape.properties(c, path, "a Context", CONTEXT, out);
        Shape.formatted(c, path, "registration", Formats::uuid, "a UUID", "Data 2.4.6, 4.4", out);
        if (Shape.present(c, "instructor")) {
            AgentRule.checkActor(c.get("instructor"), Shape.at(path, "instructor"), out);
        }
        if (Shape.present(c, "team")) {
            String at = Shape.at(path, "team");
            JsonObject team = Shape.object(c.get("team"), at, "a Group", out);
            if (team != null) {
                if (!"Group".equals(AgentRule.objectType(team))) {
                    out.add(Shape.at(at, "objectType"), "must be \"Group\": a team is a Group (Data 2.4.6, 2.4.2.2)");
                } else {
                    AgentRule.checkGroup(team, at, out);
                }
            }
        }
        if (Shape.present(c, "contextActivities")) {
            checkContextActivities(c.get("contextActivities"), Shape.at(path, "contextActivities"), out);
        }
        Shape.string(c, path, "revision", out);
        Shape.string(c, path, "platform", out);
        Shape.formatted(c, path, "language", Formats::languageTag, "an RFC 5646 language tag", "Data 2.4.6", out);
        if (Shape.present(c, "statement")) {
            ObjectRule.checkStatementRef(c.get("statement"), Shape.at(path, "statement"), out);
        }
        if (Shape.present(c, "extensions")) {
            ExtensionsRule.check(c.get("extensions"), Shape.at(path, "extensions"), out);
        }
    }

    static void checkContextActivities(JsonValue value, String path, Violations out) {
        JsonObject ca = Shape.object(value, path, "a contextActivities object", out);
        if (ca == null) {
            return;
        }
        for (var e : ca.entrySet()) {
            String at = Shape.at(path, e.getKey());
            if (!CONTEXT_ACTIVITIES.contains(e.getKey())) {
                out.add(at, "must be one of parent, grouping, category, other (Data 2.4.6.2.s4.b1)");
                continue;
            }
            JsonValue v = e.getValue();
            if (v.getValueType() == JsonValue.ValueType.ARRAY) {
                int i = 0;
                for (JsonValue activity : v.asJsonArray()) {
                    ActivityRule.check(activity, Shape.at(at, i++), out);
                }
            } else if (v.getValueType() == JsonValue.ValueType.OBJECT) {
                ActivityRule.check(v, at, out);
            } else {
                out.add(at, "must be an Activity or an array of Activities, not " + Shape.kind(v) + " (Data 2.4.6.2.s4.b2)");
            }
        }
    }
}
