package vn.edu.taphuan.learning.control;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.edu.taphuan.platform.TestDatabase;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * The learning-gain queries on a real (in-memory Derby) database with the service's migrations: pre-test against
 * the first quiz, over the learners who took both; later attempts, open draws and other courses do not count.
 */
class LearningGainTest {
    static Connection db;

    @BeforeAll
    static void scenario() throws SQLException {
        db = TestDatabase.open();
        try (Statement s = db.createStatement()) {
            s.execute("INSERT INTO school (id, code, name, ward, school_type, level, active, created_at, updated_at, row_version) VALUES "
                    + "(1, 'THCS01', 'THCS Một', 'Tân Thuận', 'PUBLIC', 'LOWER_SECONDARY', TRUE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0), "
                    + "(2, 'THCS02', 'THCS Hai', 'Tân Hưng', 'PUBLIC', 'LOWER_SECONDARY', TRUE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0)");
            for (int staff = 1; staff <= 4; staff++) {
                s.execute("INSERT INTO staff (id, code, actor_key, full_name, gender, category, status, school_id, created_at, updated_at, row_version) "
                        + "VALUES (" + staff + ", 'GV" + staff + "', 'k" + staff + "', 'Người " + staff + "', 'FEMALE', 'EMPLOYEE', 'ACTIVE', "
                        + (staff <= 2 ? 1 : 2) + ", CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0)");
                s.execute("INSERT INTO course_attempt (id, registration, staff_id, course_id, course_version, started_at, last_active_at, row_version) "
                        + "VALUES (" + (10 + staff) + ", 'r" + staff + "', " + staff + ", 'law-and-policy', 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0)");
            }
            // staff 1: pre-test 2/5 (40%), first quiz 8/10 (80%)
            quiz(s, 1, 11, 0, true, 2, 5);
            quiz(s, 2, 11, 1, false, 8, 10);
            // staff 2: pre-test 4/5 (80%), no quiz yet; an open (unsubmitted) first quiz does not count
            quiz(s, 3, 12, 0, true, 4, 5);
            quiz(s, 4, 12, 1, false, null, 10);
            // staff 3 (THCS02): pre-test 0/5, first quiz 5/10 (50%), second 10/10 (not counted: the first measures the course)
            quiz(s, 5, 13, 0, true, 0, 5);
            quiz(s, 6, 13, 1, false, 5, 10);
            quiz(s, 7, 13, 2, false, 10, 10);
            // staff 4 (THCS02): a quiz without a pre-test is not in the figures at all
            quiz(s, 8, 14, 1, false, 10, 10);
        }
    }

    static void quiz(Statement s, int id, int attempt, int no, boolean pretest, Integer raw, int max) throws SQLException {
        s.execute("INSERT INTO quiz_attempt (id, public_id, course_attempt_id, attempt_no, course_version, mastery_score, started_at, "
                + "submitted_at, score_raw, score_max, passed, pretest, row_version) VALUES (" + id + ", 'q" + id + "', " + attempt + ", " + no
                + ", 1, 80, CURRENT_TIMESTAMP, " + (raw == null ? "NULL" : "CURRENT_TIMESTAMP") + ", " + raw + ", " + max + ", "
                + (pretest ? "NULL" : "FALSE") + ", " + pretest + ", 0)");
    }

    static List<LearningGain.Gain> run(String sql, boolean perSchool) throws SQLException {
        List<LearningGain.Gain> gains = new ArrayList<>();
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery(sql)) {
            int columns = r.getMetaData().getColumnCount();
            while (r.next()) {
                Object[] row = new Object[columns];
                for (int i = 0; i < columns; i++) {
                    row[i] = r.getObject(i + 1);
                }
                gains.add(perSchool ? LearningGain.gain((String) row[0], (String) row[1], (String) row[2], row, 3)
                        : LearningGain.gain((String) row[0], null, null, row, 1));
            }
        }
        return gains;
    }

    @Test
    void whenThePerCourseGainIsReadThenPretestAndFirstQuizOfTheSameLearnersAreCompared() throws SQLException {
        List<LearningGain.Gain> gains = run(LearningGain.PER_COURSE, false);
        assertEquals(1, gains.size());
        LearningGain.Gain g = gains.get(0);
        assertEquals(3, g.pretested());
        assertEquals(40.0, g.pretestAverage(), 1e-9);     // (40 + 80 + 0) / 3
        assertEquals(2, g.paired());                       // staff 1 and 3
        assertEquals(20.0, g.pairedPretest(), 1e-9);       // (40 + 0) / 2
        assertEquals(65.0, g.firstQuiz(), 1e-9);           // (80 + 50) / 2
        assertEquals(45.0, g.gain(), 1e-9);
    }

    @Test
    void whenThePerSchoolGainIsReadThenEachSchoolHasItsOwnFigures() throws SQLException {
        List<LearningGain.Gain> gains = run(LearningGain.PER_SCHOOL, true);
        assertEquals(List.of("THCS01", "THCS02"), gains.stream().map(LearningGain.Gain::schoolCode).toList());
        LearningGain.Gain first = gains.get(0);
        assertEquals(2, first.pretested());
        assertEquals(1, first.paired());
        assertEquals(40.0, first.pairedPretest(), 1e-9);
        assertEquals(80.0, first.firstQuiz(), 1e-9);
        LearningGain.Gain second = gains.get(1);
        assertEquals(1, second.pretested());
        assertEquals(50.0, second.gain(), 1e-9);
        assertEquals("THCS Hai", second.schoolName());
    }

    @Test
    void whenNoLearnerTookBothThenTheGainIsUnknownNotZero() {
        LearningGain.Gain none = new LearningGain.Gain("x", null, null, 1, 40.0, 0, null, null);
        assertNull(none.gain());
    }
}
