package vn.edu.taphuan.xapi.control.validation;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.util.Set;
import java.util.function.Predicate;

/**
 * The structural checks every xAPI object shares (xAPI Data 2.2): a JSON object, only the properties the
 * specification defines (case included), no null values, the right JSON type for each property and strings in
 * their format. Each method records what is wrong in {@link Violations} and returns what it could read.
 */
final class Shape {
    static final String NOT_ALLOWED = "is not a property of %s in xAPI 1.0.3; property names are case-sensitive (Data 2.2.s4.b1.b5, 2.2.s4.b1.b7)";

    private Shape() {
    }

    static String at(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    static String at(String path, int index) {
        return path + "[" + index + "]";
    }

    /** The value as an object, or null (recorded) when it is not one. */
    static JsonObject object(JsonValue value, String path, String what, Violations out) {
        if (value == null || value.getValueType() != JsonValue.ValueType.OBJECT) {
            out.add(path, "must be " + what + " (a JSON object)" + nullHint(value) + " (Data 2.2.s4.b1.b7)");
            return null;
        }
        return value.asJsonObject();
    }

    /** Unknown properties and null values, for every property of the object. */
    static void properties(JsonObject o, String path, String what, Set<String> allowed, Violations out) {
        for (var e : o.entrySet()) {
            if (!allowed.contains(e.getKey())) {
                out.add(at(path, e.getKey()), String.format(NOT_ALLOWED, what));
            } else if (e.getValue().getValueType() == JsonValue.ValueType.NULL) {
                out.add(at(path, e.getKey()), "must not be null; leave the property out instead (Data 2.2.s4.b1.b1)");
            }
        }
    }

    static boolean present(JsonObject o, String key) {
        return o.containsKey(key) && o.get(key).getValueType() != JsonValue.ValueType.NULL;
    }

    static void required(JsonObject o, String path, String key, String section, Violations out) {
        if (!o.containsKey(key)) {
            out.add(at(path, key), "is required (" + section + ")");
        }
    }

    /** A string property; null when absent or not a string (recorded). */
    static String string(JsonObject o, String path, String key, Violations out) {
        if (!present(o, key)) {
            return null;
        }
        JsonValue v = o.get(key);
        if (v.getValueType() != JsonValue.ValueType.STRING) {
            out.add(at(path, key), "must be a string, not " + kind(v));
            return null;
        }
        return ((JsonString) v).getString();
    }

    /** A string property in a format; records a violation naming the format and its section. */
    static String formatted(JsonObject o, String path, String key, Predicate<String> format, String formatName,
                            String section, Violations out) {
        String s = string(o, path, key, out);
        if (s != null && !format.test(s)) {
            out.add(at(path, key), "must be " + formatName + ", not \"" + abbreviate(s) + "\" (" + section + ")");
            return null;
        }
        return s;
    }

    static Boolean bool(JsonObject o, String path, String key, Violations out) {
        if (!present(o, key)) {
            return null;
        }
        JsonValue v = o.get(key);
        if (v != JsonValue.TRUE && v != JsonValue.FALSE && v.getValueType() != JsonValue.ValueType.TRUE
                && v.getValueType() != JsonValue.ValueType.FALSE) {
            out.add(at(path, key), "must be a JSON boolean (true or false), not " + kind(v) + " (Data 2.2.s4.b1.b3)");
            return null;
        }
        return v.getValueType() == JsonValue.ValueType.TRUE;
    }

    static JsonNumber number(JsonObject o, String path, String key, Violations out) {
        if (!present(o, key)) {
            return null;
        }
        JsonValue v = o.get(key);
        if (v.getValueType() != JsonValue.ValueType.NUMBER) {
            out.add(at(path, key), "must be a JSON number, not " + kind(v) + " (Data 2.2.s4.b1.b2)");
            return null;
        }
        return (JsonNumber) v;
    }

    static String kind(JsonValue v) {
        return switch (v.getValueType()) {
            case STRING -> "a string";
            case NUMBER -> "a number";
            case TRUE, FALSE -> "a boolean";
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            case NULL -> "null";
        };
    }

    private static String nullHint(JsonValue v) {
        return v == null ? "" : ", not " + kind(v);
    }

    static String abbreviate(String s) {
        return s.length() > 80 ? s.substring(0, 77) + "..." : s;
    }
}
