-- Settings that must not change once data depends on them, recorded at the first start (platform/DeploymentSettings).
-- The base IRI is written into every xAPI statement: an instance started with another one refuses to start
-- (docs/operations.md, "Base IRI"). Portable SQL: Derby 10.16 and PostgreSQL 15+.
CREATE TABLE deployment_setting (
    name        VARCHAR(64)   NOT NULL PRIMARY KEY,
    setting     VARCHAR(2000) NOT NULL,
    recorded_at TIMESTAMP     NOT NULL
);
