package vn.edu.taphuan.xapi.entity;

import java.time.Instant;
import java.util.Set;

/**
 * What an admin sees of one external LRS: where it is, the optional verb filter, statements waiting and parked,
 * how many were delivered, the delivery cursor (the highest statement seq delivered), the last success and the
 * last error, and when the next attempt is due after failures.
 */
public record TargetStatus(String name, String endpoint, Set<String> verbs, boolean configured, long pending,
                           long parked, long delivered, long cursorSeq, Instant lastSuccessAt, String lastError,
                           Instant lastErrorAt, int failures, Instant nextAttemptAt) {
}
