-- cmi5 moveOn (issue 15, docs/xapi.md §13.3): what the LMS learnt from the AUs' statements of a registration, and
-- which blocks it found satisfied (the course's own satisfied_at is on cmi5_registration). Portable SQL.
CREATE TABLE cmi5_au_progress (
    registration  CHAR(36)   NOT NULL,
    au_no         INT        NOT NULL,
    -- the first completed / passed statement of the AU in the registration (cmi5 §9.3.3, §9.3.4), by the LRS's clock
    completed_at  TIMESTAMP,
    passed_at     TIMESTAMP,
    PRIMARY KEY (registration, au_no)
);

CREATE TABLE cmi5_block_satisfied (
    registration  CHAR(36)   NOT NULL,
    block_no      INT        NOT NULL,
    satisfied_at  TIMESTAMP  NOT NULL,
    PRIMARY KEY (registration, block_no)
);

-- the sweep that records abandoned AU sessions runs on one instance at a time (platform/Leases)
INSERT INTO cluster_lease (name, holder, lease_until) VALUES ('cmi5-abandoned', '-', CAST('1970-01-01 00:00:00' AS TIMESTAMP));
