-- Views the directory publishes for other capabilities' set-based SQL (docs/architecture.md, "Layers and table
-- ownership"): they read the roster through these columns instead of naming school and staff, so a change to those
-- tables is made here, once, by their owner. Plain views (no optimizer hint: Derby refuses one on a view, ERROR 42Y44);
-- each reader joins them by primary key. Portable SQL: Derby 10.16 and PostgreSQL 15+.

-- Schools as others see them: referral's checklist of open schools without a contact, reporting's schools in scope
-- and a filed report's school lines.
CREATE VIEW roster_school (id, code, name, ward, school_type, level, active) AS
    SELECT id, code, name, ward, school_type, level, active FROM school;

-- People on the roster as reports count them (reporting's figures, matrix, trend and filed reports): no actor key,
-- no stamps. A simple single-table view, so Derby and PostgreSQL flatten it into the query and the staff indexes
-- still serve (reporting's joinOrder/joinStrategy hints are allowed on a view; an index hint is not).
CREATE VIEW roster_staff (id, code, full_name, gender, category, status, start_date, end_date, school_id) AS
    SELECT id, code, full_name, gender, category, status, start_date, end_date, school_id FROM staff;

-- Each person's school: learning's gain per school groups its attempts by these.
CREATE VIEW roster_staff_school (staff_id, school_id, school_code, school_name) AS
    SELECT st.id, sc.id, sc.code, sc.name FROM staff st JOIN school sc ON sc.id = st.school_id;
