package vn.edu.taphuan.xapi.control;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import java.util.Set;

/**
 * How a statement's Activity Definition updates the canonical one the LRS holds (xAPI Data 2.4.4.1.s4.b3-b5).
 * Who may change it is decided by the caller: the source that first defined the activity (its owner, b3: "the
 * authority to change the definition"). The rules, property by property:
 * <ul>
 * <li>the owner's {@code name}, {@code description} and {@code extensions} replace the entries they carry, language
 * by language and key by key, and keep the others (a translation added once stays); its {@code type} and
 * {@code moreInfo} replace the stored ones (small corrections, b4);</li>
 * <li>anyone else only adds what the canonical definition lacks: a language, an extension, a property;</li>
 * <li>the interaction properties are set once and never changed, by the owner neither (b5: "SHOULD NOT make
 * significant changes … e.g. changes to correct responses").</li>
 * </ul>
 */
public final class DefinitionMerge {
    static final Set<String> INTERACTION = Set.of("interactionType", "correctResponsesPattern", "choices", "scale", "source",
            "target", "steps");
    private static final Set<String> MAPS = Set.of("name", "description", "extensions");

    private DefinitionMerge() {
    }

    /** The canonical definition after {@code incoming}; {@code canonical} null means the activity had none. */
    public static JsonObject merge(JsonObject canonical, JsonObject incoming, boolean owner) {
        if (canonical == null) {
            return incoming;
        }
        JsonObjectBuilder b = StatementJson.JSON.createObjectBuilder(canonical);
        for (var e : incoming.entrySet()) {
            String property = e.getKey();
            boolean present = canonical.containsKey(property);
            if (!present) {
                b.add(property, e.getValue());
            } else if (MAPS.contains(property) && canonical.get(property) instanceof JsonObject stored
                    && e.getValue() instanceof JsonObject sent) {
                b.add(property, entries(stored, sent, owner));
            } else if (owner && !INTERACTION.contains(property)) {
                b.add(property, e.getValue());
            }
        }
        return b.build();
    }

    private static JsonObject entries(JsonObject stored, JsonObject sent, boolean owner) {
        JsonObjectBuilder b = StatementJson.JSON.createObjectBuilder(stored);
        sent.forEach((key, value) -> {
            if (owner || !stored.containsKey(key)) {
                b.add(key, value);
            }
        });
        return b.build();
    }
}
