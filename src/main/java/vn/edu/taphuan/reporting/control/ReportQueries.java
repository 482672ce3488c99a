package vn.edu.taphuan.reporting.control;

import vn.edu.taphuan.platform.VietnameseText;
import vn.edu.taphuan.directory.entity.Gender;
import vn.edu.taphuan.directory.entity.SchoolType;
import vn.edu.taphuan.directory.entity.StaffCategory;
import vn.edu.taphuan.directory.entity.StaffStatus;
import vn.edu.taphuan.reporting.entity.Filter;
import vn.edu.taphuan.reporting.entity.Rules;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

    public ReportQueries(Connection connection, Rules rules, LocalDate asOf, ZoneId zone, Beside beside) {
        this.connection = connection;
        this.rules = rules;
        this.asOf = asOf;
        this.zone = zone;
        this.beside = beside;
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

    /**
     * The whole district's roster with its schools, for Derby: scan {@code staff} once and find each school in a hash
     * table of the (few thousand) schools instead of probing the school index per person (comments elsewhere).
     */
    private static final String DISTRICT_ROSTER = " FROM --DERBY-PROPERTIES joinOrder=FIXED\nstaff s JOIN school sc --DERBY-PROPERTIES joinStrategy=HASH\n"
            + "ON sc.id = s.school_id";

    /**
     * Joined after {@code staff s} in a fixed order: each person looked up in a hash table of the programme's progress
     * rows. Left to itself Derby hashes the whole staff table instead and spills it to disk (≈4× slower at city
     * scale); the table fits in memory with derby.language.maxMemoryPerTable raised (platform/DerbyTuning).
     */
    private static final String PROGRESS_HASHED = " JOIN programme_progress t --DERBY-PROPERTIES joinStrategy=HASH\nON t.staff_id = s.id";

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
        Sql sql = new Sql("SELECT sc.id, sc.code, sc.name, sc.ward, sc.school_type FROM school sc WHERE ");
        schoolCondition(sql, filter, schoolId);
        sql.add(" ORDER BY sc.code");
        List<SchoolInfo> result = new ArrayList<>();
        sql.query(connection, rs -> result.add(new SchoolInfo(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                SchoolType.valueOf(rs.getString(5)))));
        return result;
    }

    public List<String> wards() throws SQLException {
        List<String> result = new ArrayList<>();
        new Sql("SELECT sc.ward FROM school sc WHERE sc.active = TRUE GROUP BY sc.ward")
                .query(connection, rs -> result.add(rs.getString(1)));
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
        Sql roster = new Sql("SELECT s.school_id, s.category, s.gender, COUNT(*) FROM staff s");
        cellSchools(roster, filter, schoolId);
        roster.add(" AND ");
        inScope(roster, filter, asOf);
        roster.add(" GROUP BY s.school_id, s.category, s.gender");
        Sql trained = new Sql("SELECT s.school_id, s.category, s.gender, COUNT(*) FROM ");
        boolean district = wholeDistrict(filter, schoolId);
        if (district) {
            // scan the roster once (comments to other databases); no school join: the caller keeps open schools only
            trained.add("--DERBY-PROPERTIES joinOrder=FIXED\nstaff s" + PROGRESS_HASHED + " WHERE 1 = 1");
        } else {
            trained.add("programme_progress t JOIN staff s ON s.id = t.staff_id");
            cellSchools(trained, filter, schoolId);
        }
        trained.add(" AND t.programme_id = ? AND t.trained_at < ?", rules.id(), windowEnd(asOf));
        trained.add(" AND ");
        inScope(trained, filter, asOf);
        trained.add(" GROUP BY s.school_id, s.category, s.gender");

        Map<Key, Long> inScope = new LinkedHashMap<>();
        Map<Key, Long> done = new HashMap<>();
        // the whole district's two scans are the report's cost: run the roster's beside the progress one
        CompletableFuture<Void> rosterCounted = run(district ? beside : null, roster,
                rs -> inScope.put(Key.of(rs), rs.getLong(4)));
        try {
            trained.query(connection, rs -> done.put(Key.of(rs), rs.getLong(4)));
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
    private CompletableFuture<Void> run(Beside beside, Sql sql, Sql.RowReader reader) throws SQLException {
        if (beside == null) {
            sql.query(connection, reader);
            return CompletableFuture.completedFuture(null);
        }
        return CompletableFuture.runAsync(() -> {
            try (Connection other = beside.connections().open()) {
                sql.query(other, reader);
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
    private void cellSchools(Sql sql, Filter filter, Long schoolId) {
        if (filter.ward() != null || filter.type() != null) {
            sql.add(" JOIN school sc ON sc.id = s.school_id WHERE ");
            staffCondition(sql, filter, schoolId);
        } else if (schoolId != null) {
            sql.add(" WHERE s.school_id = ?", schoolId);
        } else {
            sql.add(" WHERE 1 = 1");
        }
    }

    private static boolean wholeDistrict(Filter filter, Long schoolId) {
        return schoolId == null && filter.ward() == null && filter.type() == null;
    }

    /** Per school and required course: staff in scope who completed that course in the period. */
    public Map<Long, Map<String, Long>> courseCounts(Filter filter, Long schoolId) throws SQLException {
        Sql sql = new Sql("SELECT s.school_id, d.course_id, COUNT(*) FROM staff s JOIN school sc ON sc.id = s.school_id JOIN (");
        completedCourses(sql, filter, schoolId);
        sql.add(") d ON d.staff_id = s.id WHERE ");
        staffCondition(sql, filter, schoolId);
        sql.add(" AND ");
        inScope(sql, filter, asOf);
        sql.add(" GROUP BY s.school_id, d.course_id");
        Map<Long, Map<String, Long>> result = new LinkedHashMap<>();
        sql.query(connection, rs -> result.computeIfAbsent(rs.getLong(1), k -> new LinkedHashMap<>()).put(rs.getString(2), rs.getLong(3)));
        return result;
    }

    /** Everyone in scope at the school who lacks a required course, one row per missing course (callers sort by name). */
    public List<Gap> gaps(long schoolId) throws SQLException {
        Sql sql = new Sql("SELECT s.code, s.full_name, s.category, s.gender, s.status, rc.course_id FROM staff s, (VALUES ");
        StringJoiner values = new StringJoiner(", ");
        for (int i = 0; i < rules.courseIds().size(); i++) {
            values.add("(CAST(? AS VARCHAR(64)), " + (i + 1) + ")");
        }
        sql.add(values.toString(), rules.courseIds().toArray());
        sql.add(") AS rc (course_id, position) WHERE s.school_id = ? AND ", schoolId);
        inScope(sql, Filter.NONE, asOf);
        sql.add(" AND NOT EXISTS (SELECT 1 FROM completion c WHERE c.staff_id = s.id AND c.course_id = rc.course_id "
                + "AND c.completed_at >= ? AND c.completed_at < ?)", windowStart(), windowEnd(asOf));
        sql.add(" ORDER BY s.full_name, s.code, rc.position");
        List<Gap> result = new ArrayList<>();
        sql.query(connection, rs -> result.add(new Gap(rs.getString(1), rs.getString(2), StaffCategory.valueOf(rs.getString(3)),
                Gender.valueOf(rs.getString(4)), StaffStatus.valueOf(rs.getString(5)), rs.getString(6))));
        return result;
    }

    /** Everyone in scope at the school (one school's staff: tens of rows), in no particular order. */
    public List<Person> people(long schoolId) throws SQLException {
        Sql sql = new Sql("SELECT s.code, s.full_name, s.category, s.gender, s.status FROM staff s").add(" WHERE s.school_id = ? AND ", schoolId);
        inScope(sql, Filter.NONE, asOf);
        List<Person> result = new ArrayList<>();
        sql.query(connection, rs -> result.add(new Person(rs.getString(1), rs.getString(2), StaffCategory.valueOf(rs.getString(3)),
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
        boolean district = wholeDistrict(filter, schoolId);
        Map<List<Integer>, Long> everyone = new LinkedHashMap<>();
        Sql roster = new Sql("SELECT x.in_from, x.out_from, COUNT(*) FROM (SELECT ");
        scopeBuckets(roster, points);
        roster.add(district ? DISTRICT_ROSTER : " FROM staff s JOIN school sc ON sc.id = s.school_id");
        roster.add(" WHERE ");
        trendCondition(roster, filter, schoolId);
        roster.add(") x GROUP BY x.in_from, x.out_from");

        Sql trained = new Sql("SELECT x.in_from, x.out_from, x.trained_from, COUNT(*) FROM (SELECT ");
        scopeBuckets(trained, points);
        trained.add(", ");
        firstPoint(trained, "t.trained_at < ?", points.stream().map(this::windowEnd).toList(), 0, never);
        trained.add(" AS trained_from");
        trained.add(district ? DISTRICT_ROSTER + PROGRESS_HASHED
                : " FROM programme_progress t JOIN staff s ON s.id = t.staff_id JOIN school sc ON sc.id = s.school_id");
        trained.add(" WHERE t.programme_id = ? AND ", rules.id());
        trendCondition(trained, filter, schoolId);
        trained.add(") x GROUP BY x.in_from, x.out_from, x.trained_from");

        CompletableFuture<Void> rosterCounted = run(district ? beside : null, roster,
                rs -> everyone.put(List.of(rs.getInt(1), rs.getInt(2)), rs.getLong(3)));
        List<TrendBucket> trainedBuckets = new ArrayList<>();
        try {
            trained.query(connection, rs -> trainedBuckets.add(new TrendBucket(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getLong(4))));
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

    /** The first trend point at which each person is on the roster ({@code in_from}) and off it again ({@code out_from}). */
    private void scopeBuckets(Sql sql, List<LocalDate> points) {
        int never = points.size();
        List<Object> days = points.stream().map(d -> (Object) Date.valueOf(d)).toList();
        sql.add("CASE WHEN s.start_date IS NULL THEN 0 ELSE ");
        firstPoint(sql, "s.start_date <= ?", days, 0, never);
        sql.add(" END AS in_from, CASE WHEN s.end_date IS NULL THEN " + never + " ELSE ");
        firstPoint(sql, "s.end_date <= ?", days, 0, never);
        sql.add(" END AS out_from");
    }

    /**
     * The index of the first bound for which {@code condition} holds, searched in {@code [from, to]} ({@code to} when
     * none does), as nested CASEs that halve the range: the condition holds from some bound on (bounds ascend), so
     * the database tests about log2(n) conditions per person instead of up to n.
     */
    static void firstPoint(Sql sql, String condition, List<?> bounds, int from, int to) {
        if (from == to) {
            sql.add(String.valueOf(from));
            return;
        }
        int mid = (from + to) / 2;
        sql.add("CASE WHEN " + condition + " THEN ", bounds.get(mid));
        firstPoint(sql, condition, bounds, from, mid);
        sql.add(" ELSE ");
        firstPoint(sql, condition, bounds, mid + 1, to);
        sql.add(" END");
    }

    private void trendCondition(Sql sql, Filter filter, Long schoolId) {
        staffCondition(sql, filter, schoolId);
        sql.add(" AND ");
        categories(sql, filter);
        sql.add(" AND NOT (s.status = 'LEFT' AND s.end_date IS NULL)");
    }

    /**
     * Each (staff, required course) with a completion in the period, up to the end of min(deadline, as-of);
     * restricted to one school's staff when given, so a school report reads only its own people's rows.
     */
    private void completedCourses(Sql sql, Filter filter, Long schoolId) {
        sql.add("SELECT c.staff_id, c.course_id FROM completion c ");
        if (schoolId != null) {
            sql.add("JOIN staff cs ON cs.id = c.staff_id AND cs.school_id = ? ", schoolId);
        } else if (filter.ward() != null || filter.type() != null) {
            sql.add("JOIN staff cs ON cs.id = c.staff_id JOIN school csc ON csc.id = cs.school_id");
            if (filter.ward() != null) {
                sql.add(" AND csc.ward = ?", filter.ward());
            }
            if (filter.type() != null) {
                sql.add(" AND csc.school_type = ?", filter.type().name());
            }
            sql.add(" ");
        } else {
            // the whole district: read the (staff, course, time) index in its order, so Derby groups without
            // sorting ~300k rows at city scale; a comment to other databases
            sql.add("--DERBY-PROPERTIES index=COMPLETION_STAFF_IX\n");
        }
        sql.add("WHERE c.course_id IN (" + vn.edu.taphuan.platform.Sql.marks(rules.courseIds().size()) + ")", rules.courseIds().toArray());
        sql.add(" AND c.completed_at >= ? AND c.completed_at < ? GROUP BY c.staff_id, c.course_id", windowStart(), windowEnd(asOf));
    }

    private void schoolCondition(Sql sql, Filter filter, Long schoolId) {
        sql.add("sc.active = TRUE");
        if (schoolId != null) {
            sql.add(" AND sc.id = ?", schoolId);
        }
        schoolFilter(sql, filter);
    }

    /** Staff of the school or filtered schools; said on {@code s} too, so the staff index on school is used. */
    private void staffCondition(Sql sql, Filter filter, Long schoolId) {
        schoolCondition(sql, Filter.NONE, schoolId);
        if (schoolId != null) {
            sql.add(" AND s.school_id = ?", schoolId);
        }
        schoolFilter(sql, filter);
    }

    private void schoolFilter(Sql sql, Filter filter) {
        if (filter.ward() != null) {
            sql.add(" AND sc.ward = ?", filter.ward());
        }
        if (filter.type() != null) {
            sql.add(" AND sc.school_type = ?", filter.type().name());
        }
    }

    void inScope(Sql sql, Filter filter, LocalDate day) {
        categories(sql, filter);
        Date d = Date.valueOf(day);
        sql.add(" AND (s.start_date IS NULL OR s.start_date <= ?) AND (s.end_date IS NULL OR s.end_date > ?)"
                + " AND NOT (s.status = 'LEFT' AND s.end_date IS NULL)", d, d);
    }

    private void categories(Sql sql, Filter filter) {
        Set<StaffCategory> counted = counted(filter);
        if (counted.isEmpty()) {
            sql.add("1 = 0");
            return;
        }
        sql.add("s.category IN (" + vn.edu.taphuan.platform.Sql.marks(counted.size()) + ")", counted.stream().map(Enum::name).toArray());
    }

    /** The programme's categories, narrowed by the filter's. */
    public Set<StaffCategory> counted(Filter filter) {
        Set<StaffCategory> counted = rules.categories().isEmpty() ? EnumSet.noneOf(StaffCategory.class) : EnumSet.copyOf(rules.categories());
        if (filter.category() != null) {
            counted.retainAll(Set.of(filter.category()));
        }
        return counted;
    }

    /**
     * Completions count from 00:00 of the programme's first counted day in the report's zone — the completions-valid-from
     * day when set, else the period start ({@link Rules#countsFrom()}); completed_at is stored in UTC.
     */
    Timestamp windowStart() {
        return utc(rules.countsFrom(), zone);
    }

    /** Completions count until the end of min(deadline, day) in the report's zone (exclusive bound). */
    Timestamp windowEnd(LocalDate day) {
        return utc(rules.countsUntil(day).plusDays(1), zone);
    }

    /** The start of a local day, as the UTC timestamp completion times are stored in. */
    static Timestamp utc(LocalDate day, ZoneId zone) {
        return Timestamp.valueOf(Rules.utcStartOf(day, zone));
    }

    /** SQL text with its positional parameters, built together so they cannot drift apart. */
    static final class Sql {
        private final StringBuilder text = new StringBuilder();
        private final List<Object> params = new ArrayList<>();

        Sql(String start) {
            text.append(start);
        }

        Sql add(String part, Object... values) {
            text.append(part);
            params.addAll(List.of(values));
            return this;
        }

        interface RowReader {
            void read(ResultSet rs) throws SQLException;
        }

        void query(Connection c, RowReader reader) throws SQLException {
            try (PreparedStatement p = c.prepareStatement(text.toString())) {
                for (int i = 0; i < params.size(); i++) {
                    p.setObject(i + 1, params.get(i));
                }
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        reader.read(rs);
                    }
                }
            }
        }

        /** Runs an INSERT, UPDATE or DELETE; the number of rows it touched. */
        int update(Connection c) throws SQLException {
            try (PreparedStatement p = c.prepareStatement(text.toString())) {
                for (int i = 0; i < params.size(); i++) {
                    p.setObject(i + 1, params.get(i));
                }
                return p.executeUpdate();
            }
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }
}
