package vn.edu.taphuan.xapi.entity;

import java.time.Instant;

/** A statement an external LRS rejected (4xx): kept aside with the reason until an admin retries or drops it. */
public record ParkedStatement(String statementId, long seq, String reason, Instant parkedAt, int attempts) {
}
