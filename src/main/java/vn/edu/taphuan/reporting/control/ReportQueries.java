package vn.edu.taphuan.reporting.control;

import vn.edu.taphuan.directory.control.RosterSql;
import vn.edu.taphuan.platform.VietnameseText;
import vn.edu.taphuan.directory.entity.Gender;
import vn.edu.taphuan.directory.entity.SchoolType;
import vn.edu.taphuan.directory.entity.StaffCategory;
import vn.edu.taphuan.directory.entity.StaffStatus;
import vn.edu.taphuan.platform.Sql;
import vn.edu.taphuan.reporting.entity.Filter;
import vn.edu.taphuan.reporting.entity.Rules;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;

/**
 * The report's SQL: every count is a GROUP BY over the roster ({@code staff}, {@code school}) and reporting's
 * projections of completions — {@code programme_progress} (who is trained, since when) for the figures and trend,
 * {@code programme_course_progress} (each person's first counted completion of each course) per course — answered
 * by the database; Java
 * only adds up the grouped counts. Plain JDBC on a given connection, so the same code runs in the service
 * and in the tests on a hand-built roster. Portable SQL (Derby 10.16 and PostgreSQL 15). Semantics:
 * docs/reporting.md.
 * <p>
 * <b>In scope</b> at a school on day D: on that school's roster, in a counted category,
 * {@code start_date} empty or ≤ D, {@code end_date} empty or after D (the end date is the first day off the
 * roster), and not marked as left without a date; ACTIVE and ON_LEAVE both count.
 * <b>Trained</b> on D: a completion of every required course (any version) with {@code completed_at} from the
 * programme's counts-from day (completions valid from, else the period start) up to the end of min(deadline, D),
 * days taken in the report's time zone.
 */
public class ReportQueries {
    private final Connection connection;
    private final Rules rules;
    private final LocalDate asOf;
    private final ZoneId zone;

    private final Beside beside;
    private final ReportScope scope;

    public ReportQueries(Connection connection, Rules rules, LocalDate asOf, ZoneId zone, Beside beside) {
        this.connection = connection;
        this.rules = rules;
        this.asOf = asOf;
        this.zone = zone;
        this.beside = beside;
        this.scope = new ReportScope(rules, asOf, zone);
    }

    /**
     * Where a report may run a query while it runs another on its own connection: a thread and a second pooled
     * connection. Without it ({@code null}) the queries run one after the other.
     */
    public record Beside(Executor executor, Connections connections) {
        /** Opens a connection to the same database; the caller closes it. */
        @FunctionalInterface
        public interface Connections {
            Connection open() throws SQLException;
        }
    }

    /** A school as reports list it. */
    public record SchoolInfo(long id, String code, String name, String ward, SchoolType type) {
    }

    /** People in scope at one school in one category and gender, and how many of them are trained. */
    public record Cell(long schoolId, StaffCategory category, Gender gender, long inScope, long trained) {
    }

    /** One person in scope missing one required course. */
    public record Gap(String code, String fullName, StaffCategory category, Gender gender, StaffStatus status, String courseId) {
    }

    /** One person in scope at a school. */
    public record Person(String code, String fullName, StaffCategory category, Gender gender, StaffStatus status) {
    }

    /** Staff counted by the first trend point at which they are in scope, out of scope again, and trained. */
    public record TrendBucket(int inFrom, int outFrom, int trainedFrom, long count) {
    }

    /** Open schools matching the filter (or the one school), by code. */
    public List<SchoolInfo> schools(Filter filter, Long schoolId) throws SQLException {
        Sql.Builder sql = new Sql.Builder("SELECT sc.id, sc.code, sc.name, sc.ward, sc.school_type FROM " + RosterSql.SCHOOLS + " WHERE ");
        scope.schoolCondition(sql, filter, schoolId);
        sql.add(" ORDER BY sc.code");
        List<SchoolInfo> result = new ArrayList<>();
        sql.build().each(connection, rs -> result.add(new SchoolInfo(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                SchoolType.valueOf(rs.getString(5)))));
        return result;
    }

    public List<String> wards() throws SQLException {
        List<String> result = new ArrayList<>();
        new Sql.Builder("SELECT sc.ward FROM " + RosterSql.SCHOOLS + " WHERE sc.active = TRUE GROUP BY sc.ward")
                .build().each(connection, rs -> result.add(rs.getString(1)));
        result.sort(VietnameseText.NAMES);
        return result;
    }

