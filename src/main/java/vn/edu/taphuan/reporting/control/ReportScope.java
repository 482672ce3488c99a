package vn.edu.taphuan.reporting.control;

import vn.edu.taphuan.platform.DerbyHints;
import vn.edu.taphuan.directory.entity.StaffCategory;
import vn.edu.taphuan.platform.Sql;
import vn.edu.taphuan.reporting.entity.Filter;
import vn.edu.taphuan.reporting.entity.Rules;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Whom a report counts and which completions count, as SQL conditions appended to a report's query: the programme's
 * categories narrowed by a filter, a person in scope on a day, the school filter, the completion window of the
 * programme (from its completions-valid-from day to min(deadline, as-of) in the report's zone), and the trend's
 * "first point at which" buckets. Shared by the figures ({@link ReportQueries}) and filing ({@link FiledQueries}),
 * so both count exactly the same people.
 */
final class ReportScope {
    private final Rules rules;
    private final LocalDate asOf;
    private final ZoneId zone;

    ReportScope(Rules rules, LocalDate asOf, ZoneId zone) {
        this.rules = rules;
        this.asOf = asOf;
        this.zone = zone;
    }

    /**
     * The whole district's roster with its schools, for Derby: scan {@code staff} once and find each school in a hash
     * table of the (few thousand) schools instead of probing the school index per person (comments elsewhere).
     */
    static final String DISTRICT_ROSTER = " FROM" + DerbyHints.properties("joinOrder=FIXED") + "staff s JOIN school sc"
            + DerbyHints.properties("joinStrategy=HASH") + "ON sc.id = s.school_id";

    /**
     * Joined after {@code staff s} in a fixed order: each person looked up in a hash table of the programme's progress
     * rows. Left to itself Derby hashes the whole staff table instead and spills it to disk (≈4× slower at city
     * scale); the table fits in memory with derby.language.maxMemoryPerTable raised (platform/DerbyTuning).
     */
    static final String PROGRESS_HASHED = " JOIN programme_progress t" + DerbyHints.properties("joinStrategy=HASH") + "ON t.staff_id = s.id";

    static boolean wholeDistrict(Filter filter, Long schoolId) {
        return schoolId == null && filter.ward() == null && filter.type() == null;
    }

    /** The first trend point at which each person is on the roster ({@code in_from}) and off it again ({@code out_from}). */
    void scopeBuckets(Sql.Builder sql, List<LocalDate> points) {
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
    static void firstPoint(Sql.Builder sql, String condition, List<?> bounds, int from, int to) {
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

    void trendCondition(Sql.Builder sql, Filter filter, Long schoolId) {
        staffCondition(sql, filter, schoolId);
        sql.add(" AND ");
        categories(sql, filter);
        sql.add(" AND NOT (s.status = 'LEFT' AND s.end_date IS NULL)");
    }

    /**
     * Each (staff, required course) with a completion in the period, up to the end of min(deadline, as-of);
     * restricted to one school's staff when given, so a school report reads only its own people's rows.
     */
    void completedCourses(Sql.Builder sql, Filter filter, Long schoolId) {
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
            sql.add(DerbyHints.index("COMPLETION_STAFF_IX"));
        }
        sql.add("WHERE c.course_id IN (" + Sql.marks(rules.courseIds().size()) + ")", rules.courseIds().toArray());
        sql.add(" AND c.completed_at >= ? AND c.completed_at < ? GROUP BY c.staff_id, c.course_id", windowStart(), windowEnd(asOf));
    }

    void schoolCondition(Sql.Builder sql, Filter filter, Long schoolId) {
        sql.add("sc.active = TRUE");
        if (schoolId != null) {
            sql.add(" AND sc.id = ?", schoolId);
        }
        schoolFilter(sql, filter);
    }

    /** Staff of the school or filtered schools; said on {@code s} too, so the staff index on school is used. */
    void staffCondition(Sql.Builder sql, Filter filter, Long schoolId) {
        schoolCondition(sql, Filter.NONE, schoolId);
        if (schoolId != null) {
            sql.add(" AND s.school_id = ?", schoolId);
        }
        schoolFilter(sql, filter);
    }

    void schoolFilter(Sql.Builder sql, Filter filter) {
        if (filter.ward() != null) {
            sql.add(" AND sc.ward = ?", filter.ward());
        }
        if (filter.type() != null) {
            sql.add(" AND sc.school_type = ?", filter.type().name());
        }
    }

    void inScope(Sql.Builder sql, Filter filter, LocalDate day) {
        categories(sql, filter);
        Date d = Date.valueOf(day);
        sql.add(" AND (s.start_date IS NULL OR s.start_date <= ?) AND (s.end_date IS NULL OR s.end_date > ?)"
                + " AND NOT (s.status = 'LEFT' AND s.end_date IS NULL)", d, d);
    }

    void categories(Sql.Builder sql, Filter filter) {
        Set<StaffCategory> counted = counted(filter);
        if (counted.isEmpty()) {
            sql.add("1 = 0");
            return;
        }
        sql.add("s.category IN (" + Sql.marks(counted.size()) + ")", counted.stream().map(Enum::name).toArray());
    }

    /** The programme's categories, narrowed by the filter's. */
    Set<StaffCategory> counted(Filter filter) {
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
}
