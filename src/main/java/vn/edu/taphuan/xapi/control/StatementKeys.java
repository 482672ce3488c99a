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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a stored statement can be found by with the GET filters of xAPI Communication 2.1.3:
 * <ul>
 * <li>{@code agent}: the actor or the object (Agents, identified Groups and the members of Groups) — direct;
 * with {@code related_agents} also authority, instructor, team and all of these in a SubStatement — related;</li>
 * <li>{@code activity}: the object Activity — direct; with {@code related_activities} also every context
 * activity and the SubStatement's object and context activities — related;</li>
 * <li>{@code verb}, {@code registration}: the statement's own — direct.</li>
 * </ul>
 * Every direct key is also written as related, so each query reads one index range.
 */
public final class StatementKeys {
    private StatementKeys() {
    }

    public static List<FilterKey> of(JsonObject statement) {
        Set<FilterKey> keys = new LinkedHashSet<>();
        if (statement.get("verb") instanceof JsonObject verb && verb.get("id") instanceof JsonString id) {
            keys.add(new FilterKey(verb(id.getString()), FilterKey.DIRECT));
        }
        if (statement.get("context") instanceof JsonObject context && context.get("registration") instanceof JsonString r) {
            keys.add(new FilterKey(registration(r.getString()), FilterKey.DIRECT));
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
        return new ArrayList<>(keys);
    }

    private static void context(JsonValue value, Set<FilterKey> keys) {
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

    private static void agents(JsonValue value, boolean direct, Set<FilterKey> keys) {
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

    private static void activity(JsonValue value, boolean direct, Set<FilterKey> keys) {
        if (value instanceof JsonObject a && a.get("id") instanceof JsonString id) {
            add(activity(id.getString()), direct, keys);
        }
    }

    private static void add(String hash, boolean direct, Set<FilterKey> keys) {
        if (direct) {
            keys.add(new FilterKey(hash, FilterKey.DIRECT));
        }
        keys.add(new FilterKey(hash, FilterKey.RELATED));
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
