package vn.edu.taphuan.xapi.control;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import vn.edu.taphuan.xapi.control.validation.Formats;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

/**
 * Decides whether two statements with the same id are the same statement (xAPI Data 2.3.1, "Statement Comparison
 * Requirements"): differences that the immutability exceptions allow are ignored — the properties the LRS assigns
 * (id, authority, stored, version; timestamp only when one of them lacks it), activity definitions, verb display,
 * timestamp serialisation (compared as points in time), the order of Group members, the case of e-mail domains,
 * and single context activities versus arrays. Everything else counts, the duration string included.
 * <p>
 * The result is a SHA-256 hash of a canonical form (sorted keys, normalised numbers), kept with the statement so a
 * resend is checked without reading the stored JSON.
 */
public final class StatementComparison {
    private static final Set<String> ASSIGNED = Set.of("id", "authority", "stored", "version");

    private StatementComparison() {
    }

    public static String hash(JsonObject statement) {
        String canonical = StatementJson.write(canonical(comparable(statement, true)));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The statement without what the comparison ignores. */
    static JsonObject comparable(JsonObject s, boolean top) {
        JsonObjectBuilder b = StatementJson.JSON.createObjectBuilder();
        for (var e : s.entrySet()) {
            String key = e.getKey();
            JsonValue v = e.getValue();
            if (top && ASSIGNED.contains(key)) {
                continue;
            }
            switch (key) {
                case "timestamp" -> {
                    Instant t = v instanceof JsonString ts ? Formats.instant(ts.getString()) : null;
                    b.add(key, t == null ? v : StatementJson.JSON.createValue(t.toString()));
                }
                case "actor", "authority" -> b.add(key, agent(v));
                case "verb" -> b.add(key, v instanceof JsonObject verb ? without(verb, "display") : v);
                case "object" -> b.add(key, object(v));
                case "context" -> b.add(key, v instanceof JsonObject c ? context(c) : v);
                default -> b.add(key, v);
            }
        }
        return b.build();
    }

    private static JsonValue object(JsonValue v) {
        if (!(v instanceof JsonObject o)) {
            return v;
        }
        String type = o.get("objectType") instanceof JsonString t ? t.getString() : "Activity";
        return switch (type) {
            case "Activity" -> activity(o);
            case "Agent", "Group" -> agent(o);
            case "SubStatement" -> comparable(o, false);
            default -> o;
        };
    }

    /** An activity is its id: the definition is not part of the statement (Data 2.3.1.b2). */
    private static JsonValue activity(JsonValue v) {
        if (v instanceof JsonObject a && a.containsKey("id")) {
            return StatementJson.JSON.createObjectBuilder().add("id", a.get("id")).build();
        }
        return v;
    }

    private static JsonValue context(JsonObject c) {
        JsonObjectBuilder b = StatementJson.JSON.createObjectBuilder();
        for (var e : c.entrySet()) {
            switch (e.getKey()) {
                case "instructor", "team" -> b.add(e.getKey(), agent(e.getValue()));
                case "contextActivities" -> {
                    if (e.getValue() instanceof JsonObject ca) {
                        JsonObjectBuilder cab = StatementJson.JSON.createObjectBuilder();
                        for (var kind : ca.entrySet()) {
                            JsonArrayBuilder list = StatementJson.JSON.createArrayBuilder();
                            if (kind.getValue() instanceof JsonArray arr) {
                                arr.forEach(a -> list.add(activity(a)));
                            } else {
                                list.add(activity(kind.getValue()));
                            }
                            cab.add(kind.getKey(), list);
                        }
                        b.add(e.getKey(), cab);
                    } else {
                        b.add(e.getKey(), e.getValue());
                    }
                }
                default -> b.add(e.getKey(), e.getValue());
            }
        }
        return b.build();
    }

    /** An agent or group: e-mail domain case ignored, members in a stable order (Data 2.3.1.b5, b7). */
    private static JsonValue agent(JsonValue v) {
        if (!(v instanceof JsonObject a)) {
            return v;
        }
        JsonObjectBuilder b = StatementJson.JSON.createObjectBuilder();
        for (var e : a.entrySet()) {
            if (e.getKey().equals("mbox") && e.getValue() instanceof JsonString mbox) {
                String s = mbox.getString();
                int at = s.lastIndexOf('@');
                b.add("mbox", at < 0 ? s : s.substring(0, at) + s.substring(at).toLowerCase(java.util.Locale.ROOT));
            } else if (e.getKey().equals("member") && e.getValue() instanceof JsonArray members) {
                List<JsonValue> sorted = new ArrayList<>();
                members.forEach(m -> sorted.add(canonical(agent(m))));
                sorted.sort(Comparator.comparing(StatementJson::write));
                JsonArrayBuilder list = StatementJson.JSON.createArrayBuilder();
                sorted.forEach(list::add);
                b.add("member", list);
            } else {
                b.add(e.getKey(), e.getValue());
            }
        }
        return b.build();
    }

    private static JsonObject without(JsonObject o, String key) {
        JsonObjectBuilder b = StatementJson.JSON.createObjectBuilder(o);
        b.remove(key);
        return b.build();
    }

    /** Sorted keys and normalised numbers, so equal content serialises equally. */
    static JsonValue canonical(JsonValue v) {
        return switch (v.getValueType()) {
            case OBJECT -> {
                TreeMap<String, JsonValue> sorted = new TreeMap<>(v.asJsonObject());
                JsonObjectBuilder b = StatementJson.JSON.createObjectBuilder();
                sorted.forEach((k, x) -> b.add(k, canonical(x)));
                yield b.build();
            }
            case ARRAY -> {
                JsonArrayBuilder b = StatementJson.JSON.createArrayBuilder();
                v.asJsonArray().forEach(x -> b.add(canonical(x)));
                yield b.build();
            }
            case NUMBER -> {
                var n = ((JsonNumber) v).bigDecimalValue();
                yield StatementJson.JSON.createValue(n.signum() == 0 ? java.math.BigDecimal.ZERO : n.stripTrailingZeros());
            }
            default -> v;
        };
    }
}
