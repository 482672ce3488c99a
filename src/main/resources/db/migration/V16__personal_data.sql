-- Personal data (issue 11, item 8; docs/privacy.md): the processing notice the district edits, and who acknowledged
-- which version of it. Owned by the privacy capability; account ids are not foreign keys, so erasing an account
-- (security) never depends on this table — privacy deletes its own row first.
-- Portable SQL: runs unchanged on Apache Derby 10.16 and PostgreSQL 15+.
CREATE TABLE privacy_notice (
    id         INT            NOT NULL PRIMARY KEY,
    version    INT            NOT NULL,
    text_vi    VARCHAR(8000)  NOT NULL,
    text_en    VARCHAR(8000)  NOT NULL,
    updated_at TIMESTAMP      NOT NULL,
    updated_by VARCHAR(64)    NOT NULL
);

CREATE TABLE privacy_acknowledgement (
    account_id      BIGINT    NOT NULL PRIMARY KEY,
    notice_version  INT       NOT NULL,
    acknowledged_at TIMESTAMP NOT NULL
);
