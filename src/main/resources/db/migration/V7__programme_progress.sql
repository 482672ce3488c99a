-- The programme progress projection: for each programme, everyone who is trained and the moment they became so —
-- the latest of their first in-period completions of each required course. A person is trained on day D exactly
-- when trained_at is before the end of D (docs/reporting.md), so one row answers every as-of date and the district
-- report counts rows instead of re-deriving them from every completion. Kept in step with `completion` in the same
-- transaction (reporting/control/ProgrammeProgress); rebuilt whole when a programme's courses or period change.
-- No foreign key to programme: the rows are derived, rebuilt with the programme, never the source of anything.
-- Programmes created before this migration are filled in at start-up (the period is in local days, a time zone
-- SQL cannot apply portably).
CREATE TABLE programme_progress (
    programme_id BIGINT    NOT NULL,
    staff_id     BIGINT    NOT NULL REFERENCES staff (id),
    trained_at   TIMESTAMP NOT NULL,
    CONSTRAINT programme_progress_pk PRIMARY KEY (programme_id, staff_id)
);
-- the trend reads a programme's rows by time
CREATE INDEX programme_progress_time_ix ON programme_progress (programme_id, trained_at, staff_id);

