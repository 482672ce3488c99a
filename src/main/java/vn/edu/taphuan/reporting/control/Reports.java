package vn.edu.taphuan.reporting.control;

import vn.edu.taphuan.directory.entity.Gender;
import vn.edu.taphuan.directory.entity.StaffCategory;
import vn.edu.taphuan.platform.VietnameseText;
import vn.edu.taphuan.reporting.entity.DistrictReport;
import vn.edu.taphuan.reporting.entity.Figures;
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
import java.sql.Connection;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Puts the grouped counts of {@link ReportQueries} together into the reports: rows per school, ranking,
 * totals, splits, matrix, trend. Plain Java over a connection (the service passes a pooled one, tests an
 * embedded Derby), so every figure can be checked on a hand-built roster.
 */
public class Reports {
    /** At most this many trend points; a long period is sampled every few weeks instead of every week. */
    static final int MAX_POINTS = 60;

    private final ReportQueries queries;
    private final ProgrammeView programme;
    private final Rules rules;
    private final LocalDate asOf;

    public Reports(Connection connection, ProgrammeView programme, Rules rules, LocalDate asOf, ZoneId zone, ReportQueries.Beside beside) {
        this.queries = new ReportQueries(connection, rules, asOf, zone, beside);
        this.programme = programme;
        this.rules = rules;
        this.asOf = asOf;
    }

