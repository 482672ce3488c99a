package vn.edu.taphuan.reporting.control;

import org.junit.jupiter.api.Test;
import vn.edu.taphuan.directory.entity.SchoolType;
import vn.edu.taphuan.directory.entity.StaffCategory;
import vn.edu.taphuan.reporting.entity.DistrictReport;
import vn.edu.taphuan.reporting.entity.Filter;
import vn.edu.taphuan.reporting.entity.Matrix;
import vn.edu.taphuan.reporting.entity.ProgrammeView;
import vn.edu.taphuan.reporting.entity.Rules;
import vn.edu.taphuan.reporting.entity.SchoolReport;
import vn.edu.taphuan.reporting.entity.SchoolRow;
import vn.edu.taphuan.reporting.entity.StaffLine;
import vn.edu.taphuan.reporting.entity.Totals;
import vn.edu.taphuan.reporting.entity.Trend;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static vn.edu.taphuan.reporting.control.RosterFixture.day;

/**
 * The report's semantics (docs/reporting.md) on a hand-built roster, against figures worked out by hand.
 * Programme: 2024-01-01 .. 2024-12-31, courses A and B, target 70%, managers and employees.
 */
class ReportsTest extends OnScenario {
    static final String A = "law-and-policy";
    static final String B = "harm-reduction-hiv";
    static final Rules RULES = new Rules(1L, "Thử 2024", day("2024-01-01"), day("2024-12-31"), new BigDecimal("70"), List.of(A, B),
            EnumSet.of(StaffCategory.MANAGER, StaffCategory.EMPLOYEE), null);
    static final ProgrammeView PROGRAMME = new ProgrammeView(1L, RULES.name(), RULES.periodStart(), RULES.deadline(), RULES.targetPercent(),
            RULES.courseIds(), List.of(new ProgrammeView.Course(A, "Pháp luật"), new ProgrammeView.Course(B, "Giảm hại")),
            RULES.categories(), null, 0, null, RULES.periodStart());


