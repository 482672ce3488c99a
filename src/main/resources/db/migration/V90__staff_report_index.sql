-- The reports' scans of the roster read this index instead of the staff table (issue 16, "Report views, 7 Dec" in
-- docs/performance.md): it holds every column the report queries read of a person (school, category, gender, the
-- roster dates and status that decide "in scope", and the id the progress rows join on), so Derby answers the whole
-- district's counts from the index alone, in school order, and groups them per school without a sort. The staff table
-- stays directory's; only reporting's read path uses the index. Costs one more index entry per roster write.
-- Portable SQL: Derby 10.16 and PostgreSQL 15+.
CREATE INDEX staff_report_ix ON staff (school_id, category, gender, start_date, end_date, status, id);
