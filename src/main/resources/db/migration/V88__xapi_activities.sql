-- The Activities resource's canonical definitions (xAPI Communication 2.5, Data 2.4.4.1.s4): one row per activity a
-- statement defined, updated from later statements by the rules of xapi/control/DefinitionMerge (the first
-- definer owns it and may change it; others only add what is missing; interaction properties never change).
-- Portable SQL: Derby 10.16 and PostgreSQL 15+; {BINARY} is BLOB on Derby, BYTEA on PostgreSQL (platform/Migrations).
CREATE TABLE xapi_activity (
    -- StatementKeys.activity of the id (128-bit hash in hex): ids can be 2,000 characters, longer than a Derby index key
    activity_key  VARCHAR(32)   NOT NULL PRIMARY KEY,
    activity_id   VARCHAR(2048) NOT NULL,
    -- the canonical definition as UTF-8 JSON (interaction definitions can outgrow a VARCHAR)
    definition    {BINARY}      NOT NULL,
    -- the LRS credential whose statement first defined it (null = the service): it may change the definition
    credential_id BIGINT,
    updated       TIMESTAMP     NOT NULL
);
