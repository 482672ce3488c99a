package vn.edu.taphuan.reporting.control;

import vn.edu.taphuan.platform.DerbyHints;
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
 * The report's SQL: every count is a GROUP BY over the roster ({@code staff}, {@code school}) and the projections
 * of completions — {@code programme_progress} (who is trained, since when) for the figures and trend,
 * {@code completion} (indexed by course and time and by staff) per course — answered by the database; Java
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

    /** Staff grouped by the first trend point at which they are in scope, out of scope again, and trained. */
    public record TrendBucket(int inFrom, int outFrom, int trainedFrom, long count) {
    }

    /** Open schools matching the filter (or the one school), by code. */
    public List<SchoolInfo> schools(Filter filter, Long schoolId) throws SQLException {
        Sql.Builder sql = new Sql.Builder("SELECT sc.id, sc.code, sc.name, sc.ward, sc.school_type FROM school sc WHERE ");
        scope.schoolCondition(sql, filter, schoolId);
        sql.add(" ORDER BY sc.code");
        List<SchoolInfo> result = new ArrayList<>();
        sql.build().each(connection, rs -> result.add(new SchoolInfo(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                SchoolType.valueOf(rs.getString(5)))));
        return result;
    }

    public List<String> wards() throws SQLException {
        List<String> result = new ArrayList<>();
        new Sql.Builder("SELECT sc.ward FROM school sc WHERE sc.active = TRUE GROUP BY sc.ward")
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
        Sql.Builder roster = new Sql.Builder("SELECT s.school_id, s.category, s.gender, COUNT(*) FROM staff s");
        cellSchools(roster, filter, schoolId);
        roster.add(" AND ");
        scope.inScope(roster, filter, asOf);
        roster.add(" GROUP BY s.school_id, s.category, s.gender");
        Sql.Builder trained = new Sql.Builder("SELECT s.school_id, s.category, s.gender, COUNT(*) FROM ");
        boolean district = ReportScope.wholeDistrict(filter, schoolId);
        if (district) {
            // scan the roster once (comments to other databases); no school join: the caller keeps open schools only
            trained.add(DerbyHints.properties("joinOrder=FIXED") + "staff s" + ReportScope.PROGRESS_HASHED + " WHERE 1 = 1");
        } else {
            trained.add("programme_progress t JOIN staff s ON s.id = t.staff_id");
            cellSchools(trained, filter, schoolId);
        }
        trained.add(" AND t.programme_id = ? AND t.trained_at < ?", rules.id(), scope.windowEnd(asOf));
        trained.add(" AND ");
        scope.inScope(trained, filter, asOf);
        trained.add(" GROUP BY s.school_id, s.category, s.gender");

        Map<Key, Long> inScope = new LinkedHashMap<>();
        Map<Key, Long> done = new HashMap<>();
        // the whole district's two scans are the report's cost: run the roster's beside the progress one
        CompletableFuture<Void> rosterCounted = run(district ? beside : null, roster,
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
    private CompletableFuture<Void> run(Beside beside, Sql.Builder sql, Sql.Each reader) throws SQLException {
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

    private static void await(CompletableFuture<Void> query) throws SQLException {
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
            sql.add(" JOIN school sc ON sc.id = s.school_id WHERE ");
            scope.staffCondition(sql, filter, schoolId);
        } else if (schoolId != null) {
            sql.add(" WHERE s.school_id = ?", schoolId);
        } else {
            sql.add(" WHERE 1 = 1");
        }
    }

    /** Per school and required course: staff in scope who completed that course in the period. */
    public Map<Long, Map<String, Long>> courseCounts(Filter filter, Long schoolId) throws SQLException {
        Sql.Builder sql = new Sql.Builder("SELECT s.school_id, d.course_id, COUNT(*) FROM staff s JOIN school sc ON sc.id = s.school_id JOIN (");
        scope.completedCourses(sql, filter, schoolId);
        sql.add(") d ON d.staff_id = s.id WHERE ");
        scope.staffCondition(sql, filter, schoolId);
        sql.add(" AND ");
        scope.inScope(sql, filter, asOf);
        sql.add(" GROUP BY s.school_id, d.course_id");
        Map<Long, Map<String, Long>> result = new LinkedHashMap<>();
        sql.build().each(connection, rs -> result.computeIfAbsent(rs.getLong(1), k -> new LinkedHashMap<>()).put(rs.getString(2), rs.getLong(3)));
        return result;
    }

    /** Everyone in scope at the school who lacks a required course, one row per missing course (callers sort by name). */
    public List<Gap> gaps(long schoolId) throws SQLException {
        Sql.Builder sql = new Sql.Builder("SELECT s.code, s.full_name, s.category, s.gender, s.status, rc.course_id FROM staff s, (VALUES ");
        StringJoiner values = new StringJoiner(", ");
        for (int i = 0; i < rules.courseIds().size(); i++) {
            values.add("(CAST(? AS VARCHAR(64)), " + (i + 1) + ")");
        }
        sql.add(values.toString(), rules.courseIds().toArray());
        sql.add(") AS rc (course_id, position) WHERE s.school_id = ? AND ", schoolId);
        scope.inScope(sql, Filter.NONE, asOf);
        sql.add(" AND NOT EXISTS (SELECT 1 FROM completion c WHERE c.staff_id = s.id AND c.course_id = rc.course_id "
                + "AND c.completed_at >= ? AND c.completed_at < ?)", scope.windowStart(), scope.windowEnd(asOf));
        sql.add(" ORDER BY s.full_name, s.code, rc.position");
        List<Gap> result = new ArrayList<>();
        sql.build().each(connection, rs -> result.add(new Gap(rs.getString(1), rs.getString(2), StaffCategory.valueOf(rs.getString(3)),
                Gender.valueOf(rs.getString(4)), StaffStatus.valueOf(rs.getString(5)), rs.getString(6))));
        return result;
    }

    /** Everyone in scope at the school (one school's staff: tens of rows), in no particular order. */
    public List<Person> people(long schoolId) throws SQLException {
        Sql.Builder sql = new Sql.Builder("SELECT s.code, s.full_name, s.category, s.gender, s.status FROM staff s").add(" WHERE s.school_id = ? AND ", schoolId);
        scope.inScope(sql, Filter.NONE, asOf);
        List<Person> result = new ArrayList<>();
        sql.build().each(connection, rs -> result.add(new Person(rs.getString(1), rs.getString(2), StaffCategory.valueOf(rs.getString(3)),
                Gender.valueOf(rs.getString(4)), StaffStatus.valueOf(rs.getString(5)))));
        return result;
    }

    /**
     * The trend in one pass: each person who is in scope at some point is put in a bucket by the index of the
     * first point at which they are in scope, the first at which they are out again, and the first at which
     * they are trained ({@code points.size()} meaning never); the database counts each bucket. A person is
     * trained at a point when their programme progress {@code trained_at} is before the end of that point's day
     * (capped at the deadline). The caller adds up, per point, the buckets with
     * {@code inFrom ≤ i < outFrom} (and {@code trainedFrom ≤ i}).
     */
    public List<TrendBucket> trend(Filter filter, Long schoolId, List<LocalDate> points) throws SQLException {
        List<TrendBucket> result = new ArrayList<>();
        if (points.isEmpty()) {
            return result;
        }
        int never = points.size();
        // as for the figures: everyone by (in, out), then the trained by (in, out, trained), paired here
        boolean district = ReportScope.wholeDistrict(filter, schoolId);
        Map<List<Integer>, Long> everyone = new LinkedHashMap<>();
        Sql.Builder roster = new Sql.Builder("SELECT x.in_from, x.out_from, COUNT(*) FROM (SELECT ");
        scope.scopeBuckets(roster, points);
        roster.add(district ? ReportScope.DISTRICT_ROSTER : " FROM staff s JOIN school sc ON sc.id = s.school_id");
        roster.add(" WHERE ");
        scope.trendCondition(roster, filter, schoolId);
        roster.add(") x GROUP BY x.in_from, x.out_from");

        Sql.Builder trained = new Sql.Builder("SELECT x.in_from, x.out_from, x.trained_from, COUNT(*) FROM (SELECT ");
        scope.scopeBuckets(trained, points);
        trained.add(", ");
        ReportScope.firstPoint(trained, "t.trained_at < ?", points.stream().map(scope::windowEnd).toList(), 0, never);
        trained.add(" AS trained_from");
        trained.add(district ? ReportScope.DISTRICT_ROSTER + ReportScope.PROGRESS_HASHED
                : " FROM programme_progress t JOIN staff s ON s.id = t.staff_id JOIN school sc ON sc.id = s.school_id");
        trained.add(" WHERE t.programme_id = ? AND ", rules.id());
        scope.trendCondition(trained, filter, schoolId);
        trained.add(") x GROUP BY x.in_from, x.out_from, x.trained_from");

        CompletableFuture<Void> rosterCounted = run(district ? beside : null, roster,
                rs -> everyone.put(List.of(rs.getInt(1), rs.getInt(2)), rs.getLong(3)));
        List<TrendBucket> trainedBuckets = new ArrayList<>();
        try {
            trained.build().each(connection, rs -> trainedBuckets.add(new TrendBucket(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getLong(4))));
        } finally {
            await(rosterCounted);
        }
        for (TrendBucket b : trainedBuckets) {
            result.add(b);
            everyone.merge(List.of(b.inFrom(), b.outFrom()), -b.count(), Long::sum);
        }
        everyone.forEach((inOut, untrained) -> {
            if (untrained > 0) {
                result.add(new TrendBucket(inOut.get(0), inOut.get(1), never, untrained));
            }
        });
        return result;
    }

}
