package vn.edu.taphuan.xapi.control;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The {@code format} parameter of GET statements (xAPI Communication 2.1.3):
 * <ul>
 * <li>{@code exact} — the statement as stored;</li>
 * <li>{@code ids} — Agents, Groups, Activities and Verbs reduced to what identifies them, in SubStatements too: an
 * Activity or a Verb to its id, an Agent or identified Group to its objectType and IFI, an anonymous Group to its
 * members' IFIs;</li>
 * <li>{@code canonical} — activity definitions and verb displays with one language per language map, chosen by
 * the request's Accept-Language (2.1.3.s4); an activity's definition is the canonical one the LRS holds
 * ({@link ActivityDefinitions}, Data 2.4.4.1.s4) when it holds one, else the one the statement carries.</li>
 * </ul>
 */
public final class StatementFormat {
    private static final Set<String> IFIS = Set.of("mbox", "mbox_sha1sum", "openid", "account");

    private StatementFormat() {
    }

    public static String apply(String format, String json, List<Locale.LanguageRange> languages) {
        return apply(format, json, languages, id -> Optional.empty());
    }

    /** As above; {@code definitions} answers the canonical definition the LRS holds for an activity id, if any. */
    public static String apply(String format, String json, List<Locale.LanguageRange> languages,
                               Function<String, Optional<JsonObject>> definitions) {
        return switch (format) {
            case "ids" -> StatementJson.write(ids(StatementJson.parse(json).asJsonObject()));
            case "canonical" -> StatementJson.write(canonical(StatementJson.parse(json).asJsonObject(), languages, definitions));
            default -> json;
        };
    }

    static JsonObject ids(JsonObject s) {
        JsonObjectBuilder b = StatementJson.JSON.createObjectBuilder();
        for (var e : s.entrySet()) {
            switch (e.getKey()) {
                case "actor", "authority" -> b.add(e.getKey(), agentIds(e.getValue()));
                case "verb" -> b.add("verb", StatementJson.JSON.createObjectBuilder().add("id", e.getValue().asJsonObject().get("id")));
                case "object" -> b.add("object", objectIds(e.getValue()));
                case "context" -> b.add("context", contextIds(e.getValue().asJsonObject()));
                default -> b.add(e.getKey(), e.getValue());
            }
        }
        return b.build();
    }

    private static JsonValue objectIds(JsonValue v) {
        JsonObject o = v.asJsonObject();
        String type = o.getString("objectType", "Activity");
        return switch (type) {
            case "Activity" -> activityIds(o);
            case "Agent", "Group" -> agentIds(o);
            case "SubStatement" -> ids(o);
            default -> o;
        };
    }

    /**
     * An Activity's identifier is its id alone: {@code objectType} "Activity" is optional wherever an Activity
     * stands (Data 2.4.4.1), so {@code ids} leaves it out — in the statement, its context and its SubStatement.
     */
    private static JsonValue activityIds(JsonValue v) {
        return StatementJson.JSON.createObjectBuilder().add("id", v.asJsonObject().get("id")).build();
    }

    private static JsonValue agentIds(JsonValue v) {
        JsonObject a = v.asJsonObject();
        JsonObjectBuilder b = StatementJson.JSON.createObjectBuilder();
        if (a.containsKey("objectType")) {
            b.add("objectType", a.get("objectType"));
        }
        boolean identified = false;
        for (String ifi : IFIS) {
            if (a.containsKey(ifi)) {
                b.add(ifi, a.get(ifi));
                identified = true;
            }
        }
        if (!identified && a.get("member") instanceof JsonArray members) {
            JsonArrayBuilder list = StatementJson.JSON.createArrayBuilder();
            members.forEach(m -> list.add(agentIds(m)));
            b.add("member", list);
        }
        return b.build();
    }

    private static JsonValue contextIds(JsonObject c) {
        JsonObjectBuilder b = StatementJson.JSON.createObjectBuilder();
        for (var e : c.entrySet()) {
            switch (e.getKey()) {
                case "instructor", "team" -> b.add(e.getKey(), agentIds(e.getValue()));
                case "contextActivities" -> b.add(e.getKey(), mapActivities(e.getValue().asJsonObject(), StatementFormat::activityIds));
                default -> b.add(e.getKey(), e.getValue());
            }
        }
        return b.build();
    }