    /**
     * S1 (W1, public) — every edge case at one school:
     * <pre>
     * p1  manager  F active           A, B                 trained
     * p2  employee M active           A; B at 2024-07-01 00:30 local (= 06-30 17:30 UTC): not yet on 06-30
     * p3  employee F on leave         A, B                 trained (on leave still counts)
     * p4  other    F active           A, B                 not counted (category)
     * p5  employee F start 2024-07-15 —                    in scope only from 07-15
     * p6  employee M left 2024-05-01  A, B                 gone before 06-30
     * p7  employee F left 2024-09-01  —                    in scope on 06-30, gone on 12-31
     * p8  employee F active           A; B on 2023-12-20   B before the period: not trained
     * p9  employee M active           A; B on 2024-07-10   trained on 12-31, not on 06-30
     * p10 employee F active           A v1, B v2           trained (any version counts)
     * p11 employee F active           A, A again; B voided not trained
     * p12 manager  M left, no date    A, B                 never in scope
     * p13 employee F active           A; B at 2024-06-30 23:30 local  trained on 06-30 (local day)
     * p14 employee M active, end 2024-06-30               the end date is the first day off: gone on 06-30
     * </pre>
     * On 2024-06-30: in scope p1 p2 p3 p7 p8 p9 p10 p11 p13 = 9 (1 manager, 8 employees, 7 women);
     * trained p1 p3 p10 p13 = 4 → 44,4%, needs ⌈6,3⌉ − 4 = 3.
     * S2 (W2, non-public): 10 employees, 7 trained → exactly 70,0%, meets, needs 0.
     * S3 (W1, public): only "other" staff and someone who left → nobody in scope.
     * S4: closed school → not in reports.
     */
    static RosterFixture scenario(RosterFixture roster) throws Exception {
        roster.school("S1", "W1", "PUBLIC", true).school("S2", "W2", "NON_PUBLIC", true)
                .school("S3", "W1", "PUBLIC", true).school("S4", "W2", "PUBLIC", false);
        roster.active("p1", "S1", "MANAGER", "FEMALE").trained("p1");
        roster.active("p2", "S1", "EMPLOYEE", "MALE").completed("p2", A, "2024-02-01T10:00").completed("p2", B, "2024-07-01T00:30");
        roster.person("p3", "S1", "EMPLOYEE", "FEMALE", "ON_LEAVE", "2010-01-01", null).trained("p3");
        roster.active("p4", "S1", "OTHER", "FEMALE").trained("p4");
        roster.person("p5", "S1", "EMPLOYEE", "FEMALE", "ACTIVE", "2024-07-15", null);
        roster.person("p6", "S1", "EMPLOYEE", "MALE", "LEFT", "2010-01-01", "2024-05-01").trained("p6");
        roster.person("p7", "S1", "EMPLOYEE", "FEMALE", "LEFT", "2010-01-01", "2024-09-01");
        roster.active("p8", "S1", "EMPLOYEE", "FEMALE").completed("p8", A, "2024-03-03T08:00").completed("p8", B, "2023-12-20T08:00");
        roster.active("p9", "S1", "EMPLOYEE", "MALE").completed("p9", A, "2024-03-03T08:00").completed("p9", B, "2024-07-10T08:00");
        roster.active("p10", "S1", "EMPLOYEE", "FEMALE");
        roster.completed("p10", A, "2024-03-03T08:00", 1);
        roster.completed("p10", B, "2024-05-05T08:00", 2);
        roster.active("p11", "S1", "EMPLOYEE", "FEMALE").completed("p11", A, "2024-03-03T08:00").completed("p11", A, "2024-04-03T08:00");
        roster.voided(roster.completed("p11", B, "2024-05-05T08:00", 1));
        roster.person("p12", "S1", "MANAGER", "MALE", "LEFT", "2010-01-01", null).trained("p12");
        roster.active("p13", "S1", "EMPLOYEE", "FEMALE").completed("p13", A, "2024-03-03T08:00").completed("p13", B, "2024-06-30T23:30");
        roster.person("p14", "S1", "EMPLOYEE", "MALE", "ACTIVE", "2010-01-01", "2024-06-30").trained("p14");
        for (int i = 1; i <= 10; i++) {
            roster.active("q" + i, "S2", "EMPLOYEE", i % 2 == 0 ? "MALE" : "FEMALE");
            if (i <= 7) {
                roster.trained("q" + i);
            }
        }
        roster.active("r1", "S3", "OTHER", "FEMALE").trained("r1");
        roster.person("r2", "S3", "EMPLOYEE", "MALE", "LEFT", "2010-01-01", "2024-02-01").trained("r2");
        roster.active("x1", "S4", "EMPLOYEE", "FEMALE").trained("x1");
        return roster;
    }

    Reports on(String asOf) throws SQLException {
        return roster.reports(PROGRAMME, RULES, asOf);
    }

    static Map<String, SchoolRow> byCode(DistrictReport r) {
        return r.schools().stream().collect(Collectors.toMap(SchoolRow::code, s -> s));
    }

    @Test
    void whenEveryEdgeCaseMeetsOnOneDayThenTheFiguresAreTheHandWorkedOnes() throws Exception {
        DistrictReport r = on("2024-06-30").district(Filter.NONE);
        SchoolRow s1 = byCode(r).get("S1");
        assertEquals(9, s1.inScope());
        assertEquals(1, s1.managers());
        assertEquals(8, s1.employees());
        assertEquals(7, s1.women());
        assertEquals(4, s1.trained());
        assertEquals(new BigDecimal("44.4"), s1.percent());
        assertEquals(false, s1.meetsTarget());
        assertEquals(3L, s1.stillNeeded());
        assertEquals(184, r.daysToDeadline());
        assertEquals(day("2024-06-30"), r.countsUntil());
    }

    @Test
    void whenASchoolIsExactlyAtTheTargetThenItMeetsItAndNeedsNobody() throws Exception {
        SchoolRow s2 = byCode(on("2024-06-30").district(Filter.NONE)).get("S2");
        assertEquals(10, s2.inScope());
        assertEquals(7, s2.trained());
        assertEquals(new BigDecimal("70.0"), s2.percent());
        assertEquals(true, s2.meetsTarget());
        assertEquals(0L, s2.stillNeeded());
        assertEquals(5, s2.women());
    }

