package vn.edu.taphuan.demo;

import org.junit.jupiter.api.Test;
import vn.edu.taphuan.directory.entity.StaffCategory;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The demo's history on the demo roster itself (DemoDistrict.people), for fixed days: a day in December, 2 January
 * (one day of the year behind) and 1 January (none). Figures are counted here by the rule of docs/reporting.md:
 * trained = every course completed within the year up to the day.
 */
class DemoProgressTest {
    static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    static final List<DemoProgress.Member> ROSTER = roster();

    static List<DemoProgress.Member> roster() {
        List<DemoDistrict.Person> people = DemoDistrict.people(DemoDistrict.SCHOOL_NAMES.length);
        return IntStream.range(0, people.size()).mapToObj(i -> {
            DemoDistrict.Person p = people.get(i);
            return new DemoProgress.Member(i + 1, p.code(), String.format("THCS%02d", p.school() + 1), p.category(), p.status(), p.start(), p.end());
        }).toList();
    }

    static DemoProgress.Plan plan(String localNow) {
        LocalDateTime now = LocalDateTime.parse(localNow);
        return DemoProgress.plan(ROSTER, now.toLocalDate(), now.atZone(ZONE).toInstant(), ZONE);
    }

    /** Each school's percentage trained in the year of {@code day} as of {@code day}, school index → percent. */
    static Map<Integer, Double> percents(DemoProgress.Plan plan, LocalDate day) {
        Instant from = day.withDayOfYear(1).atStartOfDay(ZONE).toInstant();
        Instant until = day.plusDays(1).atStartOfDay(ZONE).toInstant();
        Map<Long, Set<Integer>> courses = new HashMap<>();
        plan.completions().stream().filter(c -> !c.at().isBefore(from) && c.at().isBefore(until))
                .forEach(c -> courses.computeIfAbsent(c.staffId(), k -> new HashSet<>()).add(c.course()));
        Map<Integer, Double> result = new TreeMap<>();
        DemoProgress.counted(ROSTER, day).forEach((school, people) -> result.put(school,
                100.0 * people.stream().filter(m -> courses.getOrDefault(m.staffId(), Set.of()).size() == 4).count() / people.size()));
        return result;
    }

    @Test
    void whenTheDemoStartsInDecemberThenThisYearsProgrammeHasSchoolsAboveAndBelowTheTargetAndCompletionsUpToYesterday() {
        DemoProgress.Plan plan = plan("2026-12-06T10:15");
        Map<Integer, Double> percents = percents(plan, LocalDate.of(2026, 12, 6));
        assertEquals(20, percents.size());
        assertTrue(percents.values().stream().filter(p -> p >= 70).count() >= 5, percents.toString());
        assertTrue(percents.values().stream().filter(p -> p < 70).count() >= 5, percents.toString());
        List<DemoProgress.Completion> thisYear = inYear(plan, 2026);
        assertTrue(thisYear.size() > 1500, "realistic progress: " + thisYear.size());
        LocalDate first = thisYear.stream().map(c -> day(c.at())).min(LocalDate::compareTo).orElseThrow();
        LocalDate last = thisYear.stream().map(c -> day(c.at())).max(LocalDate::compareTo).orElseThrow();
        assertTrue(first.isBefore(LocalDate.of(2026, 2, 1)), "spread from the start of the year: " + first);
        assertEquals(LocalDate.of(2026, 12, 5), last, "up to yesterday, none today or later");
    }

    @Test
    void whenTheDemoStartsOnTheSecondOfJanuaryThenEveryCompletionIsOnTheFirstAndTheFiguresAreTheSameAsInDecember() {
        DemoProgress.Plan plan = plan("2027-01-02T08:00");
        List<DemoProgress.Completion> thisYear = inYear(plan, 2027);
        assertTrue(thisYear.stream().allMatch(c -> day(c.at()).equals(LocalDate.of(2027, 1, 1))), "the one day of the year before today");
        Map<Integer, Double> january = percents(plan, LocalDate.of(2027, 1, 2));
        assertTrue(january.values().stream().anyMatch(p -> p >= 70) && january.values().stream().anyMatch(p -> p < 70), january.toString());
        assertEquals(percents(plan("2026-12-06T10:15"), LocalDate.of(2026, 12, 6)), january, "the same people trained, whatever the day");
    }

