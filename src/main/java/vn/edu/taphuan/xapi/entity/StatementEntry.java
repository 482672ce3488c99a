package vn.edu.taphuan.xapi.entity;

import jakarta.json.JsonObject;

import java.time.Instant;

/**
 * A stored statement as district admins see it: the statement, when it was stored, whether it is voided, who its
 * actor is on our roster ({@code staffCode}/{@code schoolCode}, null when the actor is not one of our staff) and
 * the label of the LRS credential that sent it ({@code credentialKey} and {@code credentialLabel} null: the
 * service recorded it itself).
 */
public record StatementEntry(JsonObject statement, Instant stored, boolean voided, String staffCode, String schoolCode,
                             String credentialKey, String credentialLabel) {
}