    /**
     * In scope and trained per school × category × gender. Two grouped queries — the roster alone, then the
     * programme's progress rows joined to the roster — whose counts are paired here: on Derby that is about half
     * the cost of one outer join, which probes the progress index for every person in scope (docs/performance.md).
     */
    public List<Cell> cells(Filter filter, Long schoolId) throws SQLException {
        record Key(long schoolId, StaffCategory category, Gender gender) {
            static Key of(ResultSet rs) throws SQLException {
                return new Key(rs.getLong(1), StaffCategory.valueOf(rs.getString(2)), Gender.valueOf(rs.getString(3)));
            }
        }
        Sql.Builder roster = new Sql.Builder("SELECT s.school_id, s.category, s.gender, COUNT(*) FROM " + RosterSql.PEOPLE);
        cellSchools(roster, filter, schoolId);
        roster.add(" AND ");
        scope.inScope(roster, filter, asOf);
        roster.add(" GROUP BY s.school_id, s.category, s.gender");
        Sql.Builder trained = new Sql.Builder("SELECT s.school_id, s.category, s.gender, COUNT(*) FROM ");
        boolean district = ReportScope.wholeDistrict(filter, schoolId);
        if (district) {
            // scan the roster once (comments to other databases); no school join: the caller keeps open schools only
            trained.add(RosterSql.DISTRICT_PEOPLE_FIRST + ReportScope.PROGRESS_HASHED + " WHERE 1 = 1");
        } else {
            trained.add("programme_progress t JOIN " + RosterSql.PEOPLE + " ON s.id = t.staff_id");
            cellSchools(trained, filter, schoolId);
        }
        trained.add(" AND t.programme_id = ? AND t.trained_at < ?", rules.id(), scope.windowEnd(asOf));
        trained.add(" AND ");
        scope.inScope(trained, filter, asOf);
        trained.add(" GROUP BY s.school_id, s.category, s.gender");

        Map<Key, Long> inScope = new LinkedHashMap<>();
        Map<Key, Long> done = new HashMap<>();
        // the whole district's two scans are the report's cost: run the roster's beside the progress one
        CompletableFuture<Void> rosterCounted = run(district ? beside : null, connection, roster,
                rs -> inScope.put(Key.of(rs), rs.getLong(4)));
        try {
            trained.build().each(connection, rs -> done.put(Key.of(rs), rs.getLong(4)));
        } finally {
            await(rosterCounted);
        }
        // each query reads what was committed when it ran: a roster change between the two must not count more
        // people trained than in scope
        done.forEach((k, n) -> inScope.merge(k, n, Math::max));
        List<Cell> result = new ArrayList<>(inScope.size());
        inScope.forEach((k, n) -> result.add(new Cell(k.schoolId(), k.category(), k.gender(), n, done.getOrDefault(k, 0L))));
        return result;
    }

    /** Runs the query on a connection and thread of its own when {@code beside} is given, else here and now. */
    static CompletableFuture<Void> run(Beside beside, Connection connection, Sql.Builder sql, Sql.Each reader) throws SQLException {
        if (beside == null) {
            sql.build().each(connection, reader);
            return CompletableFuture.completedFuture(null);
        }
        return CompletableFuture.runAsync(() -> {
            try (Connection other = beside.connections().open()) {
                sql.build().each(other, reader);
            } catch (SQLException e) {
                throw new CompletionException(e);
            }
        }, beside.executor());
    }

