package vn.edu.taphuan.xapi.entity;

import java.time.Instant;

/**
 * A statement query (xAPI Communication 2.1.3) in stored terms: filter keys (see {@code StatementKeys}), the
 * stored-time window, the page size, the order and where the previous page ended ({@code afterSeq}, from the
 * {@code more} link). {@code credentialId} limits the result to statements that credential sent (read-own scope).
 * {@code withVoided} keeps voided statements in: the LRS never returns them in a list (Communication 2.1.4), the
 * district admins' view shows them, flagged.
 */
public record StatementFilter(String agentKey, boolean relatedAgents, String activityKey, boolean relatedActivities,
                              String verbKey, String registrationKey, Instant since, Instant until, int limit,
                              boolean ascending, Long afterSeq, Long credentialId, boolean withVoided) {
}
