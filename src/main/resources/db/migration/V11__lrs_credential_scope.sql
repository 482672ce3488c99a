-- Who may change a completion (issue 11, docs/xapi.md §9): an LRS credential's school scope, its completion right
-- and its right to void statements other credentials (or the service) stored; completions that do not count.
-- Portable SQL: Derby 10.16 and PostgreSQL 15+.

-- all_schools = TRUE: the scope is every school; FALSE: only the schools in xapi_credential_school.
-- may_complete: its completions count for the programme figures (for staff of schools in scope). Existing
-- credentials start without it: only a district admin grants it (the demo credential gets it at start-up).
-- may_void_others: it may void statements it did not store itself.
ALTER TABLE xapi_credential ADD COLUMN all_schools BOOLEAN DEFAULT TRUE NOT NULL;
ALTER TABLE xapi_credential ADD COLUMN may_complete BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE xapi_credential ADD COLUMN may_void_others BOOLEAN DEFAULT FALSE NOT NULL;
-- the demo credential (demo/DemoLrsCredential) keeps its completions counting for the demo district
UPDATE xapi_credential SET may_complete = TRUE WHERE created_by = 'demo';

CREATE TABLE xapi_credential_school (
    credential_id BIGINT NOT NULL REFERENCES xapi_credential (id),
    school_id     BIGINT NOT NULL REFERENCES school (id),
    CONSTRAINT xapi_credential_school_pk PRIMARY KEY (credential_id, school_id)
);

-- Which credential's statement made a completion (NULL = the service itself), so a change of the credential's
-- scope or right re-judges exactly its completions.
ALTER TABLE completion ADD COLUMN credential_id BIGINT;
UPDATE completion SET credential_id = (SELECT s.credential_id FROM xapi_statement s WHERE s.id = completion.statement_id);
CREATE INDEX completion_credential_ix ON completion (credential_id);

-- Completions a credential stated but that do not count: the person's school is outside its scope (reason SCOPE)
-- or it has no completion right (RIGHT). Same columns as completion; a statement is in one table or the other,
-- never both. The reports never read this table; the admin xAPI page lists it.
CREATE TABLE completion_uncounted (
    statement_id   VARCHAR(36)  NOT NULL PRIMARY KEY,
    staff_id       BIGINT       NOT NULL REFERENCES staff (id),
    course_id      VARCHAR(64)  NOT NULL,
    course_version INT          NOT NULL,
    completed_at   TIMESTAMP    NOT NULL,
    scaled_score   DECIMAL(5, 4),
    credential_id  BIGINT       NOT NULL REFERENCES xapi_credential (id),
    reason         VARCHAR(8)   NOT NULL,
    CONSTRAINT completion_uncounted_reason_ck CHECK (reason IN ('SCOPE', 'RIGHT'))
);
CREATE INDEX completion_uncounted_credential_ix ON completion_uncounted (credential_id, completed_at);
