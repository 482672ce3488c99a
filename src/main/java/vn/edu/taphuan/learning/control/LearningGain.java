package vn.edu.taphuan.learning.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;

/**
 * What learners knew before a course and after it, per course and per school: the pre-test average against the
 * first quiz attempt's, over the learners who took both (so the two figures are of the same people), beside how
 * many took the pre-test at all. Aggregated in the database; no learner's score leaves it. Each person's school comes
 * from the view the directory publishes ({@code roster_staff_school}, V82).
 */
@ApplicationScoped
public class LearningGain {
    /** Percent of one attempt, as a double on Derby and PostgreSQL alike. */
    private static final String PERCENT = "CAST(%1$s.score_raw AS DOUBLE PRECISION) * 100 / %1$s.score_max";
    private static final String FROM = " FROM quiz_attempt pre"
            + " JOIN course_attempt ca ON ca.id = pre.course_attempt_id"
            + " JOIN roster_staff_school sc ON sc.staff_id = ca.staff_id"
            + " LEFT JOIN quiz_attempt q1 ON q1.course_attempt_id = ca.id AND q1.pretest = FALSE AND q1.attempt_no = 1"
            + " AND q1.submitted_at IS NOT NULL AND q1.score_max > 0"
            + " WHERE pre.pretest = TRUE AND pre.submitted_at IS NOT NULL AND pre.score_max > 0";
    private static final String FIGURES = "COUNT(*), AVG(" + PERCENT.formatted("pre") + "), COUNT(q1.id),"
            + " AVG(CASE WHEN q1.id IS NOT NULL THEN " + PERCENT.formatted("pre") + " END), AVG(" + PERCENT.formatted("q1") + ")";

    static final String PER_COURSE = "SELECT ca.course_id, " + FIGURES + FROM + " GROUP BY ca.course_id ORDER BY ca.course_id";
    static final String PER_SCHOOL = "SELECT ca.course_id, sc.school_code, sc.school_name, " + FIGURES + FROM
            + " GROUP BY ca.course_id, sc.school_code, sc.school_name ORDER BY ca.course_id, sc.school_code";

    @PersistenceContext
    EntityManager em;

    /**
     * One course (and school) line. Averages are percents, null when no learner is counted.
     *
     * @param pretested       learners who submitted the pre-test
     * @param pretestAverage  their pre-test average
     * @param paired          of them, those who also submitted a first quiz
     * @param pairedPretest   the pre-test average of the paired learners
     * @param firstQuiz       the first-quiz average of the paired learners
     */
    public record Gain(String courseId, String schoolCode, String schoolName, long pretested, Double pretestAverage,
                       long paired, Double pairedPretest, Double firstQuiz) {
        /** First quiz minus pre-test, in percentage points, over the same learners. */
        public Double gain() {
            return pairedPretest == null || firstQuiz == null ? null : firstQuiz - pairedPretest;
        }
    }

    public List<Gain> perCourse() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(PER_COURSE).getResultList();
        return rows.stream().map(r -> gain((String) r[0], null, null, r, 1)).toList();
    }

    public List<Gain> perSchool() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(PER_SCHOOL).getResultList();
        return rows.stream().map(r -> gain((String) r[0], (String) r[1], (String) r[2], r, 3)).toList();
    }

    static Gain gain(String course, String schoolCode, String schoolName, Object[] r, int at) {
        return new Gain(course, schoolCode, schoolName, number(r[at]).longValue(), decimal(r[at + 1]),
                number(r[at + 2]).longValue(), decimal(r[at + 3]), decimal(r[at + 4]));
    }

    private static Number number(Object o) {
        return o == null ? 0 : (Number) o;
    }

    private static Double decimal(Object o) {
        return o == null ? null : ((Number) o).doubleValue();
    }
}
