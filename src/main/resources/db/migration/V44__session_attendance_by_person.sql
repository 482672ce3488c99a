-- "My courses" asks which of a person's completions were in-person sessions (learning/control/Progress): find
-- their attendance by person, not by scanning every session's list. Portable SQL: Derby 10.16 and PostgreSQL 15+.
CREATE INDEX session_attendance_staff_ix ON session_attendance (staff_id);
