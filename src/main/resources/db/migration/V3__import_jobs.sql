-- Bulk imports of schools and staff: one row per uploaded file, with its progress and outcome, so any instance
-- of a cluster can answer "how far is my import?"; and the problems found in a refused file, listed in order.
CREATE TABLE import_job (
    id              VARCHAR(36)   NOT NULL PRIMARY KEY,
    kind            VARCHAR(16)   NOT NULL,
    account_id      BIGINT        NOT NULL REFERENCES account (id),
    file_name       VARCHAR(255),
    phase           VARCHAR(16)   NOT NULL,
    rows_done       INT           NOT NULL,
    rows_total      INT           NOT NULL,
    created_count   INT,
    updated_count   INT,
    unchanged_count INT,
    error_status    INT,
    error_code      VARCHAR(64),
    error_message   VARCHAR(1000),
    problem_count   INT,
    started_at      TIMESTAMP     NOT NULL,
    updated_at      TIMESTAMP     NOT NULL,
    finished_at     TIMESTAMP,
    CONSTRAINT import_job_kind_ck CHECK (kind IN ('SCHOOLS', 'STAFF')),
    CONSTRAINT import_job_phase_ck CHECK (phase IN ('QUEUED', 'PARSING', 'VALIDATING', 'WRITING', 'DONE', 'FAILED'))
);
CREATE INDEX import_job_account_ix ON import_job (account_id, started_at);

CREATE TABLE import_problem (
    job_id      VARCHAR(36)   NOT NULL REFERENCES import_job (id),
    seq         INT           NOT NULL,
    row_no      INT,
    column_name VARCHAR(200),
    cell_value  VARCHAR(300),
    problem     VARCHAR(1000) NOT NULL,
    fix         VARCHAR(1000),
    CONSTRAINT import_problem_pk PRIMARY KEY (job_id, seq)
);