    @Test
    void whenNobodyIsInScopeThenThereIsNoPercentNoVerdictAndTheSchoolIsListedLast() throws Exception {
        DistrictReport r = on("2024-06-30").district(Filter.NONE);
        SchoolRow s3 = r.schools().get(r.schools().size() - 1);
        assertEquals("S3", s3.code());
        assertEquals(0, s3.inScope());
        assertNull(s3.percent());
        assertNull(s3.meetsTarget());
        assertNull(s3.stillNeeded());
        assertNull(s3.rank());
        assertEquals(List.of("S2", "S1", "S3"), r.schools().stream().map(SchoolRow::code).toList(), "closed S4 left out, best first");
        assertEquals(1, r.schools().get(0).rank());
        assertEquals(2, r.schools().get(1).rank());
    }

    @Test
    void whenTotalledThenTheDistrictPercentIsPooledNotAveraged() throws Exception {
        Totals t = on("2024-06-30").district(Filter.NONE).totals();
        assertEquals(19, t.inScope());
        assertEquals(11, t.trained());
        assertEquals(new BigDecimal("57.9"), t.percent(), "11/19 = 57.89…% rounded half-up");
        assertEquals(3L, t.stillNeeded(), "⌈0.7 × 19⌉ = 14, minus 11");
        assertEquals(3, t.schools());
        assertEquals(1, t.schoolsMeetingTarget());
        assertEquals(1, t.schoolsWithNoOneInScope());
        assertEquals(2, t.schoolsWithSomeoneInScope(), "S3 has nobody in scope: 1 of 2 schools meets the target, not 1 of 3");
        assertEquals(1, t.managers());
        assertEquals(18, t.employees());
        assertEquals(12, t.women());
    }

    @Test
    void whenTheYearEndsThenJoinersLeaversAndLateCompletionsMoveTheFigures() throws Exception {
        SchoolRow s1 = byCode(on("2024-12-31").district(Filter.NONE)).get("S1");
        // p5 joined, p7 left; p2 and p9 finished B in July
        assertEquals(9, s1.inScope());
        assertEquals(6, s1.trained());
        assertEquals(new BigDecimal("66.7"), s1.percent(), "6/9 = 66.66…% rounded half-up (below the target either way)");
        assertEquals(1L, s1.stillNeeded());
    }

    @Test
    void whenTheDayEndsInVietnamThenTheCompletionCountsOnThatLocalDay() throws Exception {
        // p2's B at 00:30 on 1 July local time is 30 June in UTC: it counts from 1 July, not on 30 June
        assertEquals(4, byCode(on("2024-06-30").district(Filter.NONE)).get("S1").trained());
        assertEquals(5, byCode(on("2024-07-01").district(Filter.NONE)).get("S1").trained());
    }

    @Test
    void whenAsOfIsAfterTheDeadlineThenLaterCompletionsDoNotCount() throws Exception {
        roster.completed("p5", A, "2025-01-05T08:00").completed("p5", B, "2025-01-06T08:00");
        DistrictReport r = on("2025-03-05").district(Filter.NONE);
        assertEquals(6, byCode(r).get("S1").trained());
        assertEquals(day("2024-12-31"), r.countsUntil());
        assertEquals(-64, r.daysToDeadline());
    }

    @Test
    void whenAsOfIsBeforeThePeriodThenNobodyIsTrained() throws Exception {
        DistrictReport r = on("2023-12-31").district(Filter.NONE);
        assertEquals(0, r.totals().trained());
        assertEquals(new BigDecimal("0.0"), byCode(r).get("S1").percent());
    }

    @Test
    void whenAStatementIsVoidedThenItsCompletionNoLongerCounts() throws Exception {
        String extra = roster.completed("p8", B, "2024-05-05T08:00", 1);
        assertEquals(5, byCode(on("2024-06-30").district(Filter.NONE)).get("S1").trained());
        roster.voided(extra);
        assertEquals(4, byCode(on("2024-06-30").district(Filter.NONE)).get("S1").trained());
    }

    /** The programme with completions counting from {@code day} instead of the period start (issue 13). */
    static Rules validFrom(String day) {
        return new Rules(RULES.id(), RULES.name(), RULES.periodStart(), RULES.deadline(), RULES.targetPercent(), RULES.courseIds(),
                RULES.categories(), day(day));
    }

