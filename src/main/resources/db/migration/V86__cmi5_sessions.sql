-- cmi5 registrations and AU sessions (issue 15, docs/xapi.md §13.2). Portable SQL: Derby 10.16 and PostgreSQL 15+.
-- A registration is one learner's enrollment in one cmi5 course (cmi5 §3.0), on the package version it began with.
CREATE TABLE cmi5_registration (
    registration CHAR(36)     NOT NULL PRIMARY KEY,
    staff_id     BIGINT       NOT NULL,
    course_id    VARCHAR(40)  NOT NULL,
    package_id   BIGINT       NOT NULL,
    created_at   TIMESTAMP    NOT NULL,
    -- when the LMS found the course satisfied (moveOn of every AU, cmi5 §9.3.9); null until then
    satisfied_at TIMESTAMP,
    CONSTRAINT cmi5_registration_person_uq UNIQUE (staff_id, course_id)
);

-- One launch of one AU (cmi5 §3.0 "Session"). The fetch URL and the auth-token are kept only as SHA-256 hashes.
CREATE TABLE cmi5_session (
    session_id    CHAR(36)     NOT NULL PRIMARY KEY,
    registration  CHAR(36)     NOT NULL,
    au_no         INT          NOT NULL,
    staff_id      BIGINT       NOT NULL,
    launch_mode   VARCHAR(10)  NOT NULL,
    fetch_hash    CHAR(64)     NOT NULL,
    -- set by the one successful POST to the fetch URL (cmi5 §8.2)
    token_hash    CHAR(64),
    fetched_at    TIMESTAMP,
    launched_at   TIMESTAMP    NOT NULL,
    -- the auth-token is refused from this moment on (cmi5 §8.2.1: limited to the session)
    expires_at    TIMESTAMP    NOT NULL,
    -- the AU's last statement, and its "terminated" (cmi5 §9.3.8); abandoned_at when the LMS gave up on it (§9.3.6)
    last_statement_at TIMESTAMP,
    -- the cmi5 defined verbs the AU used in the session, space-separated (cmi5 §9.3: none twice)
    verbs_used    VARCHAR(1000) NOT NULL DEFAULT '',
    terminated_at TIMESTAMP,
    abandoned_at  TIMESTAMP,
    CONSTRAINT cmi5_session_fetch_uq UNIQUE (fetch_hash)
);
CREATE INDEX cmi5_session_token_ix ON cmi5_session (token_hash);
CREATE INDEX cmi5_session_registration_ix ON cmi5_session (registration, au_no);
-- the abandonment sweep reads the open sessions, oldest first
CREATE INDEX cmi5_session_open_ix ON cmi5_session (launched_at, terminated_at, abandoned_at);