    private static JsonObject mapActivities(JsonObject ca, java.util.function.UnaryOperator<JsonValue> f) {
        JsonObjectBuilder b = StatementJson.JSON.createObjectBuilder();
        for (var kind : ca.entrySet()) {
            JsonArrayBuilder list = StatementJson.JSON.createArrayBuilder();
            if (kind.getValue() instanceof JsonArray arr) {
                arr.forEach(a -> list.add(f.apply(a)));
            } else {
                list.add(f.apply(kind.getValue()));
            }
            b.add(kind.getKey(), list);
        }
        return b.build();
    }

    static JsonObject canonical(JsonObject s, List<Locale.LanguageRange> languages) {
        return canonical(s, languages, id -> Optional.empty());
    }

    static JsonObject canonical(JsonObject s, List<Locale.LanguageRange> languages, Function<String, Optional<JsonObject>> definitions) {
        JsonObjectBuilder b = StatementJson.JSON.createObjectBuilder();
        for (var e : s.entrySet()) {
            switch (e.getKey()) {
                case "verb" -> {
                    JsonObject verb = e.getValue().asJsonObject();
                    b.add("verb", verb.containsKey("display")
                            ? StatementJson.JSON.createObjectBuilder(verb).add("display", oneLanguage(verb.getJsonObject("display"), languages)).build()
                            : verb);
                }
                case "object" -> {
                    JsonObject o = e.getValue().asJsonObject();
                    String type = o.getString("objectType", "Activity");
                    b.add("object", type.equals("Activity") ? activityCanonical(o, languages, definitions)
                            : type.equals("SubStatement") ? canonical(o, languages, definitions) : o);
                }
                case "context" -> {
                    JsonObject c = e.getValue().asJsonObject();
                    b.add("context", c.get("contextActivities") instanceof JsonObject ca
                            ? StatementJson.JSON.createObjectBuilder(c).add("contextActivities",
                            mapActivities(ca, a -> activityCanonical(a.asJsonObject(), languages, definitions))).build()
                            : c);
                }
                default -> b.add(e.getKey(), e.getValue());
            }
        }
        return b.build();
    }

    private static JsonObject activityCanonical(JsonObject stated, List<Locale.LanguageRange> languages,
                                                Function<String, Optional<JsonObject>> definitions) {
        Optional<JsonObject> held = stated.get("id") instanceof JsonString id ? definitions.apply(id.getString()) : Optional.empty();
        JsonObject a = held.map(d -> StatementJson.JSON.createObjectBuilder(stated).add("definition", d).build()).orElse(stated);
        if (!(a.get("definition") instanceof JsonObject d)) {
            return a;
        }
        JsonObjectBuilder def = StatementJson.JSON.createObjectBuilder(d);
        for (String map : new String[]{"name", "description"}) {
            if (d.get(map) instanceof JsonObject m) {
                def.add(map, oneLanguage(m, languages));
            }
        }
        for (String list : new String[]{"choices", "scale", "source", "target", "steps"}) {
            if (d.get(list) instanceof JsonArray components) {
                JsonArrayBuilder out = StatementJson.JSON.createArrayBuilder();
                for (JsonValue c : components) {
                    JsonObject component = c.asJsonObject();
                    out.add(component.get("description") instanceof JsonObject desc
                            ? StatementJson.JSON.createObjectBuilder(component).add("description", oneLanguage(desc, languages)).build()
                            : component);
                }
                def.add(list, out);
            }
        }
        return StatementJson.JSON.createObjectBuilder(a).add("definition", def).build();
    }

    /** The one entry of a language map that best fits the request's languages (RFC 4647 lookup). */
    static JsonObject oneLanguage(JsonObject map, List<Locale.LanguageRange> languages) {
        if (map.size() <= 1) {
            return map;
        }
        List<String> tags = new ArrayList<>(map.keySet());
        String chosen = languages.isEmpty() ? null : Locale.lookupTag(languages, tags);
        if (chosen == null) {
            chosen = tags.get(0);
        } else {
            String lower = chosen;
            chosen = tags.stream().filter(t -> t.equalsIgnoreCase(lower)).findFirst().orElse(tags.get(0));
        }
        JsonValue value = map.get(chosen);
        return StatementJson.JSON.createObjectBuilder().add(chosen, value instanceof JsonString ? value : JsonValue.NULL).build();
    }
}
