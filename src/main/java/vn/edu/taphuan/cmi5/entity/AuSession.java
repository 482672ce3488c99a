package vn.edu.taphuan.cmi5.entity;

import java.time.Instant;

/** One launch of one AU (cmi5 §3.0 "Session"): whose, in which registration, until when its auth-token works. */
public record AuSession(String sessionId, String registration, int auNo, long staffId, String actorKey, Instant expiresAt) {

    public boolean expired(Instant now) {
        return !now.isBefore(expiresAt);
    }
}
