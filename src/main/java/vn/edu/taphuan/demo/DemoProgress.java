package vn.edu.taphuan.demo;

import vn.edu.taphuan.directory.entity.StaffCategory;
import vn.edu.taphuan.directory.entity.StaffStatus;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The demo's learning history, worked out without a database so that it can be checked for any day
 * (DemoProgressTest): the 2024 programme's completions and those of the current calendar year up to the day the
 * demo starts. Both are deterministic: the same roster and the same day give the same people, days and scores.
 * <ul>
 * <li>2024: each school at its own pace ({@link #PACE_2024}), completions spread over the year — the draws of the
 * demo as it was before the second year, now made in staff code order (they followed the database ids, which the
 * inserts do not number in code order, so the 2024 figures varied a little from one fresh start to the next). The
 * documented teacher
 * ({@link DemoDistrict#STAFF}) is left out here: her 2024 courses are recorded as real runs with certificates
 * ({@link DemoLearners}).</li>
 * <li>The current year: each school's share of trained people ({@link #PACE_NOW}) is reached whatever the day —
 * some schools above the 70% target, some below — and the first school (the demo principal's) is exactly one
 * person short of the target, so that the teacher retraining there moves it over. Completions fall on the days
 * from 1 January to yesterday; on 1 January, when no such day exists, between midnight and the moment of the
 * start. A few people elsewhere are in the middle of a course ({@link MidCourse}).</li>
 * </ul>
 */
final class DemoProgress {
    static final List<String> COURSES = List.of("law-and-policy", "harm-reduction-hiv", "gender-based-violence", "reintegration-and-students");
    /** Share of each demo school's staff who finished all four courses in 2024, THCS01 first. */
    static final double[] PACE_2024 = {0.62, 0.85, 0.74, 0.48, 0.91, 0.66, 0.79, 0.33, 0.71, 0.88,
            0.57, 0.95, 0.69, 0.81, 0.42, 0.76, 0.25, 0.64, 0.83, 0.52};
    /** Share of each demo school's counted staff trained this year so far; THCS01's is one person short of the target. */
    static final double[] PACE_NOW = {0, 0.81, 0.58, 0.74, 0.66, 0.88, 0.47, 0.77, 0.62, 0.72,
            0.39, 0.85, 0.55, 0.79, 0.68, 0.92, 0.31, 0.75, 0.60, 0.83};
    /** A school that is not one of the demo's (the database was seeded some other way). */
    static final double OTHER_PACE = 0.6;
    static final int TARGET_PERCENT = 70;
    /** People in the middle of a course, per demo school other than the first (whose figures the walk-through watches). */
    static final int MID_COURSE_PER_SCHOOL = 2;

    private DemoProgress() {
    }

    /** A person on the roster, as the demo's progress needs them. */
    record Member(long staffId, String code, String schoolCode, StaffCategory category, StaffStatus status, LocalDate start, LocalDate end) {
        /** In scope of a programme for managers and employees on {@code day} (docs/reporting.md, "Who counts"). */
        boolean countedOn(LocalDate day) {
            return (category == StaffCategory.MANAGER || category == StaffCategory.EMPLOYEE)
                    && (start == null || !start.isAfter(day)) && (end == null ? status != StaffStatus.LEFT : end.isAfter(day));
        }

        /** 0–19 for the demo's THCS01–THCS20, {@link #PACE_NOW}'s length for any other school. */
        int school() {
            int n = schoolCode.matches("THCS\\d{2}") ? Integer.parseInt(schoolCode.substring(4)) : 0;
            return n >= 1 && n <= PACE_NOW.length ? n - 1 : PACE_NOW.length;
        }
    }

    /** A course completed: {@code course} indexes {@link #COURSES}; {@code score} of 10 questions. */
    record Completion(long staffId, int course, Instant at, int minutes, int score) {
    }

    /** Someone who has read the first {@code lessons} lessons of a course (at most all but one) and not finished it. */
    record MidCourse(long staffId, int course, int lessons) {
    }

    record Plan(List<Completion> completions, List<MidCourse> midCourse) {
    }

    /** Both years' history as of {@code now} ({@code today} is its day in the report's zone). */
    static Plan plan(List<Member> roster, LocalDate today, Instant now, ZoneId zone) {
        Map<Long, Integer> done2024 = new HashMap<>();
        List<Completion> completions = new ArrayList<>(of2024(roster, zone, done2024));
        List<MidCourse> midCourse = new ArrayList<>();
        if (today.getYear() > 2024) {
            completions.addAll(ofYear(roster, today, now, zone, done2024, midCourse));
        }
        return new Plan(completions, midCourse);
    }

    /** 2024: the demo's first year. {@code done} receives how many courses (the first ones) each person completed. */
    static List<Completion> of2024(List<Member> roster, ZoneId zone, Map<Long, Integer> done) {
        Random random = new Random(2024);
        List<Completion> result = new ArrayList<>();
        for (Member m : roster) {
            int school = m.school();
            double pace = school < PACE_2024.length ? PACE_2024[school] : OTHER_PACE;
            int courses = random.nextDouble() < pace ? 4 : random.nextDouble() < 0.4 ? 1 + random.nextInt(3) : 0;
            LocalDate day = LocalDate.of(2024, 2, 1).plusDays(random.nextInt(200));
            boolean teacher = m.code().equals(DemoDistrict.STAFF);
            for (int k = 0; k < courses; k++) {
                day = day.plusDays(random.nextInt(40));
                if (day.getYear() > 2024) {
                    day = LocalDate.of(2024, 12, 20);
                }
                int minutes = 25 + random.nextInt(40);
                int score = 8 + random.nextInt(3);
                Instant at = day.atTime(7 + random.nextInt(14), random.nextInt(60)).atZone(zone).toInstant();
                if (!teacher) { // drawn all the same: everyone else keeps the days and scores they always had
                    result.add(new Completion(m.staffId(), k, at, minutes, score));
                }
            }
            done.put(m.staffId(), teacher ? COURSES.size() : courses);
        }
        return result;
    }

    /** The current year from 1 January to {@code now}; fills {@code midCourse}. */
    static List<Completion> ofYear(List<Member> roster, LocalDate today, Instant now, ZoneId zone, Map<Long, Integer> done2024,
                                   List<MidCourse> midCourse) {
        Random random = new Random(TARGET_PERCENT);
        Days days = new Days(today, now, zone);
        List<Completion> result = new ArrayList<>();
        for (Map.Entry<Integer, List<Member>> school : counted(roster, today).entrySet()) {
            List<Member> candidates = new ArrayList<>(school.getValue());
            candidates.removeIf(m -> m.code().equals(DemoDistrict.STAFF)); // she has not retrained yet: the walk-through
            int trained = trained(school.getKey(), school.getValue().size());
            Collections.shuffle(candidates, random);
            int stillReading = school.getKey() == 0 ? 0 : MID_COURSE_PER_SCHOOL;
            for (int i = 0; i < candidates.size(); i++) {
                Member m = candidates.get(i);
                int courses = i < trained ? COURSES.size() : random.nextDouble() < 0.35 ? 1 + random.nextInt(3) : 0;
                result.addAll(days.completions(m.staffId(), courses, random));
                int next = Math.max(courses, done2024.getOrDefault(m.staffId(), 0));
                int lessons = 1 + random.nextInt(3);
                if (i >= trained && next < COURSES.size() && stillReading > 0) {
                    midCourse.add(new MidCourse(m.staffId(), next, lessons));
                    stillReading--;
                }
            }
        }
        return result;
    }

    /** Each school's counted people on {@code day}, by school index, schools in roster order. */
    static Map<Integer, List<Member>> counted(List<Member> roster, LocalDate day) {
        Map<Integer, List<Member>> result = new LinkedHashMap<>();
        for (Member m : roster) {
            if (m.countedOn(day)) {
                result.computeIfAbsent(m.school(), k -> new ArrayList<>()).add(m);
            }
        }
        return result;
    }

    /** How many of a school's {@code counted} people are trained this year: the first school one short of the target. */
    static int trained(int school, int counted) {
        if (school == 0) {
            int target = (TARGET_PERCENT * counted + 99) / 100;
            return Math.max(0, target - 1);
        }
        double pace = school < PACE_NOW.length ? PACE_NOW[school] : OTHER_PACE;
        return (int) Math.min(counted - 1L, Math.round(pace * counted)); // someone is always left to train
    }

    /** The moments this year's completions may take: the days before today, or today before {@code now} on 1 January. */
    private record Days(LocalDate first, long before, Instant midnight, Duration sinceMidnight, ZoneId zone) {
        Days(LocalDate today, Instant now, ZoneId zone) {
            this(today.withDayOfYear(1), ChronoUnit.DAYS.between(today.withDayOfYear(1), today), today.atStartOfDay(zone).toInstant(),
                    Duration.between(today.atStartOfDay(zone).toInstant(), now), zone);
        }

        /** A person's {@code courses} completions, in course order, a few days to weeks apart; the same draws on any day. */
        List<Completion> completions(long staffId, int courses, Random random) {
            List<Completion> result = new ArrayList<>(courses);
            double first = random.nextDouble();
            long day = (long) (first * before);
            for (int k = 0; k < courses; k++) {
                double gap = random.nextDouble();
                int minuteOfDay = random.nextInt(14 * 60);
                int minutes = 25 + random.nextInt(40);
                int score = 8 + random.nextInt(3);
                day = Math.min(before - 1, day + (k == 0 ? 0 : (long) (gap * Math.max(1, before / 8))));
                result.add(new Completion(staffId, k, at(day, minuteOfDay, (k + gap) / COURSES.size()), minutes, score));
            }
            return result;
        }

        /** Day {@code day} after 1 January at 07:00 + {@code minuteOfDay}; on 1 January itself, that share of the time since midnight. */
        private Instant at(long day, int minuteOfDay, double shareOfToday) {
            if (before == 0) {
                return midnight.plusMillis((long) (shareOfToday * sinceMidnight.toMillis()));
            }
            return first.plusDays(day).atTime(LocalTime.of(7, 0).plusMinutes(minuteOfDay)).atZone(zone).toInstant();
        }
    }
}
