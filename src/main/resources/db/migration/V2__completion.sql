-- The completion projection: one row per statement that completes a course for a staff member
-- (our own or an external one). Reports read this table; voiding the statement deletes the row.
CREATE TABLE completion (
    statement_id   VARCHAR(36)  NOT NULL PRIMARY KEY,
    staff_id       BIGINT       NOT NULL REFERENCES staff (id),
    course_id      VARCHAR(64)  NOT NULL,
    course_version INT          NOT NULL,
    completed_at   TIMESTAMP    NOT NULL,
    scaled_score   DECIMAL(5, 4)
);
CREATE INDEX completion_staff_ix ON completion (staff_id, course_id, completed_at);
CREATE INDEX completion_course_ix ON completion (course_id, completed_at, staff_id);
