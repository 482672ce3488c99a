-- Beside programme_progress (V7): per programme, each person's first counted completion of each required course
-- (from the programme's counts-from day to the end of its deadline). A person had done course C on day D exactly when
-- first_at is before the end of min(deadline, D), so the topic × school matrix and a school's untrained list count
-- these rows instead of grouping every completion (issue 16; docs/performance.md). Kept in step with `completion` in
-- the same transaction as programme_progress (reporting/control/ProgrammeProgress), rebuilt with it; programmes saved
-- before this migration are filled in at start-up (reporting/control/ProgressBackfill).
-- Portable SQL: Derby 10.16 and PostgreSQL 15+.
CREATE TABLE programme_course_progress (
    programme_id BIGINT      NOT NULL,
    staff_id     BIGINT      NOT NULL REFERENCES staff (id),
    course_id    VARCHAR(64) NOT NULL,
    first_at     TIMESTAMP   NOT NULL,
    CONSTRAINT programme_course_progress_pk PRIMARY KEY (programme_id, staff_id, course_id)
);
