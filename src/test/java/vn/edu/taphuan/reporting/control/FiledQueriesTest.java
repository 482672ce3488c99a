package vn.edu.taphuan.reporting.control;

import org.junit.jupiter.api.Test;
import vn.edu.taphuan.reporting.entity.DistrictReport;
import vn.edu.taphuan.reporting.entity.FiledChanges;
import vn.edu.taphuan.reporting.entity.FiledChanges.Kind;
import vn.edu.taphuan.reporting.entity.Filter;
import vn.edu.taphuan.reporting.entity.SchoolRow;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.edu.taphuan.reporting.control.RosterFixture.day;

/**
 * Freezing the people a report counts and finding, after roster and training changes, exactly those counted
 * differently — so that the filed figures plus the changes are the live report's figures for the same day
 * (the hand-built roster of {@link ReportsTest}, as of 2024-06-30: S1 9 in scope, 4 trained; S2 10, 7).
 */
class FiledQueriesTest extends OnScenario {

    long file(DistrictReport r) throws SQLException {
        try (Statement s = db.createStatement()) {
            s.executeUpdate("INSERT INTO programme (name, period_start, deadline, target_percent, issuing_unit, place, created_at, updated_at, row_version) "
                    + "VALUES ('Thử 2024', DATE('2024-01-01'), DATE('2024-12-31'), 70, 'PHÒNG', 'Phường', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 1)");
            s.executeUpdate("INSERT INTO filed_report (programme_id, unit, number, document_number, filed_on, filed_at, filed_by, as_of, counts_until, "
                    + "target_percent, in_scope, trained) VALUES (1, '*', 1, '01/BC', DATE('2025-01-05'), CURRENT_TIMESTAMP, 'admin', DATE('2024-06-30'), "
                    + "DATE('2024-06-30'), 70, 19, 11)", Statement.RETURN_GENERATED_KEYS);
            try (ResultSet rs = s.getGeneratedKeys()) {
                rs.next();
                long id = rs.getLong(1);
                FiledRecords.writeSchools(db, id, r.schools());
                return id;
            }
        }
    }

    FiledQueries queries() {
        return new FiledQueries(db, ReportsTest.RULES, day("2024-06-30"), RosterFixture.ZONE);
    }

    @Test
    void whenFiledThenThePeopleFrozenAddUpToEachSchoolsLine() throws Exception {
        long id = file(roster.reports(ReportsTest.PROGRAMME, ReportsTest.RULES, "2024-06-30").district(Filter.NONE));
        assertEquals(19, queries().freezePeople(id, null), "S1 9 + S2 10; nobody of S3 or the closed S4");
        Map<Long, long[]> counted = queries().frozenCounts(id);
        assertArrayEquals(new long[]{9, 4}, counted.get(roster.schoolId("S1")));
        assertArrayEquals(new long[]{10, 7}, counted.get(roster.schoolId("S2")));
        assertEquals(List.of(), queries().differences(id, null), "nothing changed yet");
    }

    @Test
    void whenTheRosterAndTrainingChangeAfterFilingThenTheDifferencesMakeUpTheLiveReport() throws Exception {
        long id = file(roster.reports(ReportsTest.PROGRAMME, ReportsTest.RULES, "2024-06-30").district(Filter.NONE));
        queries().freezePeople(id, null);

        roster.person("n1", "S1", "EMPLOYEE", "FEMALE", "ACTIVE", null, null);          // imported later without a start date: counts
        roster.person("n2", "S1", "EMPLOYEE", "MALE", "ACTIVE", "2025-09-01", null);    // hired after the day: does not
        update("UPDATE staff SET category = 'OTHER' WHERE code = 'p7'");                   // moved out of the counted categories
        update("UPDATE staff SET school_id = " + roster.schoolId("S1") + " WHERE code = 'q1'"); // trained, moved S2 → S1
        update("DELETE FROM completion WHERE staff_id = " + roster.staffId("p1") + " AND course_id = '" + ReportsTest.B + "'"); // voided
        DistrictReport live = roster.reports(ReportsTest.PROGRAMME, ReportsTest.RULES, "2024-06-30").district(Filter.NONE);

        List<FiledChanges.School> changes = FiledDiff.changes(queries().differences(id, null), FiledRecords.schools(db, id), ReportsTest.RULES.targetPercent());
        Map<String, SchoolRow> now = live.schools().stream().collect(Collectors.toMap(SchoolRow::code, s -> s));
        assertEquals(List.of("S1", "S2"), changes.stream().map(FiledChanges.School::code).toList());
        for (FiledChanges.School s : changes) {
            assertEquals(now.get(s.code()).inScope() + "/" + now.get(s.code()).trained() + "/" + now.get(s.code()).percent(),
                    s.inScopeNow() + "/" + s.trainedNow() + "/" + s.percentNow(), s.code());
        }
        assertEquals("9/4 → 10/4", line(changes.get(0)));
        assertEquals(Map.of("n1", Kind.CAME_INTO_SCOPE, "q1", Kind.CAME_INTO_SCOPE, "p7", Kind.LEFT_SCOPE, "p1", Kind.TRAINING_VOIDED),
                changes.get(0).people().stream().collect(Collectors.toMap(FiledChanges.Person::code, FiledChanges.Person::kind)));
        assertEquals("10/7 → 9/6", line(changes.get(1)));
        assertEquals(Map.of("q1", Kind.LEFT_SCOPE), changes.get(1).people().stream()
                .collect(Collectors.toMap(FiledChanges.Person::code, FiledChanges.Person::kind)));
    }

    @Test
    void whenOneSchoolsReportIsFiledThenOnlyItsPeopleAreFrozenAndCompared() throws Exception {
        long id = file(roster.reports(ReportsTest.PROGRAMME, ReportsTest.RULES, "2024-06-30").district(Filter.NONE));
        assertEquals(9, queries().freezePeople(id, roster.schoolId("S1")));
        roster.person("n1", "S2", "EMPLOYEE", "FEMALE", "ACTIVE", null, null);
        assertEquals(List.of(), queries().differences(id, roster.schoolId("S1")), "a change at S2 is not S1's");
    }

    static String line(FiledChanges.School s) {
        return s.inScopeThen() + "/" + s.trainedThen() + " → " + s.inScopeNow() + "/" + s.trainedNow();
    }

    void update(String sql) throws SQLException {
        try (PreparedStatement p = db.prepareStatement(sql)) {
            p.executeUpdate();
        }
    }
}
