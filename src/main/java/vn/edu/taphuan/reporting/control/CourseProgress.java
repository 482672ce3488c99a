package vn.edu.taphuan.reporting.control;

import vn.edu.taphuan.platform.DerbyHints;
import vn.edu.taphuan.platform.Sql;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One person's rows of {@code programme_course_progress} (migration V81): their first counted completion of each
 * required course of a programme, which the matrix and a school's untrained list count instead of every completion.
 * Written by {@link ProgrammeProgress} in the completion change's transaction, from the same read that decides
 * whether the person is trained, so the two tables never disagree.
 */
final class CourseProgress {
    private CourseProgress() {
    }

    /**
     * Makes the person's rows equal {@code firsts} (course → first counted completion). Reads first and writes only
     * what changed, each write by primary key, for the reason {@link ProgrammeProgress#refresh} gives.
     */
    static void store(Connection c, long programmeId, long staffId, Map<String, Timestamp> firsts) throws SQLException {
        Map<String, Timestamp> stored = stored(c, programmeId, staffId);
        for (Map.Entry<String, Timestamp> e : firsts.entrySet()) {
            Timestamp before = stored.remove(e.getKey());
            if (before == null) {
                Sql.of("INSERT INTO programme_course_progress (first_at, programme_id, staff_id, course_id) VALUES (?, ?, ?, ?)",
                        e.getValue(), programmeId, staffId, e.getKey()).update(c);
            } else if (!Objects.equals(before, e.getValue())) {
                Sql.of("UPDATE programme_course_progress SET first_at = ? WHERE programme_id = ? AND staff_id = ? AND course_id = ?",
                        e.getValue(), programmeId, staffId, e.getKey()).update(c);
            }
        }
        for (String gone : stored.keySet()) {
            Sql.of("DELETE FROM programme_course_progress WHERE programme_id = ? AND staff_id = ? AND course_id = ?",
                    programmeId, staffId, gone).update(c);
        }
    }

    private static Map<String, Timestamp> stored(Connection c, long programmeId, long staffId) throws SQLException {
        Map<String, Timestamp> stored = new HashMap<>();
        Sql.of("SELECT course_id, first_at FROM programme_course_progress" + DerbyHints.constraint("PROGRAMME_COURSE_PROGRESS_PK")
                + " WHERE programme_id = ? AND staff_id = ?", programmeId, staffId)
                .each(c, rs -> stored.put(rs.getString(1), rs.getTimestamp(2)));
        return stored;
    }
}