    @Test
    void whenTheDemoStartsOnTheFirstOfJanuaryThenCompletionsFallBetweenMidnightAndTheStart() {
        LocalDateTime start = LocalDateTime.parse("2027-01-01T09:30");
        DemoProgress.Plan plan = plan(start.toString());
        List<DemoProgress.Completion> thisYear = inYear(plan, 2027);
        Instant midnight = start.toLocalDate().atStartOfDay(ZONE).toInstant();
        Instant now = start.atZone(ZONE).toInstant();
        assertTrue(thisYear.size() > 1500);
        assertTrue(thisYear.stream().allMatch(c -> !c.at().isBefore(midnight) && c.at().isBefore(now)), "between midnight and the start");
        Map<Integer, Double> percents = percents(plan, start.toLocalDate());
        assertTrue(percents.values().stream().anyMatch(p -> p >= 70) && percents.values().stream().anyMatch(p -> p < 70), percents.toString());
    }

    @Test
    void theTeachersSchoolIsOnePersonShortOfTheTargetAndHerRetrainingReachesIt() {
        DemoProgress.Plan plan = plan("2026-12-06T10:15");
        LocalDate today = LocalDate.of(2026, 12, 6);
        List<DemoProgress.Member> first = DemoProgress.counted(ROSTER, today).get(0);
        DemoProgress.Member teacher = ROSTER.stream().filter(m -> m.code().equals(DemoDistrict.STAFF)).findFirst().orElseThrow();
        assertTrue(first.contains(teacher), "the teacher counts at THCS01");
        assertEquals(StaffCategory.EMPLOYEE, teacher.category());
        assertTrue(teacher.countedOn(today) && teacher.end() == null, "on the roster, no leaving date: she can sign in");
        long trained = Math.round(percents(plan, today).get(0) * first.size() / 100);
        assertTrue(100.0 * trained / first.size() < 70, "below the target before she retrains");
        assertTrue(100.0 * (trained + 1) / first.size() >= 70, "at or above it once she has");
        assertTrue(inYear(plan, 2026).stream().noneMatch(c -> c.staffId() == teacher.staffId()), "she has not retrained");
        assertTrue(inYear(plan, 2024).stream().noneMatch(c -> c.staffId() == teacher.staffId()), "her 2024 runs are made with the courses (DemoLearners)");
    }

    @Test
    void aFewPeopleAreInTheMiddleOfACourseTheyHaveNotCompletedElsewhereThanTheWalkThroughsSchool() {
        DemoProgress.Plan plan = plan("2026-12-06T10:15");
        assertTrue(plan.midCourse().size() >= 10 && plan.midCourse().size() <= 19 * DemoProgress.MID_COURSE_PER_SCHOOL, plan.midCourse().toString());
        Map<Long, String> schools = ROSTER.stream().collect(Collectors.toMap(DemoProgress.Member::staffId, DemoProgress.Member::schoolCode));
        assertTrue(plan.midCourse().stream().collect(Collectors.groupingBy(m -> schools.get(m.staffId()), Collectors.counting())).values()
                .stream().allMatch(n -> n <= DemoProgress.MID_COURSE_PER_SCHOOL), "a few per school");
        for (DemoProgress.MidCourse m : plan.midCourse()) {
            assertFalse(schools.get(m.staffId()).equals("THCS01"), "THCS01's figures are the walk-through's");
            assertTrue(m.lessons() >= 1 && m.course() < 4);
            assertTrue(plan.completions().stream().noneMatch(c -> c.staffId() == m.staffId() && c.course() == m.course()),
                    "not a course they completed: " + m);
        }
    }

    @Test
    void the2024HistoryIsTheSameAsBeforeTheSecondYearAndStaysIn2024() {
        List<DemoProgress.Completion> of2024 = inYear(plan("2026-12-06T10:15"), 2024);
        assertEquals(of2024, inYear(plan("2027-01-02T08:00"), 2024), "independent of the day");
        assertTrue(of2024.stream().allMatch(c -> day(c.at()).getYear() == 2024));
        assertTrue(of2024.size() > 2500, "≈3,000 completions: " + of2024.size());
    }

    @Test
    void theFirstSchoolIsNeverLeftWithoutSomeoneToTrainAndSmallSchoolsKeepOneToo() {
        assertEquals(25, DemoProgress.trained(0, 36), "26 of 36 is 72.2%: one short is 25");
        assertEquals(0, DemoProgress.trained(0, 1));
        assertEquals(0, DemoProgress.trained(15, 1), "a school of one keeps its one person to train");
        assertEquals(36, DemoProgress.trained(15, 39), "0.92 × 39 = 35.9");
    }

    private static List<DemoProgress.Completion> inYear(DemoProgress.Plan plan, int year) {
        return plan.completions().stream().filter(c -> day(c.at()).getYear() == year).toList();
    }

    private static LocalDate day(Instant at) {
        return LocalDate.ofInstant(at, ZONE);
    }
}
