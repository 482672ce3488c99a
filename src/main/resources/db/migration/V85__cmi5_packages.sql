-- cmi5 course packages (issue 15, docs/xapi.md §13): what an import keeps. Each import of a course is a new version
-- (cmi5 6.1: the LMS imports course structures); the versions stay, launches use the newest.
-- Portable SQL: Derby 10.16 and PostgreSQL 15+; {BINARY} is BLOB on Derby, BYTEA on PostgreSQL (platform/Migrations).
CREATE TABLE cmi5_package (
    id           BIGINT        NOT NULL PRIMARY KEY,
    -- our course id ("cmi5-" and 10 hex digits of the SHA-256 of course_iri): what programmes require and reports count
    course_id    VARCHAR(40)   NOT NULL,
    course_iri   VARCHAR(2048) NOT NULL,
    version      INT           NOT NULL,
    title_vi     VARCHAR(500)  NOT NULL,
    title_en     VARCHAR(500)  NOT NULL,
    au_count     INT           NOT NULL,
    -- true when the package came as a zip (its files are in cmi5_file); false for a bare cmi5.xml with absolute URLs
    zipped       BOOLEAN       NOT NULL,
    imported_at  TIMESTAMP     NOT NULL,
    imported_by  VARCHAR(100)  NOT NULL,
    CONSTRAINT cmi5_package_version_uq UNIQUE (course_id, version)
);

-- Blocks in document order (1, 2, ...); parent_no is the enclosing block, null at the top.
CREATE TABLE cmi5_block (
    package_id   BIGINT        NOT NULL,
    block_no     INT           NOT NULL,
    block_iri    VARCHAR(2048) NOT NULL,
    parent_no    INT,
    title_vi     VARCHAR(500)  NOT NULL,
    title_en     VARCHAR(500)  NOT NULL,
    PRIMARY KEY (package_id, block_no)
);

-- Assignable units in document order (1, 2, ...): the number is the AU's id in our URLs.
CREATE TABLE cmi5_au (
    package_id        BIGINT        NOT NULL,
    au_no             INT           NOT NULL,
    au_iri            VARCHAR(2048) NOT NULL,
    block_no          INT,
    title_vi          VARCHAR(500)  NOT NULL,
    title_en          VARCHAR(500)  NOT NULL,
    -- as in cmi5.xml: absolute, or relative to the package's files
    url               VARCHAR(2048) NOT NULL,
    launch_method     VARCHAR(20)   NOT NULL,
    move_on           VARCHAR(20)   NOT NULL,
    mastery_score     DECIMAL(5, 4),
    launch_parameters VARCHAR(8000),
    entitlement_key   VARCHAR(2048),
    PRIMARY KEY (package_id, au_no)
);

-- The files of a zipped package, served to learners under /api/cmi5/content/{package}/{path}. path_key is the
-- SHA-256 of the path (paths up to 1,024 characters do not fit Derby's index key limit).
CREATE TABLE cmi5_file (
    package_id   BIGINT        NOT NULL,
    path_key     CHAR(64)      NOT NULL,
    path         VARCHAR(1024) NOT NULL,
    content_type VARCHAR(255)  NOT NULL,
    content      {BINARY}      NOT NULL,
    PRIMARY KEY (package_id, path_key)
);

INSERT INTO xapi_sequence (name, next_value) VALUES ('cmi5_package', 1);