    @Test
    void whenCompletionsCountFromBeforeThePeriodThenEarlierTrainingCountsAndALaterDayAsksForNewTraining() throws Exception {
        assertEquals(4, byCode(on("2024-06-30").district(Filter.NONE)).get("S1").trained());
        // p8's B of 2023-12-20 counts once the district accepts training from 2023-12-01
        Reports earlier = roster.reports(PROGRAMME, validFrom("2023-12-01"), "2024-06-30");
        assertEquals(5, byCode(earlier.district(Filter.NONE)).get("S1").trained());
        assertFalse(earlier.school(roster.schoolId("S1")).untrained().stream().anyMatch(u -> u.code().equals("p8")));
        // from 2024-03-04 on, p8's A of 03-03 is too old as well: new training asked for both
        Reports later = roster.reports(PROGRAMME, validFrom("2024-03-04"), "2024-06-30");
        Map<String, List<String>> lacking = later.school(roster.schoolId("S1")).untrained().stream()
                .collect(Collectors.toMap(SchoolReport.Untrained::code, SchoolReport.Untrained::lacking));
        assertEquals(List.of(A, B), lacking.get("p8"));
    }

    @Test
    void whenFilteredThenOnlyTheChosenSchoolsAndCategoriesCount() throws Exception {
        DistrictReport ward = on("2024-06-30").district(new Filter("W1", null, null));
        assertEquals(List.of("S1", "S3"), ward.schools().stream().map(SchoolRow::code).toList());
        assertEquals(9, ward.totals().inScope());
        DistrictReport nonPublic = on("2024-06-30").district(new Filter(null, SchoolType.NON_PUBLIC, null));
        assertEquals(List.of("S2"), nonPublic.schools().stream().map(SchoolRow::code).toList());
        DistrictReport managers = on("2024-06-30").district(new Filter(null, null, StaffCategory.MANAGER));
        assertEquals(1, managers.totals().inScope());
        assertEquals(1, managers.totals().trained());
        assertNull(byCode(managers).get("S2").percent(), "S2 has no managers: nobody in scope");
        DistrictReport others = on("2024-06-30").district(new Filter(null, null, StaffCategory.OTHER));
        assertEquals(0, others.totals().inScope(), "the programme does not count 'other' staff");
    }

    @Test
    void whenASchoolIsOpenedThenItSplitsByCategoryAndGenderAndNamesWhatEachStillLacks() throws Exception {
        SchoolReport r = on("2024-06-30").school(roster.schoolId("S1"));
        assertEquals(9, r.school().inScope());
        assertEquals(List.of("MANAGER:1:1", "EMPLOYEE:8:3"), r.byCategory().stream().map(s -> s.key() + ":" + s.inScope() + ":" + s.trained()).toList());
        assertEquals(List.of("FEMALE:7:4", "MALE:2:0"), r.byGender().stream().map(s -> s.key() + ":" + s.inScope() + ":" + s.trained()).toList());
        assertEquals(new BigDecimal("37.5"), r.byCategory().get(1).percent());
        Map<String, List<String>> lacking = r.untrained().stream().collect(Collectors.toMap(SchoolReport.Untrained::code, SchoolReport.Untrained::lacking));
        assertEquals(Map.of("p2", List.of(B), "p7", List.of(A, B), "p8", List.of(B), "p9", List.of(B), "p11", List.of(B)), lacking);
        assertEquals(List.of("A:8", "B:4"), r.courses().stream().map(c -> (c.id().equals(A) ? "A" : "B") + ":" + c.completed()).toList());
        assertEquals(new BigDecimal("88.9"), r.courses().get(0).percent());
    }

