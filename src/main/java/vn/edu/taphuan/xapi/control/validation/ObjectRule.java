package vn.edu.taphuan.xapi.control.validation;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.util.Set;

/**
 * The Object of a statement (xAPI Data 2.4.4): an Activity (the default when objectType is absent), an Agent or
 * Group (objectType required), a StatementRef or a SubStatement (never nested).
 */
public final class ObjectRule {
    static final Set<String> STATEMENT_REF = Set.of("objectType", "id");

    private ObjectRule() {
    }

    /** Returns the objectType the object has (Activity when absent), or null when it is unusable. */
    public static String check(JsonValue value, String path, boolean inSubStatement, Violations out) {
        JsonObject o = Shape.object(value, path, "an Activity, Agent, Group, StatementRef or SubStatement", out);
        if (o == null) {
            return null;
        }
        JsonValue typeValue = o.get("objectType");
        String type = typeValue == null ? "Activity" : AgentRule.objectType(o);
        if (type == null) {
            out.add(Shape.at(path, "objectType"), "must be a string, not " + Shape.kind(typeValue));
            return null;
        }
        switch (type) {
            case "Activity" -> ActivityRule.check(o, path, out);
            case "Agent" -> AgentRule.checkAgent(o, path, out);
            case "Group" -> AgentRule.checkGroup(o, path, out);
            case "StatementRef" -> checkStatementRef(o, path, out);
            case "SubStatement" -> {
                if (inSubStatement) {
                    out.add(path, "a SubStatement must not contain a SubStatement (Data 2.4.4.3.s8.b4)");
                } else {
                    StatementRule.checkSubStatement(o, path, out);
                }
            }
            default -> {
                out.add(Shape.at(path, "objectType"), "must be one of Activity, Agent, Group, StatementRef, SubStatement (exact case), not \""
                        + type + "\" (Data 2.4.4)");
                return null;
            }
        }
        return type;
    }

    /** A Statement Reference (Data 2.4.4.3): objectType StatementRef and a UUID id, nothing else. */
    static void checkStatementRef(JsonValue value, String path, Violations out) {
        JsonObject ref = Shape.object(value, path, "a StatementRef", out);
        if (ref == null) {
            return;
        }
        Shape.properties(ref, path, "a StatementRef", STATEMENT_REF, out);
        if (!"StatementRef".equals(AgentRule.objectType(ref))) {
            out.add(Shape.at(path, "objectType"), "must be \"StatementRef\" (Data 2.4.4.3.s4.b1)");
        }
        Shape.required(ref, path, "id", "Data 2.4.4.3.s4.b2", out);
        Shape.formatted(ref, path, "id", Formats::uuid, "a UUID", "Data 2.4.4.3.s4.b2", out);
    }
}
