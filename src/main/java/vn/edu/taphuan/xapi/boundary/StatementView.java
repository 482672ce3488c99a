package vn.edu.taphuan.xapi.boundary;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import vn.edu.taphuan.xapi.control.StatementJson;
import vn.edu.taphuan.xapi.entity.StatementEntry;

import java.util.List;
import java.util.Locale;

/**
 * One row of the district admins' statement list: what the table shows, taken from the statement (xAPI Data 2.4:
 * actor, verb, object, result, timestamp, stored), plus the full statement for the row's details. Our staff appear
 * by staff code and school, never by name (the statement itself carries only the pseudonymous account, docs/xapi.md §1).
 */
final class StatementView {
    /** Activity ids of our courses and everything under them (lessons, quiz, questions): {@code <base>activities/courses/<id>[/...]}. */
    private final String coursePrefix;

    StatementView(String base) {
        this.coursePrefix = base + "activities/courses/";
    }

    JsonObject of(StatementEntry e) {
        var json = StatementJson.JSON;
        JsonObject s = e.statement();
        JsonObjectBuilder item = json.createObjectBuilder()
                .add("id", s.getString("id", ""))
                .add("stored", e.stored().toString())
                .add("timestamp", text(s.get("timestamp")))
                .add("actor", actor(s.get("actor"), e))
                .add("verb", verb(s.get("verb")))
                .add("object", object(s.get("object")))
                .add("result", result(s.get("result")))
                .add("voided", e.voided())
                .add("authority", e.credentialKey() == null
                        ? json.createObjectBuilder().add("service", true)
                        : json.createObjectBuilder().add("service", false).add("key", e.credentialKey()).add("label", e.credentialLabel()))
                .add("statement", s);
        return item.build();
    }

    /** Our staff member by code and school; anyone else by the identifier the statement gives (Data 2.4.2.3). */
    private static JsonValue actor(JsonValue value, StatementEntry e) {
        var b = StatementJson.JSON.createObjectBuilder();
        if (e.staffCode() != null) {
            return b.add("staffCode", e.staffCode()).add("schoolCode", e.schoolCode()).build();
        }
        if (value instanceof JsonObject actor) {
            for (String field : List.of("name", "mbox", "mbox_sha1sum", "openid", "account", "objectType")) {
                if (actor.containsKey(field)) {
                    b.add(field, actor.get(field));
                }
            }
        }
        return b.build();
    }

    /** The verb's id and its display in Vietnamese and English when the statement gives them (Data 2.4.3). */
    private static JsonValue verb(JsonValue value) {
        var b = StatementJson.JSON.createObjectBuilder();
        if (value instanceof JsonObject verb) {
            b.add("id", text(verb.get("id")));
            JsonObject display = verb.get("display") instanceof JsonObject d ? d : JsonValue.EMPTY_JSON_OBJECT;
            b.add("vi", language(display, "vi")).add("en", language(display, "en"));
        }
        return b.build();
    }

    /**
     * The object's type, id and name (Data 2.4.4); {@code courseId} when it is one of our courses or a part of
     * one, so the page can show the course's title (our statements carry no names, docs/xapi.md §2).
     */
    private JsonValue object(JsonValue value) {
        var b = StatementJson.JSON.createObjectBuilder();
        if (!(value instanceof JsonObject object)) {
            return b.build();
        }
        String id = object.getString("id", null);
        b.add("objectType", object.getString("objectType", "Activity")).add("id", id == null ? JsonValue.NULL : StatementJson.JSON.createValue(id));
        if (object.get("definition") instanceof JsonObject definition && definition.get("name") instanceof JsonObject name) {
            b.add("vi", language(name, "vi")).add("en", language(name, "en"));
        } else if (object.get("name") instanceof JsonString agentName) {
            b.add("vi", agentName).add("en", agentName);
        }
        if (id != null && id.startsWith(coursePrefix)) {
            String rest = id.substring(coursePrefix.length());
            int slash = rest.indexOf('/');
            b.add("courseId", slash < 0 ? rest : rest.substring(0, slash)).add("part", slash < 0 ? "" : rest.substring(slash + 1));
        }
        return b.build();
    }

    /** Score, success and completion as stated (Data 2.4.5); null without a result. */
    private static JsonValue result(JsonValue value) {
        if (!(value instanceof JsonObject result)) {
            return JsonValue.NULL;
        }
        var b = StatementJson.JSON.createObjectBuilder();
        for (String field : List.of("score", "success", "completion")) {
            if (result.containsKey(field)) {
                b.add(field, result.get(field));
            }
        }
        return b.build();
    }

    /** The entry of a language map for a language, any region ("vi", "vi-VN"); null when there is none. */
    private static JsonValue language(JsonObject map, String language) {
        for (var entry : map.entrySet()) {
            String tag = entry.getKey().toLowerCase(Locale.ROOT);
            if ((tag.equals(language) || tag.startsWith(language + "-")) && entry.getValue() instanceof JsonString) {
                return entry.getValue();
            }
        }
        return JsonValue.NULL;
    }

    private static JsonValue text(JsonValue value) {
        return value instanceof JsonString ? value : JsonValue.NULL;
    }
}