    @Test
    void whenPeopleAreListedThenTheyAreInVietnameseAlphabeticalOrder() throws Exception {
        Map<String, String> names = Map.of("p2", "Huỳnh Văn Hai", "p7", "Hồ Thị Bảy", "p8", "Đặng Thị Tám", "p9", "Dương Văn Chín", "p11", "Ê Thị Mười",
                "p1", "Ân Thị Một", "p3", "An Thị Ba", "p10", "Bùi Thị Mười", "p13", "Zô Thị Mười Ba");
        for (Map.Entry<String, String> e : names.entrySet()) {
            try (var p = db.prepareStatement("UPDATE staff SET full_name = ? WHERE code = ?")) {
                p.setString(1, e.getValue());
                p.setString(2, e.getKey());
                p.executeUpdate();
            }
        }
        Reports reports = on("2024-06-30");
        long s1 = roster.schoolId("S1");
        assertEquals(List.of("Dương Văn Chín", "Đặng Thị Tám", "Ê Thị Mười", "Hồ Thị Bảy", "Huỳnh Văn Hai"),
                reports.school(s1).untrained().stream().map(SchoolReport.Untrained::fullName).toList());
        List<StaffLine> staff = reports.staff(s1);
        assertEquals(List.of("An Thị Ba", "Ân Thị Một", "Bùi Thị Mười", "Dương Văn Chín", "Đặng Thị Tám", "Ê Thị Mười", "Hồ Thị Bảy", "Huỳnh Văn Hai",
                "Zô Thị Mười Ba"), staff.stream().map(StaffLine::fullName).toList(), "everyone in scope on 30 June, by name");
        assertEquals(List.of(true, false), staff.get(3).completed(), "p9 has A, lacks B on 30 June");
        assertEquals(false, staff.get(3).trained());
        assertEquals(true, staff.get(0).trained(), "p3, on leave, trained");
    }

    @Test
    void whenTheMatrixIsAskedThenEachCourseIsCountedPerSchool() throws Exception {
        Matrix m = on("2024-06-30").matrix(Filter.NONE);
        Map<String, Matrix.Row> rows = m.schools().stream().collect(Collectors.toMap(Matrix.Row::code, r -> r));
        assertEquals(List.of(8L, 4L), rows.get("S1").completed());
        assertEquals(List.of(7L, 7L), rows.get("S2").completed());
        assertEquals(List.of(0L, 0L), rows.get("S3").completed());
        assertNull(rows.get("S3").percent().get(0));
        assertEquals(List.of(15L, 11L), m.total().completed());
        assertEquals(19, m.total().inScope());
        assertEquals(new BigDecimal("78.9"), m.total().percent().get(0));
        assertEquals(List.of("S1", "S2", "S3"), m.schools().stream().map(Matrix.Row::code).toList(), "lowest share first, nobody in scope last");
        assertEquals("false [true, false] | true [true, true] | null [null, null]", m.schools().stream()
                .map(r -> r.meetsTarget() + " " + r.courseMeetsTarget()).collect(Collectors.joining(" | ")), "S1 misses B (4/9), A is 8/9");
        assertEquals(new BigDecimal("44.4"), rows.get("S1").sharePercent());
        assertEquals(false, m.total().meetsTarget(), "11/19 for the district");
    }

    @Test
    void whenTheTrendIsDrawnThenEachPointEqualsTheReportAsOfThatDay() throws Exception {
        Trend trend = on("2024-12-31").trend(Filter.NONE, null);
        assertEquals(day("2024-01-07"), trend.points().get(0).date(), "first Sunday of the period");
        assertEquals(day("2024-12-31"), trend.points().get(trend.points().size() - 1).date());
        assertEquals(53, trend.points().size());
        for (Trend.Point p : trend.points()) {
            Totals t = on(p.date().toString()).district(Filter.NONE).totals();
            assertEquals(t.inScope() + "/" + t.trained(), p.inScope() + "/" + p.trained(), "on " + p.date());
            assertEquals(t.percent(), p.percent());
        }
        Trend school = on("2024-06-30").trend(Filter.NONE, roster.schoolId("S1"));
        Trend.Point last = school.points().get(school.points().size() - 1);
        assertEquals("2024-06-30 9/4", last.date() + " " + last.inScope() + "/" + last.trained());
    }

    @Test
    void whenThePeriodIsLongThenTheTrendIsSampledAndEndsOnTheAsOfDate() {
        List<LocalDate> points = Reports.points(day("2020-01-01"), day("2024-12-31"), day("2025-02-01"));
        assertEquals(day("2024-12-31"), points.get(points.size() - 2));
        assertEquals(day("2025-02-01"), points.get(points.size() - 1));
        assertEquals(true, points.size() <= Reports.MAX_POINTS + 1, "got " + points.size());
        assertEquals(List.of(), Reports.points(day("2024-01-01"), day("2024-12-31"), day("2023-06-01")));
    }
}
