package vn.edu.taphuan.xapi.control;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import vn.edu.taphuan.xapi.control.validation.Formats;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The properties the LRS assigns when it stores a statement (xAPI Data 2.3.1.b1): the {@code id} when absent
 * (2.4.1.s2.b1), {@code stored} always overwritten (2.4.8.s3.b2), {@code authority} always set from the credential
 * (2.4.9.s3.b2-b4), {@code timestamp} = stored when absent (2.4.7.s3.b2), {@code version} 1.0.0 when absent
 * (2.4.10.s3.b3); context activities returned as arrays (2.4.6.2.s4.b3, b4); timestamps in UTC (Data 4.5.s1.b6).
 * The rest is kept as received.
 */
public final class StatementStamp {
    public static final DateTimeFormatter UTC_MILLIS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private StatementStamp() {
    }

    public static JsonObject stamp(JsonObject in, String id, Instant stored, JsonObject authority) {
        String storedText = UTC_MILLIS.format(stored);
        JsonObjectBuilder b = StatementJson.JSON.createObjectBuilder().add("id", id);
        for (var e : in.entrySet()) {
            switch (e.getKey()) {
                case "id", "stored", "authority" -> {
                    // assigned here
                }
                case "context" -> b.add("context", context(e.getValue()));
                case "object" -> b.add("object", subStatementContext(e.getValue()));
                case "timestamp" -> b.add("timestamp", utc(e.getValue()));
                default -> b.add(e.getKey(), e.getValue());
            }
        }
        if (!in.containsKey("timestamp")) {
            b.add("timestamp", storedText);
        }
        b.add("stored", storedText);
        b.add("authority", authority);
        if (!in.containsKey("version")) {
            b.add("version", "1.0.0");
        }
        return b.build();
    }

    private static JsonValue subStatementContext(JsonValue object) {
        if (object instanceof JsonObject o && "SubStatement".equals(o.getString("objectType", null))) {
            JsonObjectBuilder sub = StatementJson.JSON.createObjectBuilder(o);
            if (o.containsKey("context")) {
                sub.add("context", context(o.get("context")));
            }
            if (o.containsKey("timestamp")) {
                sub.add("timestamp", utc(o.get("timestamp")));
            }
            return sub.build();
        }
        return object;
    }

    /**
     * A timestamp in UTC with milliseconds (Data 4.5.s1.b5-b7: the same point in time in another zone, precision
     * kept to at least milliseconds; 2.3.1.b4: its serialisation is no part of the immutable statement).
     */
    private static JsonValue utc(JsonValue timestamp) {
        Instant at = timestamp instanceof JsonString t ? Formats.instant(t.getString()) : null;
        return at == null ? timestamp : StatementJson.JSON.createValue(UTC_MILLIS.format(at));
    }

    private static JsonValue context(JsonValue value) {
        if (!(value instanceof JsonObject c) || !(c.get("contextActivities") instanceof JsonObject ca)) {
            return value;
        }
        JsonObjectBuilder arrays = StatementJson.JSON.createObjectBuilder();
        for (var e : ca.entrySet()) {
            arrays.add(e.getKey(), e.getValue() instanceof JsonArray ? e.getValue() : StatementJson.JSON.createArrayBuilder().add(e.getValue()).build());
        }
        return StatementJson.JSON.createObjectBuilder(c).add("contextActivities", arrays).build();
    }
}