    static void await(CompletableFuture<Void> query) throws SQLException {
        try {
            query.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof SQLException s) {
                throw s;
            }
            throw e;
        }
    }

    /**
     * The schools whose people a cell query counts. Without a ward or type filter it does not join {@code school}:
     * the callers keep only the cells of the open schools they list, so closed schools' rows are dropped there and
     * the database saves a join per person.
     */
    private void cellSchools(Sql.Builder sql, Filter filter, Long schoolId) {
        if (filter.ward() != null || filter.type() != null) {
            sql.add(" JOIN " + RosterSql.SCHOOLS + " ON sc.id = s.school_id WHERE ");
            scope.staffCondition(sql, filter, schoolId);
        } else if (schoolId != null) {
            sql.add(" WHERE s.school_id = ?", schoolId);
        } else {
            sql.add(" WHERE 1 = 1");
        }
    }

    /**
     * Per school and required course: staff in scope who completed that course in the period, counted from the
     * programme's course progress rows ({@code programme_course_progress}, migration V81) as the figures count
     * {@code programme_progress}: for the whole district one scan of the roster, each person looked up in a hash
     * table of the rows done by the as-of day.
     */
    public Map<Long, Map<String, Long>> courseCounts(Filter filter, Long schoolId) throws SQLException {
        Map<Long, Map<String, Long>> result = new LinkedHashMap<>();
        courseCountsSql(filter, schoolId).build().each(connection, rs -> addCourseCount(result, rs));
        return result;
    }

    /** The figures and the course counts of the matrix: the course counts on a connection of their own, beside the figures' two. */
    public Counts cellsAndCourseCounts(Filter filter) throws SQLException {
        Map<Long, Map<String, Long>> courses = new LinkedHashMap<>();
        CompletableFuture<Void> counted = run(beside, connection, courseCountsSql(filter, null), rs -> addCourseCount(courses, rs));
        List<Cell> cells;
        try {
            cells = cells(filter, null);
        } finally {
            await(counted);
        }
        return new Counts(cells, courses);
    }

    /** The matrix's counts: {@link #cells} and, per school, course → people in scope who completed it. */
    public record Counts(List<Cell> cells, Map<Long, Map<String, Long>> courses) {
    }

    private Sql.Builder courseCountsSql(Filter filter, Long schoolId) {
        Sql.Builder sql = new Sql.Builder("SELECT s.school_id, pc.course_id, COUNT(*) FROM ");
        if (ReportScope.wholeDistrict(filter, schoolId)) {
            sql.add(RosterSql.DISTRICT_PEOPLE_FIRST + ReportScope.COURSES_HASHED + " WHERE 1 = 1");
        } else {
            sql.add("programme_course_progress pc JOIN " + RosterSql.PEOPLE + " ON s.id = pc.staff_id");
            cellSchools(sql, filter, schoolId);
        }
        sql.add(" AND pc.programme_id = ? AND pc.first_at < ? AND ", rules.id(), scope.windowEnd(asOf));
        scope.inScope(sql, filter, asOf);
        sql.add(" GROUP BY s.school_id, pc.course_id");
        return sql;
    }

    private static void addCourseCount(Map<Long, Map<String, Long>> counts, ResultSet rs) throws SQLException {
        counts.computeIfAbsent(rs.getLong(1), k -> new LinkedHashMap<>()).put(rs.getString(2), rs.getLong(3));
    }

    /** Everyone in scope at the school who lacks a required course, one row per missing course (callers sort by name). */
    public List<Gap> gaps(long schoolId) throws SQLException {
        Sql.Builder sql = new Sql.Builder("SELECT s.code, s.full_name, s.category, s.gender, s.status, rc.course_id FROM " + RosterSql.PEOPLE + ", (VALUES ");
        StringJoiner values = new StringJoiner(", ");
        for (int i = 0; i < rules.courseIds().size(); i++) {
            values.add("(CAST(? AS VARCHAR(64)), " + (i + 1) + ")");
        }
        sql.add(values.toString(), rules.courseIds().toArray());
        sql.add(") AS rc (course_id, position) WHERE s.school_id = ? AND ", schoolId);
        scope.inScope(sql, Filter.NONE, asOf);
        sql.add(" AND NOT EXISTS (SELECT 1 FROM programme_course_progress pc WHERE pc.programme_id = ? AND pc.staff_id = s.id "
                + "AND pc.course_id = rc.course_id AND pc.first_at < ?)", rules.id(), scope.windowEnd(asOf));
        sql.add(" ORDER BY s.full_name, s.code, rc.position");
        List<Gap> result = new ArrayList<>();
        sql.build().each(connection, rs -> result.add(new Gap(rs.getString(1), rs.getString(2), StaffCategory.valueOf(rs.getString(3)),
                Gender.valueOf(rs.getString(4)), StaffStatus.valueOf(rs.getString(5)), rs.getString(6))));
        return result;
    }

    /** Everyone in scope at the school (one school's staff: tens of rows), in no particular order. */
    public List<Person> people(long schoolId) throws SQLException {
        Sql.Builder sql = new Sql.Builder("SELECT s.code, s.full_name, s.category, s.gender, s.status FROM " + RosterSql.PEOPLE).add(" WHERE s.school_id = ? AND ", schoolId);
        scope.inScope(sql, Filter.NONE, asOf);
        List<Person> result = new ArrayList<>();
        sql.build().each(connection, rs -> result.add(new Person(rs.getString(1), rs.getString(2), StaffCategory.valueOf(rs.getString(3)),
                Gender.valueOf(rs.getString(4)), StaffStatus.valueOf(rs.getString(5)))));
        return result;
    }

    /** The trend's buckets ({@link TrendCounts}); the caller adds them up per point. */
    public List<TrendBucket> trend(Filter filter, Long schoolId, List<LocalDate> points) throws SQLException {
        return new TrendCounts(connection, scope, rules.id(), beside).count(filter, schoolId, points);
    }
}
