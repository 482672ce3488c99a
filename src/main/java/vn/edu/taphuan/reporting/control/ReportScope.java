package vn.edu.taphuan.reporting.control;

import vn.edu.taphuan.directory.control.RosterSql;
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
import java.util.Set;

/**
 * Whom a report counts and which completions count, as SQL conditions appended to a report's query: the programme's
 * categories narrowed by a filter, a person in scope on a day, the school filter, the end of the completion window
 * (min(deadline, as-of) in the report's zone; its start is the projections' own, {@link ProgrammeProgress}). Shared
 * by the figures ({@link ReportQueries}, {@link TrendCounts}) and filing ({@link FiledQueries}), so both count exactly
 * the same people.
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

    /** The whole district's roster with its schools, each school found in a hash table on Derby ({@link RosterSql}). */
    static final String DISTRICT_ROSTER = " FROM" + RosterSql.DISTRICT_PEOPLE_WITH_SCHOOLS;

    /** The roster with its schools, for filtered reports (the school index narrows it). */
    static final String ROSTER = " FROM " + RosterSql.PEOPLE_WITH_SCHOOLS;

    /** The programme's progress rows with their people and schools, for filtered reports. */
    static final String PROGRESS_ROSTER = " FROM programme_progress t JOIN " + RosterSql.PEOPLE + " ON s.id = t.staff_id JOIN "
            + RosterSql.SCHOOLS + " ON sc.id = s.school_id";

    /**
     * Joined after {@code staff s} in a fixed order: each person looked up in a hash table of the programme's progress
     * rows. Left to itself Derby hashes the whole staff table instead and spills it to disk (≈4× slower at city
     * scale); the table fits in memory with derby.language.maxMemoryPerTable raised (platform/DerbyTuning).
     */
    static final String PROGRESS_HASHED = " JOIN programme_progress t" + DerbyHints.properties("joinStrategy=HASH") + "ON t.staff_id = s.id";

    /** As {@link #PROGRESS_HASHED}, for the programme's course progress rows (the matrix's per-course counts). */
    static final String COURSES_HASHED = " JOIN programme_course_progress pc" + DerbyHints.properties("joinStrategy=HASH") + "ON pc.staff_id = s.id";

    static boolean wholeDistrict(Filter filter, Long schoolId) {
        return schoolId == null && filter.ward() == null && filter.type() == null;
    }

    void trendCondition(Sql.Builder sql, Filter filter, Long schoolId) {
        staffCondition(sql, filter, schoolId);
        sql.add(" AND ");
        categories(sql, filter);
        sql.add(" AND NOT (s.status = 'LEFT' AND s.end_date IS NULL)");
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

    /** Completions count until the end of min(deadline, day) in the report's zone (exclusive bound). */
    Timestamp windowEnd(LocalDate day) {
        return utc(rules.countsUntil(day).plusDays(1), zone);
    }

    /** The start of a local day, as the UTC timestamp completion times are stored in. */
    static Timestamp utc(LocalDate day, ZoneId zone) {
        return Timestamp.valueOf(Rules.utcStartOf(day, zone));
    }
}
