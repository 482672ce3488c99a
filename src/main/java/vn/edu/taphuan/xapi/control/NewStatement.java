package vn.edu.taphuan.xapi.control;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import vn.edu.taphuan.xapi.control.validation.Formats;

import java.time.Instant;

/**
 * A statement admitted for storing, stamped (id, stored, authority) and written as JSON, with the columns its row
 * needs read out once. {@link #seq} is drawn and {@link #voided} decided while the batch is written.
 */
final class NewStatement {
    final String id;
    final JsonObject stamped;
    final String json;
    final String verbId;
    /** The statement it targets (object of type StatementRef, xAPI Data 2.4.4.3), or null. */
    final String refId;
    final boolean voiding;
    final String registration;
    final Instant timestamp;
    final String hash;
    long seq;
    boolean voided;

    NewStatement(String id, JsonObject stamped, String json, String hash) {
        this.id = id;
        this.stamped = stamped;
        this.json = json;
        this.hash = hash;
        this.verbId = stamped.getJsonObject("verb").getString("id");
        this.refId = refId(stamped);
        this.voiding = refId != null && XapiProfile.VOIDED.equals(verbId);
        this.registration = stamped.get("context") instanceof JsonObject ctx && ctx.get("registration") instanceof JsonString r
                ? r.getString().toLowerCase() : null;
        this.timestamp = Formats.instant(stamped.getString("timestamp"));
    }

    /** The id of the statement {@code statement} targets with a StatementRef, or null. */
    static String refId(JsonObject statement) {
        JsonObject object = statement.getJsonObject("object");
        return object.get("objectType") instanceof JsonString t && t.getString().equals("StatementRef")
                ? object.getString("id").toLowerCase() : null;
    }
}
