package vn.edu.taphuan.reporting.control;

import vn.edu.taphuan.platform.DerbyHints;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
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
                write(c, "INSERT INTO programme_course_progress (first_at, programme_id, staff_id, course_id) VALUES (?, ?, ?, ?)",
                        e.getValue(), programmeId, staffId, e.getKey());
            } else if (!Objects.equals(before, e.getValue())) {
                write(c, "UPDATE programme_course_progress SET first_at = ? WHERE programme_id = ? AND staff_id = ? AND course_id = ?",
                        e.getValue(), programmeId, staffId, e.getKey());
            }
        }
        for (String gone : stored.keySet()) {
            write(c, "DELETE FROM programme_course_progress WHERE programme_id = ? AND staff_id = ? AND course_id = ?",
                    null, programmeId, staffId, gone);
        }
    }

    private static Map<String, Timestamp> stored(Connection c, long programmeId, long staffId) throws SQLException {
        Map<String, Timestamp> stored = new HashMap<>();
        try (PreparedStatement p = c.prepareStatement("SELECT course_id, first_at FROM programme_course_progress"
                + DerbyHints.constraint("PROGRAMME_COURSE_PROGRESS_PK") + " WHERE programme_id = ? AND staff_id = ?")) {
            p.setLong(1, programmeId);
            p.setLong(2, staffId);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    stored.put(rs.getString(1), rs.getTimestamp(2));
                }
            }
        }
        return stored;
    }

    /** One write by key; {@code firstAt} leads the parameters unless it is null (a delete). */
    private static void write(Connection c, String sql, Timestamp firstAt, long programmeId, long staffId, String courseId) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(sql)) {
            int i = 1;
            if (firstAt != null) {
                p.setTimestamp(i++, firstAt);
            }
            p.setLong(i++, programmeId);
            p.setLong(i++, staffId);
            p.setString(i, courseId);
            p.executeUpdate();
        }
    }
}
