-- xAPI attachment data (Communication 1.5.2, Data 2.4.11): the raw parts of multipart/mixed statement requests.
-- Portable SQL: Derby 10.16 and PostgreSQL 15+; {BINARY} is BLOB on Derby, BYTEA on PostgreSQL (platform/Migrations).
-- One row per content: statements find their data by the sha2 of their attachments, so a part sent with many
-- statements, or again later, is kept once (docs/decisions/0016-xapi-attachments-in-the-database.md).
CREATE TABLE xapi_attachment (
    -- the SHA-2 of the content in lower-case hex, as the statement's attachment names it (SHA-256, -384 or -512)
    sha2          VARCHAR(128)  NOT NULL PRIMARY KEY,
    -- the Content-Type of the part that brought it
    content_type  VARCHAR(255)  NOT NULL,
    length        BIGINT        NOT NULL,
    content       {BINARY}      NOT NULL,
    stored        TIMESTAMP     NOT NULL
);
