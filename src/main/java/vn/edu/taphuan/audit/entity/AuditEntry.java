package vn.edu.taphuan.audit.entity;

import java.time.Instant;

/** One audit entry as read back: when, who, from where, what, whose record, before and after. */
public record AuditEntry(long id, Instant at, String actor, String actorSchool, String address, AuditKind kind,
                         String schoolCode, String staffCode, String importJob, String subject, String before,
                         String after) {
}
