package vn.edu.taphuan.xapi.control.validation;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An Activity (xAPI Data 2.4.4.1): an IRI {@code id} and an optional definition; interaction activities have a
 * valid {@code interactionType}, only the component lists their type supports, and distinct component ids.
 */
public final class ActivityRule {
    static final Set<String> ACTIVITY = Set.of("objectType", "id", "definition");
    static final Set<String> DEFINITION = Set.of("name", "description", "type", "moreInfo", "extensions",
            "interactionType", "correctResponsesPattern", "choices", "scale", "source", "target", "steps");
    static final Set<String> COMPONENT = Set.of("id", "description");
    static final List<String> COMPONENT_LISTS = List.of("choices", "scale", "source", "target", "steps");
    /** Data 2.4.4.1.s15, table 2: which component lists each interaction type supports. */
    static final Map<String, Set<String>> LISTS_BY_TYPE = Map.of(
            "true-false", Set.of(), "choice", Set.of("choices"), "fill-in", Set.of(), "long-fill-in", Set.of(),
            "matching", Set.of("source", "target"), "performance", Set.of("steps"), "sequencing", Set.of("choices"),
            "likert", Set.of("scale"), "numeric", Set.of(), "other", Set.of());

    private ActivityRule() {
    }

    /** Returns the activity id, or null when missing or not an IRI. */
    public static String check(JsonValue value, String path, Violations out) {
        JsonObject a = Shape.object(value, path, "an Activity", out);
        if (a == null) {
            return null;
        }
        Shape.properties(a, path, "an Activity", ACTIVITY, out);
        JsonValue type = a.get("objectType");
        if (type != null && !(type instanceof JsonString s && s.getString().equals("Activity"))) {
            out.add(Shape.at(path, "objectType"), "must be \"Activity\" (exact case) when present (Data 2.4.4.1)");
        }
        Shape.required(a, path, "id", "Data 2.4.4.1", out);
        if (Shape.present(a, "definition")) {
            checkDefinition(a.get("definition"), Shape.at(path, "definition"), out);
        }
        return Shape.formatted(a, path, "id", Formats::iri, "an IRI", "Data 2.4.4.1", out);
    }

    static void checkDefinition(JsonValue value, String path, Violations out) {
        JsonObject d = Shape.object(value, path, "an Activity Definition", out);
        if (d == null) {
            return;
        }
        Shape.properties(d, path, "an Activity Definition", DEFINITION, out);
        for (String map : List.of("name", "description")) {
            if (Shape.present(d, map)) {
                LanguageMapRule.check(d.get(map), Shape.at(path, map), out);
            }
        }
        Shape.formatted(d, path, "type", Formats::iri, "an IRI", "Data 2.4.4.1.s2", out);
        Shape.formatted(d, path, "moreInfo", Formats::iri, "an IRL", "Data 2.4.4.1.s2", out);
        if (Shape.present(d, "extensions")) {
            ExtensionsRule.check(d.get("extensions"), Shape.at(path, "extensions"), out);
        }
        checkInteraction(d, path, out);
    }

    private static void checkInteraction(JsonObject d, String path, Violations out) {
        String interactionType = Shape.string(d, path, "interactionType", out);
        boolean interactionParts = d.containsKey("correctResponsesPattern") || COMPONENT_LISTS.stream().anyMatch(d::containsKey);
        if (interactionType == null) {
            if (interactionParts && !d.containsKey("interactionType")) {
                out.add(Shape.at(path, "interactionType"), "is required when interaction properties are used (Data 2.4.4.1.s13.b1)");
            }
            return;
        }
        Set<String> supported = LISTS_BY_TYPE.get(interactionType);
        if (supported == null) {
            out.add(Shape.at(path, "interactionType"), "must be one of " + LISTS_BY_TYPE.keySet().stream().sorted().toList()
                    + " (exact case), not \"" + interactionType + "\" (Data 2.4.4.1.s13.b1)");
            return;
        }
        if (Shape.present(d, "correctResponsesPattern")) {
            JsonValue crp = d.get("correctResponsesPattern");
            String at = Shape.at(path, "correctResponsesPattern");
            if (crp.getValueType() != JsonValue.ValueType.ARRAY) {
                out.add(at, "must be an array of strings (Data 2.4.4.1.s8)");
            } else {
                int i = 0;
                for (JsonValue p : crp.asJsonArray()) {
                    if (p.getValueType() != JsonValue.ValueType.STRING) {
                        out.add(Shape.at(at, i), "must be a string (Data 2.4.4.1.s8)");
                    }
                    i++;
                }
            }
        }
        for (String list : COMPONENT_LISTS) {
            if (!Shape.present(d, list)) {
                continue;
            }
            String at = Shape.at(path, list);
            if (!supported.contains(list)) {
                out.add(at, "is not a component list of interactionType \"" + interactionType + "\" (Data 2.4.4.1.s15, table 2)");
                continue;
            }
            checkComponents(d.get(list), at, out);
        }
    }

    private static void checkComponents(JsonValue value, String path, Violations out) {
        if (value.getValueType() != JsonValue.ValueType.ARRAY) {
            out.add(path, "must be an array of interaction components (Data 2.4.4.1.s15)");
            return;
        }
        Set<String> ids = new HashSet<>();
        int i = 0;
        for (JsonValue v : value.asJsonArray()) {
            String at = Shape.at(path, i++);
            JsonObject c = Shape.object(v, at, "an interaction component", out);
            if (c == null) {
                continue;
            }
            Shape.properties(c, at, "an interaction component", COMPONENT, out);
            Shape.required(c, at, "id", "Data 2.4.4.1.s15", out);
            String id = Shape.string(c, at, "id", out);
            if (id != null && !ids.add(id)) {
                out.add(Shape.at(at, "id"), "\"" + id + "\" is used twice; component ids must be distinct (Data 2.4.4.1.s16.b1)");
            }
            if (Shape.present(c, "description")) {
                LanguageMapRule.check(c.get("description"), Shape.at(at, "description"), out);
            }
        }
    }
}