    public DistrictReport district(Filter filter) throws SQLException {
        List<ReportQueries.SchoolInfo> schools = queries.schools(filter, null);
        Map<Long, List<ReportQueries.Cell>> cells = bySchool(queries.cells(filter, null));
        List<SchoolRow> rows = new ArrayList<>();
        for (ReportQueries.SchoolInfo s : schools) {
            rows.add(row(s, cells.getOrDefault(s.id(), List.of())));
        }
        rows.sort(ranking());
        List<SchoolRow> ranked = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            SchoolRow r = rows.get(i);
            ranked.add(new SchoolRow(r.anyoneInScope() ? i + 1 : null, r.code(), r.name(), r.ward(), r.type(), r.inScope(), r.managers(),
                    r.employees(), r.women(), r.trained(), r.percent(), r.meetsTarget(), r.stillNeeded()));
        }
        return new DistrictReport(programme, asOf, rules.countsUntil(asOf), daysToDeadline(), filter, totals(ranked), ranked, queries.wards(), null);
    }

    /**
     * Best first: by exact share trained, then fewest people still needed, then name (Vietnamese order), then code;
     * nobody in scope last, by name. One per sort: each name is collated once ({@link VietnameseText#namesCollatedOnce}).
     */
    static Comparator<SchoolRow> ranking() {
        return Comparator.comparing((SchoolRow r) -> !r.figures().anyoneInScope())
                .thenComparing((a, b) -> Long.compare(b.trained() * Math.max(1, a.inScope()), a.trained() * Math.max(1, b.inScope())))
                .thenComparing(r -> r.stillNeeded() == null ? Long.MAX_VALUE : r.stillNeeded())
                .thenComparing(SchoolRow::name, VietnameseText.namesCollatedOnce())
                .thenComparing(SchoolRow::code);
    }

    public Totals totals(List<SchoolRow> rows) {
        long inScope = 0, managers = 0, employees = 0, women = 0, trained = 0;
        int meeting = 0, empty = 0;
        for (SchoolRow r : rows) {
            inScope += r.inScope();
            managers += r.managers();
            employees += r.employees();
            women += r.women();
            trained += r.trained();
            if (Boolean.TRUE.equals(r.meetsTarget())) {
                meeting++;
            }
            if (r.inScope() == 0) {
                empty++;
            }
        }
        Figures f = new Figures(inScope, trained);
        BigDecimal target = rules.targetPercent();
        return new Totals(inScope, managers, employees, women, trained, f.percent(target), f.meetsTarget(target), f.stillNeeded(target),
                rows.size(), meeting, empty, rows.size() - empty);
    }

    public SchoolReport school(long schoolId) throws SQLException {
        ReportQueries.SchoolInfo info = queries.schools(Filter.NONE, schoolId).stream().findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no open school " + schoolId));
        List<ReportQueries.Cell> cells = queries.cells(Filter.NONE, schoolId);
        SchoolRow row = row(info, cells);
        Map<String, long[]> categories = new LinkedHashMap<>();
        for (StaffCategory c : StaffCategory.values()) {
            if (rules.categories().contains(c)) {
                categories.put(c.name(), new long[2]);
            }
        }
        Map<String, long[]> genders = new LinkedHashMap<>();
        for (Gender g : Gender.values()) {
            genders.put(g.name(), new long[2]);
        }
        for (ReportQueries.Cell c : cells) {
            add(categories.computeIfAbsent(c.category().name(), k -> new long[2]), c);
            add(genders.get(c.gender().name()), c);
        }
        Map<String, Long> done = queries.courseCounts(Filter.NONE, schoolId).getOrDefault(schoolId, Map.of());
        List<SchoolReport.CourseProgress> courses = programme.courses().stream()
                .map(c -> new SchoolReport.CourseProgress(c.id(), c.title(), done.getOrDefault(c.id(), 0L),
                        Figures.percent(done.getOrDefault(c.id(), 0L), row.inScope(), rules.targetPercent()))).toList();
        return new SchoolReport(programme, asOf, rules.countsUntil(asOf), daysToDeadline(), row, splits(categories),
                splits(genders).stream().filter(s -> s.inScope() > 0 || !s.key().equals(Gender.OTHER.name())).toList(),
                courses, untrained(schoolId), trend(Filter.NONE, schoolId));
    }

    /** The people not yet trained and what each lacks, by name in Vietnamese order. */
    private List<SchoolReport.Untrained> untrained(long schoolId) throws SQLException {
        Map<String, SchoolReport.Untrained> people = new LinkedHashMap<>();
        for (ReportQueries.Gap g : queries.gaps(schoolId)) {
            people.computeIfAbsent(g.code(), k -> new SchoolReport.Untrained(g.code(), g.fullName(), g.category(), g.gender(), g.status(),
                    new ArrayList<>())).lacking().add(g.courseId());
        }
        return people.values().stream().map(u -> new SchoolReport.Untrained(u.code(), u.fullName(), u.category(), u.gender(), u.status(),
                List.copyOf(u.lacking()))).sorted(VietnameseText.byName(SchoolReport.Untrained::fullName)
                .thenComparing(SchoolReport.Untrained::code)).toList();
    }

    /** Everyone in scope at the school with each required course done or not, by name in Vietnamese order. */
    public List<StaffLine> staff(long schoolId) throws SQLException {
        Map<String, Set<String>> lacking = new HashMap<>();
        for (ReportQueries.Gap g : queries.gaps(schoolId)) {
            lacking.computeIfAbsent(g.code(), k -> new HashSet<>()).add(g.courseId());
        }
        return queries.people(schoolId).stream().map(p -> new StaffLine(p.code(), p.fullName(), p.category(), p.gender(), p.status(),
                        rules.courseIds().stream().map(c -> !lacking.getOrDefault(p.code(), Set.of()).contains(c)).toList()))
                .sorted(VietnameseText.byName(StaffLine::fullName).thenComparing(StaffLine::code)).toList();
    }

    /**
     * Topic × school, the schools furthest from the target first (by exact share trained, lowest first, then by name in
     * Vietnamese order); schools with nobody in scope last. Each cell and row says whether it meets the target, so
     * the page never judges from a rounded percentage.
     */
    public Matrix matrix(Filter filter) throws SQLException {
        List<ReportQueries.SchoolInfo> schools = queries.schools(filter, null);
        ReportQueries.Counts both = queries.cellsAndCourseCounts(filter);
        Map<Long, List<ReportQueries.Cell>> cells = bySchool(both.cells());
        Map<Long, Map<String, Long>> counts = both.courses();
        List<Matrix.Row> rows = new ArrayList<>();
        Figures all = Figures.NONE;
        long[] totalDone = new long[rules.courseIds().size()];
        for (ReportQueries.SchoolInfo s : schools) {
            Figures f = cells.getOrDefault(s.id(), List.of()).stream().map(c -> new Figures(c.inScope(), c.trained())).reduce(Figures.NONE, Figures::plus);
            Map<String, Long> done = counts.getOrDefault(s.id(), Map.of());
            List<Long> completed = rules.courseIds().stream().map(c -> done.getOrDefault(c, 0L)).toList();
            for (int i = 0; i < totalDone.length; i++) {
                totalDone[i] += completed.get(i);
            }
            all = all.plus(f);
            rows.add(matrixRow(s.code(), s.name(), f, completed));
        }
        rows.sort(lowestFirst());
        List<Long> total = java.util.Arrays.stream(totalDone).boxed().toList();
        return new Matrix(asOf, programme.courses(), rows, matrixRow(null, null, all, total));
    }

    /**
     * The matrix's order: lowest exact share trained first, then name (Vietnamese order), then code; nobody in scope last.
     * One per sort: each name is collated once.
     */
    static Comparator<Matrix.Row> lowestFirst() {
        return Comparator.comparing((Matrix.Row r) -> r.inScope() == 0)
                .thenComparing((a, b) -> Long.compare(a.trained() * Math.max(1, b.inScope()), b.trained() * Math.max(1, a.inScope())))
                .thenComparing(Matrix.Row::name, VietnameseText.namesCollatedOnce())
                .thenComparing(Matrix.Row::code);
    }

    private Matrix.Row matrixRow(String code, String name, Figures school, List<Long> completed) {
        BigDecimal target = rules.targetPercent();
        long inScope = school.inScope();
        return new Matrix.Row(code, name, inScope, school.trained(), school.percent(target), school.meetsTarget(target), completed,
                completed.stream().map(n -> Figures.percent(n, inScope, target)).toList(),
                completed.stream().map(n -> new Figures(inScope, n).meetsTarget(target)).toList());
    }

    /** District (or one school's) % trained at the end of every week of the period up to the as-of date, and on it. */
    public Trend trend(Filter filter, Long schoolId) throws SQLException {
        List<LocalDate> points = points(rules.periodStart(), rules.deadline(), asOf);
        List<ReportQueries.TrendBucket> buckets = queries.trend(filter, schoolId, points);
        List<Trend.Point> result = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            long inScope = 0, trained = 0;
            for (ReportQueries.TrendBucket b : buckets) {
                if (b.inFrom() <= i && i < b.outFrom()) {
                    inScope += b.count();
                    if (b.trainedFrom() <= i) {
                        trained += b.count();
                    }
                }
            }
            result.add(new Trend.Point(points.get(i), inScope, trained, Figures.percent(trained, inScope, rules.targetPercent())));
        }
        return new Trend(rules.targetPercent(), result);
    }

    /** Sundays from the period start to min(deadline, as-of), thinned to {@link #MAX_POINTS}, then the as-of date. */
    static List<LocalDate> points(LocalDate start, LocalDate deadline, LocalDate asOf) {
        List<LocalDate> points = new ArrayList<>();
        if (asOf.isBefore(start)) {
            return points;
        }
        LocalDate last = asOf.isBefore(deadline) ? asOf : deadline;
        long weeks = ChronoUnit.WEEKS.between(start, last) + 1;
        long step = Math.max(1, (weeks + MAX_POINTS - 2) / (MAX_POINTS - 1));
        for (LocalDate d = start.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY)); d.isBefore(last); d = d.plusWeeks(step)) {
            points.add(d);
        }
        points.add(last);
        if (asOf.isAfter(last)) {
            points.add(asOf);
        }
        return points;
    }

    private SchoolRow row(ReportQueries.SchoolInfo s, List<ReportQueries.Cell> cells) {
        long inScope = 0, managers = 0, employees = 0, women = 0, trained = 0;
        for (ReportQueries.Cell c : cells) {
            inScope += c.inScope();
            trained += c.trained();
            if (c.category() == StaffCategory.MANAGER) {
                managers += c.inScope();
            } else if (c.category() == StaffCategory.EMPLOYEE) {
                employees += c.inScope();
            }
            if (c.gender() == Gender.FEMALE) {
                women += c.inScope();
            }
        }
        Figures f = new Figures(inScope, trained);
        BigDecimal target = rules.targetPercent();
        return new SchoolRow(null, s.code(), s.name(), s.ward(), s.type(), inScope, managers, employees, women, trained,
                f.percent(target), f.meetsTarget(target), f.stillNeeded(target));
    }

    private long daysToDeadline() {
        return ChronoUnit.DAYS.between(asOf, rules.deadline());
    }

    private static Map<Long, List<ReportQueries.Cell>> bySchool(List<ReportQueries.Cell> cells) {
        Map<Long, List<ReportQueries.Cell>> result = new HashMap<>();
        for (ReportQueries.Cell c : cells) {
            result.computeIfAbsent(c.schoolId(), k -> new ArrayList<>()).add(c);
        }
        return result;
    }

    private static void add(long[] sums, ReportQueries.Cell c) {
        sums[0] += c.inScope();
        sums[1] += c.trained();
    }

    private List<SchoolReport.Split> splits(Map<String, long[]> sums) {
        return sums.entrySet().stream().map(e -> new SchoolReport.Split(e.getKey(), e.getValue()[0], e.getValue()[1],
                Figures.percent(e.getValue()[1], e.getValue()[0], rules.targetPercent()))).toList();
    }
}
