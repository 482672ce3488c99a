package vn.edu.taphuan.xapi.control;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import vn.edu.taphuan.xapi.entity.FilterKey;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a stored statement can be found by with the GET filters of xAPI Communication 2.1.3:
 * <ul>
 * <li>{@code agent}: the actor or the object (Agents, identified Groups and the members of Groups) — direct;
 * with {@code related_agents} also authority, instructor, team and all of these in a SubStatement — related;</li>
 * <li>{@code activity}: the object Activity — direct; with {@code related_activities} also every context
 * activity and the SubStatement's object and context activities — related;</li>
 * <li>{@code verb}, {@code registration}: the statement's own — direct.</li>
 * </ul>
 * One key per value and statement; a value that matches both directly and as related is direct (a related
 * query takes every key of the value, a direct query only the direct ones).
 */
public final class StatementKeys {
    private StatementKeys() {
    }

    public static List<FilterKey> of(JsonObject statement) {
        Map<String, Boolean> keys = new LinkedHashMap<>();
        if (statement.get("verb") instanceof JsonObject verb && verb.get("id") instanceof JsonString id) {
            add(verb(id.getString()), true, keys);
        }
        if (statement.get("context") instanceof JsonObject context && context.get("registration") instanceof JsonString r) {
            add(registration(r.getString()), true, keys);
        }
        agents(statement.get("actor"), true, keys);
        JsonValue object = statement.get("object");
        String objectType = object instanceof JsonObject o && o.get("objectType") instanceof JsonString t ? t.getString() : "Activity";
        switch (objectType) {
            case "Agent", "Group" -> agents(object, true, keys);
            case "Activity" -> activity(object, true, keys);
            case "SubStatement" -> {
                JsonObject sub = object.asJsonObject();
                agents(sub.get("actor"), false, keys);
                JsonValue subObject = sub.get("object");
                if (subObject instanceof JsonObject so && so.get("objectType") instanceof JsonString st
                        && (st.getString().equals("Agent") || st.getString().equals("Group"))) {
                    agents(subObject, false, keys);
                } else {
                    activity(subObject, false, keys);
                }
                context(sub.get("context"), keys);
            }
            default -> {
                // a StatementRef is matched through its target's keys, copied when both are stored
            }
        }
        agents(statement.get("authority"), false, keys);
        context(statement.get("context"), keys);
        return list(keys);
    }

    /** Both sets of keys in one, direct where either is direct. */
    public static List<FilterKey> merge(Collection<FilterKey> a, Collection<FilterKey> b) {
        Map<String, Boolean> keys = new LinkedHashMap<>();
        a.forEach(k -> add(k.hash(), k.direct(), keys));
        b.forEach(k -> add(k.hash(), k.direct(), keys));
        return list(keys);
    }

    private static List<FilterKey> list(Map<String, Boolean> keys) {
        List<FilterKey> result = new ArrayList<>(keys.size());
        keys.forEach((hash, direct) -> result.add(new FilterKey(hash, direct)));
        return result;
    }

    private static void context(JsonValue value, Map<String, Boolean> keys) {
        if (!(value instanceof JsonObject context)) {
            return;
        }
        agents(context.get("instructor"), false, keys);
        agents(context.get("team"), false, keys);
        if (context.get("contextActivities") instanceof JsonObject ca) {
            for (JsonValue v : ca.values()) {
                if (v instanceof JsonArray list) {
                    list.forEach(a -> activity(a, false, keys));
                } else {
                    activity(v, false, keys);
                }
            }
        }
    }

    private static void agents(JsonValue value, boolean direct, Map<String, Boolean> keys) {
        if (!(value instanceof JsonObject agent)) {
            return;
        }
        String ifi = Ifi.of(agent);
        if (ifi != null) {
            add(agent(ifi), direct, keys);
        }
        if (agent.get("member") instanceof JsonArray members) {
            for (JsonValue m : members) {
                String memberIfi = Ifi.of(m);
                if (memberIfi != null) {
                    add(agent(memberIfi), direct, keys);
                }
            }
        }
    }

    private static void activity(JsonValue value, boolean direct, Map<String, Boolean> keys) {
        if (value instanceof JsonObject a && a.get("id") instanceof JsonString id) {
            add(activity(id.getString()), direct, keys);
        }
    }

    private static void add(String hash, boolean direct, Map<String, Boolean> keys) {
        keys.merge(hash, direct, Boolean::logicalOr);
    }

    public static String agent(String ifi) {
        return hash("agent|" + ifi);
    }

    public static String activity(String id) {
        return hash("activity|" + id);
    }

    public static String verb(String id) {
        return hash("verb|" + id);
    }

    public static String registration(String uuid) {
        return hash("registration|" + uuid.toLowerCase(Locale.ROOT));
    }

    /** The first 128 bits of SHA-256, in hex: collisions are out of reach, and index keys stay short. */
    static String hash(String typedValue) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(typedValue.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
