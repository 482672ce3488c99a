-- The audit log (capability audit, issue 11 item 2): one append-only row per change that can move a school's
-- figure or a person's record, written in the same transaction as the change (audit/control/AuditLog).
-- recorded_at: when (UTC; "at" is a reserved word in Derby). actor: "account:<username>", "lrs:<key>" or "system".
-- actor_school: the school of the account that acted (null for district admins, LRS credentials and the system),
-- so the district report can list the changes a school made itself (docs/decisions/0006-principal-changes.md).
-- school_code, staff_code: whose record changed. import_job: the roster import the entry belongs to.
-- Ids come from the 'audit_entry' counter (platform/NumberBlocks), as learner ids do (V9): no identity contention.
-- Nothing in the application updates or deletes a row; on PostgreSQL the service role gets INSERT and SELECT only
-- (docs/operations.md, "Audit log"). Portable SQL: Derby 10.16 and PostgreSQL 15+.
CREATE TABLE audit_entry (
    id           BIGINT        NOT NULL PRIMARY KEY,
    recorded_at  TIMESTAMP     NOT NULL,
    actor        VARCHAR(200)  NOT NULL,
    actor_school VARCHAR(32),
    address      VARCHAR(64),
    kind         VARCHAR(40)   NOT NULL,
    school_code  VARCHAR(32),
    staff_code   VARCHAR(32),
    import_job   VARCHAR(36),
    subject      VARCHAR(500),
    before_text  VARCHAR(2000),
    after_text   VARCHAR(2000)
);
CREATE INDEX audit_entry_time_ix ON audit_entry (recorded_at);
CREATE INDEX audit_entry_school_ix ON audit_entry (school_code, recorded_at);
CREATE INDEX audit_entry_staff_ix ON audit_entry (staff_code, recorded_at);
CREATE INDEX audit_entry_kind_ix ON audit_entry (kind, recorded_at);
CREATE INDEX audit_entry_job_ix ON audit_entry (import_job);

INSERT INTO xapi_sequence (name, next_value) VALUES ('audit_entry', 1);
