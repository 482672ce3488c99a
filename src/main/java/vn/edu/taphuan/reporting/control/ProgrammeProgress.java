package vn.edu.taphuan.reporting.control;

import vn.edu.taphuan.platform.DerbyHints;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.edu.taphuan.platform.DatabaseFailure;
import vn.edu.taphuan.reporting.entity.Programme;
import vn.edu.taphuan.reporting.entity.Rules;
import vn.edu.taphuan.xapi.control.CompletionQueries;
import vn.edu.taphuan.xapi.entity.CompletionChanged;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The {@code programme_progress} projection (migration V7): per programme, everyone trained and when they became
 * so — the latest of their first counted completions of each required course, which are kept too
 * ({@code programme_course_progress}, migration V81, {@link CourseProgress}) (from {@link Rules#countsFrom()} to
 * the end of the deadline). "Trained on D" is then
 * {@code trained_at} before the end of D ({@link ReportQueries#windowEnd}), so district figures count these rows
 * instead of re-deriving them from every completion (docs/reporting.md, docs/performance.md).
 * <p>
 * Kept exact in two ways: each completion change of a person recomputes that person's row for the programmes that
 * require the course, in the change's transaction ({@link CompletionChanged}); a programme whose courses or period
 * change is rebuilt whole, in the transaction that saves it; so is one whose completions-valid-from day changes, since
 * that moves the window as a period change does ({@link Programmes#update}).
 */
@ApplicationScoped
public class ProgrammeProgress {

    @PersistenceContext
    EntityManager em;

    @Inject
    ZoneId zone;

    void onCompletionChanged(@Observes CompletionChanged change) {
        try {
            for (Rules rules : requiring(change.connection(), change.courseId())) {
                refresh(change.connection(), rules, zone, change.staffId());
            }
        } catch (SQLException e) {
            // typed: this runs inside a statement store, which is retried on contention (platform.Retry)
            throw DatabaseFailure.of("Updating programme progress", e);
        }
    }

    /** Rebuilds a saved programme's rows in the caller's transaction (after its courses or period changed). */
    public void rebuild(Programme programme) {
        em.flush();
        try {
            rebuild(em.unwrap(Connection.class), programme.rules(), zone);
        } catch (SQLException e) {
            throw new IllegalStateException("Rebuilding programme progress failed: " + e.getMessage(), e);
        }
    }

    /**
     * Programmes without any row yet in either table (created before migration V7 or V81, or nobody trained yet):
     * rebuilt at start-up.
     */
    public List<Long> unbuilt() {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("SELECT p.id FROM programme p WHERE NOT EXISTS "
                + "(SELECT 1 FROM programme_progress pp WHERE pp.programme_id = p.id) OR NOT EXISTS "
                + "(SELECT 1 FROM programme_course_progress pc WHERE pc.programme_id = p.id)").getResultList();
        return ids.stream().map(Number::longValue).toList();
    }

    /**
     * Every person's rows for the programme: their first counted completion of each course, from the completion table
     * in one grouped statement, then who is trained, from those rows.
     */
    public static void rebuild(Connection c, Rules rules, ZoneId zone) throws SQLException {
        for (String table : List.of("programme_progress", "programme_course_progress")) {
            try (PreparedStatement p = c.prepareStatement("DELETE FROM " + table + " WHERE programme_id = ?")) {
                p.setLong(1, rules.id());
                p.executeUpdate();
            }
        }
        if (rules.courseIds().isEmpty()) {
            return;
        }
        try (PreparedStatement p = c.prepareStatement("INSERT INTO programme_course_progress (programme_id, staff_id, course_id, first_at) "
                + "SELECT CAST(? AS BIGINT), d.staff_id, d.course_id, d.first_at FROM (" + CompletionQueries.firstCompletions(rules.courseIds().size(), false)
                + ") d")) {
            p.setLong(1, rules.id());
            bindWindow(p, 2, rules, zone);
            p.executeUpdate();
        }
        try (PreparedStatement p = c.prepareStatement("INSERT INTO programme_progress (programme_id, staff_id, trained_at) "
                + "SELECT programme_id, staff_id, MAX(first_at) FROM programme_course_progress WHERE programme_id = ? "
                + "GROUP BY programme_id, staff_id HAVING COUNT(*) = ?")) {
            p.setLong(1, rules.id());
            p.setInt(2, rules.courseIds().size());
            p.executeUpdate();
        }
    }

    /**
     * One person's row for the programme, recomputed from their completions. Reads first and writes only what
     * changed (usually nothing, or one insert when the person has just become trained), each write by primary key:
     * on Derby a delete or insert-select may scan a small young table and then wait for other learners' uncommitted
     * rows, and the person's completions are read through their own index for the same reason.
     */
    static void refresh(Connection c, Rules rules, ZoneId zone, long staffId) throws SQLException {
        Map<String, Timestamp> firsts = rules.courseIds().isEmpty() ? Map.of() : firstCompletions(c, rules, zone, staffId);
        CourseProgress.store(c, rules.id(), staffId, firsts);
        Timestamp now = firsts.size() == rules.courseIds().size() && !firsts.isEmpty()
                ? firsts.values().stream().max(Timestamp::compareTo).orElseThrow() : null;
        Timestamp stored = null;
        try (PreparedStatement p = c.prepareStatement("SELECT trained_at FROM programme_progress" + DerbyHints.constraint("PROGRAMME_PROGRESS_PK")
                + " WHERE programme_id = ? AND staff_id = ?")) {
            p.setLong(1, rules.id());
            p.setLong(2, staffId);
            try (ResultSet rs = p.executeQuery()) {
                if (rs.next()) {
                    stored = rs.getTimestamp(1);
                }
            }
        }
        if (Objects.equals(now, stored)) {
            return;
        }
        String sql = stored == null ? "INSERT INTO programme_progress (trained_at, programme_id, staff_id) VALUES (?, ?, ?)"
                : now == null ? "DELETE FROM programme_progress WHERE programme_id = ? AND staff_id = ?"
                : "UPDATE programme_progress SET trained_at = ? WHERE programme_id = ? AND staff_id = ?";
        try (PreparedStatement p = c.prepareStatement(sql)) {
            int i = 1;
            if (now != null) {
                p.setTimestamp(i++, now);
            }
            p.setLong(i++, rules.id());
            p.setLong(i, staffId);
            p.executeUpdate();
        }
    }

    /** The person's first counted completion of each required course they have done: course → when. */
    private static Map<String, Timestamp> firstCompletions(Connection c, Rules rules, ZoneId zone, long staffId) throws SQLException {
        Map<String, Timestamp> firsts = new HashMap<>();
        try (PreparedStatement p = c.prepareStatement("SELECT d.course_id, d.first_at FROM ("
                + CompletionQueries.firstCompletions(rules.courseIds().size(), true) + ") d")) {
            int i = bindWindow(p, 1, rules, zone);
            p.setLong(i, staffId);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    firsts.put(rs.getString(1), rs.getTimestamp(2));
                }
            }
        }
        return firsts;
    }

    /** Binds the courses and the period's bounds (UTC) from parameter {@code i}; returns the next index. */
    private static int bindWindow(PreparedStatement p, int i, Rules rules, ZoneId zone) throws SQLException {
        for (String course : rules.courseIds()) {
            p.setString(i++, course);
        }
        // from the first day completions count (the period start unless the programme accepts earlier training, or
        // asks for newer) to the deadline, in the report's local days: trained_at is then compared with each as-of date
        p.setTimestamp(i++, ReportScope.utc(rules.countsFrom(), zone));
        p.setTimestamp(i++, ReportScope.utc(rules.deadline().plusDays(1), zone));
        return i;
    }

    /** The rules of every programme that requires the course, read on the transaction's connection. */
    private static List<Rules> requiring(Connection c, String courseId) throws SQLException {
        // one query on the completion's path: each programme requiring the course, with all its courses
        Map<Long, Rules> result = new LinkedHashMap<>();
        try (PreparedStatement p = c.prepareStatement("SELECT p.id, p.period_start, p.deadline, p.completions_valid_from, pc.course_id FROM programme p "
                + "JOIN programme_course pc ON pc.programme_id = p.id WHERE EXISTS "
                + "(SELECT 1 FROM programme_course r WHERE r.programme_id = p.id AND r.course_id = ?) ORDER BY p.id, pc.position")) {
            p.setString(1, courseId);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    Rules rules = result.get(rs.getLong(1));
                    if (rules == null) {
                        java.sql.Date validFrom = rs.getDate(4);
                        rules = new Rules(rs.getLong(1), null, rs.getDate(2).toLocalDate(), rs.getDate(3).toLocalDate(), null,
                                new ArrayList<>(), null, validFrom == null ? null : validFrom.toLocalDate());
                        result.put(rules.id(), rules);
                    }
                    rules.courseIds().add(rs.getString(5));
                }
            }
        }
        return List.copyOf(result.values());
    }
}
