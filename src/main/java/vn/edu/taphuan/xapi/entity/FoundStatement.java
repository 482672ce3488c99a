package vn.edu.taphuan.xapi.entity;

import java.time.Instant;

/** One stored statement: its JSON as stored, when it was stored, whether it is voided. */
public record FoundStatement(String json, Instant stored, boolean voided, Long credentialId) {
}
