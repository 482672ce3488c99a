-- Coordination between the instances of a cluster that share this database (docs/decisions/0005-background-work.md).
-- Portable SQL: Derby 10.16 and PostgreSQL 15+.

-- A named lease: at most one holder at a time until lease_until; a holder renews it while it works, and a holder that
-- died simply lets it expire. Rows are made here, one per kind of work, so taking a lease is always an UPDATE.
CREATE TABLE cluster_lease (
    name        VARCHAR(64)  NOT NULL PRIMARY KEY,
    holder      VARCHAR(200) NOT NULL,
    lease_until TIMESTAMP    NOT NULL
);
-- bulk roster imports run one at a time in the whole cluster
INSERT INTO cluster_lease (name, holder, lease_until) VALUES ('roster-import', '-', CAST('1970-01-01 00:00:00' AS TIMESTAMP));

-- State every instance keeps in memory and must reload when one of them changes it: the counter goes up on each
-- change, and each instance compares it with the one it loaded.
CREATE TABLE cluster_change (
    name       VARCHAR(64) NOT NULL PRIMARY KEY,
    generation BIGINT      NOT NULL,
    changed_at TIMESTAMP   NOT NULL
);
-- the course catalogue (a district admin's reload must reach every instance)
INSERT INTO cluster_change (name, generation, changed_at) VALUES ('course-catalogue', 0, CURRENT_TIMESTAMP);

-- Sessions signed out on one instance. Sessions live in the cluster's memory, and an instance that served a session
-- keeps its own copy, which a sign-out on another instance does not reach; so each instance also checks here
-- (security/control/EndedSessions). key_hash = SHA-256 of the session's random token; rows older than a day go.
CREATE TABLE ended_session (
    key_hash VARCHAR(64) NOT NULL PRIMARY KEY,
    ended_at TIMESTAMP   NOT NULL
);
CREATE INDEX ended_session_at_ix ON ended_session (ended_at);
