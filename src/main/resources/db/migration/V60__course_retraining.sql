-- Retraining for a new programme (issue 13): a person who completed a course before a programme's window takes it
-- again as a new course attempt, with its own xAPI registration, lessons read, quizzes and certificate; the earlier
-- attempts stay as history. attempt_no numbers a person's runs through a course (1 = the first; the highest is the
-- current one) and keeps two first requests at once from making two first runs; retrain_for is the programme a
-- later run was started for (null for a first run). Portable SQL: Derby 10.16 and PostgreSQL 15+.
ALTER TABLE course_attempt ADD COLUMN attempt_no INT DEFAULT 1 NOT NULL;
ALTER TABLE course_attempt ADD COLUMN retrain_for BIGINT;
ALTER TABLE course_attempt DROP CONSTRAINT course_attempt_staff_course_uq;
ALTER TABLE course_attempt ADD CONSTRAINT course_attempt_staff_course_no_uq UNIQUE (staff_id, course_id, attempt_no);
