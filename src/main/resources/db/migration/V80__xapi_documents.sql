-- xAPI document resources (Communication 2.2-2.7): State, Activity Profile and Agent Profile documents in one table.
-- Portable SQL: Derby 10.16 and PostgreSQL 15+; {BINARY} is BLOB on Derby, BYTEA on PostgreSQL (platform/Migrations).
-- A document is kept byte-exact with its content type (any type, 1.5.b1). Keys are hashes (xapi/control/DocumentStore):
-- the ids and IRIs themselves can be 2,000 characters, longer than an index key may be on Derby.
CREATE TABLE xapi_document (
    -- SHA-256 of kind, context and document id (and registration for State): one row per document
    doc_key       VARCHAR(64)   NOT NULL PRIMARY KEY,
    -- SHA-256 of kind, activity and agent: GET ids and DELETE all read one range of xapi_document_context_ix
    context_key   VARCHAR(64)   NOT NULL,
    -- STATE, ACTIVITY_PROFILE or AGENT_PROFILE
    kind          VARCHAR(16)   NOT NULL,
    -- stateId or profileId, as sent
    doc_id        VARCHAR(2048) NOT NULL,
    activity_id   VARCHAR(2048),
    -- the agent's filter key (StatementKeys.agent of its IFI): an agent's documents go with the person (erasure)
    agent_key     VARCHAR(32),
    registration  VARCHAR(36),
    content_type  VARCHAR(255)  NOT NULL,
    content       {BINARY}      NOT NULL,
    -- SHA-1 of the content in lower-case hex (Communication 3.1.s4.b2)
    etag          VARCHAR(40)   NOT NULL,
    updated       TIMESTAMP     NOT NULL,
    -- the LRS credential that created it (a read-own credential sees only its own documents)
    credential_id BIGINT,
    CONSTRAINT xapi_document_kind_ck CHECK (kind IN ('STATE', 'ACTIVITY_PROFILE', 'AGENT_PROFILE'))
);
CREATE INDEX xapi_document_context_ix ON xapi_document (context_key, updated);
CREATE INDEX xapi_document_agent_ix ON xapi_document (agent_key);
