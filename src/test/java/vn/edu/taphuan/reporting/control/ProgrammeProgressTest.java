package vn.edu.taphuan.reporting.control;

import org.junit.jupiter.api.Test;
import vn.edu.taphuan.reporting.entity.Rules;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static vn.edu.taphuan.reporting.control.ReportsTest.RULES;

/** The programme progress projection on the hand-built roster of {@link ReportsTest}: whole and person by person. */
class ProgrammeProgressTest extends OnScenario {

    @Test
    void whenRebuiltThenEachTrainedPersonHasTheMomentOfTheirLastFirstCompletion() throws Exception {
        ProgrammeProgress.rebuild(db, RULES, RosterFixture.ZONE);
        Map<String, LocalDateTime> rows = rows();
        // B at 2024-06-30 23:30 in Vietnam is 16:30 UTC: that is when p13 became trained
        assertEquals(LocalDateTime.parse("2024-06-30T16:30"), rows.get("p13"));
        // p2 finished B on 2024-07-01 00:30 local: trained then (the as-of date decides whether it counts)
        assertEquals(LocalDateTime.parse("2024-06-30T17:30"), rows.get("p2"));
        // p11's only B was voided, p8's B was before the period, p5/p7 have nothing: no row
        for (String untrained : List.of("p5", "p7", "p8", "p11", "q8", "q9", "q10")) {
            assertFalse(rows.containsKey(untrained), untrained + " is not trained");
        }
        // S1: p1 p2 p3 p4 p6 p9 p10 p12 p13 p14; S2: q1–q7; S3: r1 r2; the closed S4: x1
        assertEquals(10 + 7 + 2 + 1, rows.size(), "everyone with both courses in the period, in scope or not: " + rows.keySet());
    }

    @Test
    void whenEveryPersonIsRefreshedOneByOneThenTheRowsEqualTheRebuild() throws Exception {
        ProgrammeProgress.rebuild(db, RULES, RosterFixture.ZONE);
        Map<String, LocalDateTime> whole = rows();
        try (Statement s = db.createStatement()) {
            s.executeUpdate("DELETE FROM programme_progress");
        }
        for (String code : codes()) {
            ProgrammeProgress.refresh(db, RULES, RosterFixture.ZONE, roster.staffId(code));
        }
        assertEquals(whole, rows());
    }

    @Test
    void whenCompletionsCountFromBeforeThePeriodThenRebuildAndRefreshAgreeOnWhoIsTrained() throws Exception {
        var rules = ReportsTest.validFrom("2023-12-01");
        ProgrammeProgress.rebuild(db, rules, RosterFixture.ZONE);
        Map<String, LocalDateTime> whole = rows();
        // p8: A on 2024-03-03 08:00 local is the later of the two first completions (B on 2023-12-20 now counts)
        assertEquals(LocalDateTime.parse("2024-03-03T01:00"), whole.get("p8"));
        refreshEveryoneFromEmpty(rules, "programme_progress");
        assertEquals(whole, rows());
    }

    @Test
    void whenACompletionIsRevokedThenTheRefreshTakesThePersonOut() throws Exception {
        String b = roster.completed("q8", ReportsTest.A, "2024-02-02T08:00", 1);
        roster.completed("q8", ReportsTest.B, "2024-02-03T08:00", 1);
        ProgrammeProgress.refresh(db, RULES, RosterFixture.ZONE, roster.staffId("q8"));
        assertEquals(LocalDateTime.parse("2024-02-03T01:00"), rows().get("q8"));

        roster.voided(b);
        ProgrammeProgress.refresh(db, RULES, RosterFixture.ZONE, roster.staffId("q8"));
        assertFalse(rows().containsKey("q8"));
    }

    @Test
    void whenEveryPersonIsRefreshedOneByOneThenTheCourseRowsEqualTheRebuild() throws Exception {
        var rules = ReportsTest.validFrom("2023-12-01");
        ProgrammeProgress.rebuild(db, rules, RosterFixture.ZONE);
        Map<String, LocalDateTime> whole = courseRows();
        // p8: B on 2023-12-20 counts from 2023-12-01; p11's voided B never does
        assertEquals(LocalDateTime.parse("2024-03-03T01:00"), whole.get("p8 " + ReportsTest.A));
        assertFalse(whole.containsKey("p11 " + ReportsTest.B));
        refreshEveryoneFromEmpty(rules, "programme_course_progress", "programme_progress");
        assertEquals(whole, courseRows());
    }

    @Test
    void whenACompletionIsVoidedOrRetakenThenOnlyThatCourseRowChanges() throws Exception {
        String first = roster.completed("q8", ReportsTest.A, "2024-02-02T08:00", 1);
        roster.completed("q8", ReportsTest.A, "2024-03-02T08:00", 2);
        ProgrammeProgress.refresh(db, RULES, RosterFixture.ZONE, roster.staffId("q8"));
        assertEquals(LocalDateTime.parse("2024-02-02T01:00"), courseRows().get("q8 " + ReportsTest.A));

        roster.voided(first);
        ProgrammeProgress.refresh(db, RULES, RosterFixture.ZONE, roster.staffId("q8"));
        assertEquals(LocalDateTime.parse("2024-03-02T01:00"), courseRows().get("q8 " + ReportsTest.A), "the retake is now the first");
        ProgrammeProgress.rebuild(db, RULES, RosterFixture.ZONE);
        assertEquals(LocalDateTime.parse("2024-03-02T01:00"), courseRows().get("q8 " + ReportsTest.A), "the rebuild agrees");
    }

    private List<String> codes() throws SQLException {
        List<String> codes = new java.util.ArrayList<>();
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("SELECT code FROM staff ORDER BY code")) {
            while (rs.next()) {
                codes.add(rs.getString(1));
            }
        }
        return codes;
    }

    /** "staff code course" → first_at (UTC) of the test programme's course progress rows. */
    private Map<String, LocalDateTime> courseRows() throws SQLException {
        Map<String, LocalDateTime> rows = new TreeMap<>();
        try (PreparedStatement p = db.prepareStatement("SELECT s.code, pc.course_id, pc.first_at FROM programme_course_progress pc "
                + "JOIN staff s ON s.id = pc.staff_id WHERE pc.programme_id = ?")) {
            p.setLong(1, RULES.id());
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    rows.put(rs.getString(1) + " " + rs.getString(2), rs.getTimestamp(3).toLocalDateTime());
                }
            }
        }
        return rows;
    }

    /** Staff code → trained_at (UTC) of the test programme. */
    private Map<String, LocalDateTime> rows() throws SQLException {
        Map<String, LocalDateTime> rows = new TreeMap<>();
        try (PreparedStatement p = db.prepareStatement("SELECT s.code, pp.trained_at FROM programme_progress pp "
                + "JOIN staff s ON s.id = pp.staff_id WHERE pp.programme_id = ?")) {
            p.setLong(1, RULES.id());
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    rows.put(rs.getString(1), rs.getTimestamp(2).toLocalDateTime());
                }
            }
        }
        return rows;
    }

    /** Empties the projection tables, then refreshes every person one by one, as the completion path does. */
    private void refreshEveryoneFromEmpty(Rules rules, String... tables) throws Exception {
        try (Statement s = db.createStatement()) {
            for (String table : tables) {
                s.executeUpdate("DELETE FROM " + table);
            }
        }
        for (String code : codes()) {
            ProgrammeProgress.refresh(db, rules, RosterFixture.ZONE, roster.staffId(code));
        }
    }
}
