package vn.edu.taphuan.reporting.control;

import vn.edu.taphuan.directory.control.RosterSql;
import vn.edu.taphuan.platform.Sql;
import vn.edu.taphuan.reporting.entity.Filter;
import vn.edu.taphuan.reporting.entity.Rules;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The SQL of filed reports over the roster, with the report's own rule for who is in scope and trained on the as-of
 * day ({@link ReportQueries}): the list of people a filing freezes, copied by the database in one statement, and the
 * few people whom today's report for that day counts differently. Portable SQL (Derby 10.16, PostgreSQL 15).
 */
public class FiledQueries {
    private final Connection connection;
    private final Rules rules;
    private final LocalDate asOf;
    private final ReportScope scope;

    public FiledQueries(Connection connection, Rules rules, LocalDate asOf, ZoneId zone) {
        this.connection = connection;
        this.rules = rules;
        this.asOf = asOf;
        this.scope = new ReportScope(rules, asOf, zone);
    }

    /** Everyone in scope at open schools (or at the one school) on the as-of day, trained or not, into the filed report. */
    public int freezePeople(long filedId, Long schoolId) throws SQLException {
        Sql.Builder sql = new Sql.Builder("INSERT INTO filed_report_person (filed_report_id, staff_id, school_id, staff_code, "
                + "full_name, category, gender, trained) SELECT CAST(? AS BIGINT), s.id, s.school_id, s.code, s.full_name, s.category, s.gender, "
                + "CASE WHEN t.staff_id IS NULL THEN 0 ELSE 1 END").add("", filedId);
        liveRoster(sql, schoolId, "");
        return sql.build().update(connection);
    }

    /** Per school of the filed report: {in scope, trained} of the people it froze. */
    public Map<Long, long[]> frozenCounts(long filedId) throws SQLException {
        Map<Long, long[]> result = new HashMap<>();
        new Sql.Builder("SELECT school_id, COUNT(*), SUM(trained) FROM filed_report_person WHERE filed_report_id = ? GROUP BY school_id")
                .add("", filedId).build().each(connection, rs -> result.put(rs.getLong(1), new long[]{rs.getLong(2), rs.getLong(3)}));
        return result;
    }

    /**
     * The people whom today's report for the filed day counts differently from the filed one: those counted now who
     * were not counted, or at another school, or with another training state; then those counted then at a school
     * where they are not counted now. Only differences leave the database.
     */
    public List<FiledDiff.Row> differences(long filedId, Long schoolId) throws SQLException {
        List<FiledDiff.Row> rows = new ArrayList<>();
        Sql.Builder now = new Sql.Builder("SELECT s.code, s.full_name, s.school_id, sc.code, sc.name, "
                + "CASE WHEN t.staff_id IS NULL THEN 0 ELSE 1 END AS trained_now, f.school_id, f.trained");
        liveRoster(now, schoolId, " LEFT JOIN filed_report_person f ON f.filed_report_id = ? AND f.staff_id = s.id", filedId);
        now.add(" AND (f.staff_id IS NULL OR f.school_id <> s.school_id OR f.trained <> CASE WHEN t.staff_id IS NULL THEN 0 ELSE 1 END)");
        now.build().each(connection, rs -> {
            long then = rs.getLong(7);
            boolean counted = !rs.wasNull();
            rows.add(new FiledDiff.Row(rs.getString(1), rs.getString(2),
                    counted ? new FiledDiff.Place(then, null, null, rs.getInt(8) == 1) : null,
                    new FiledDiff.Place(rs.getLong(3), rs.getString(4), rs.getString(5), rs.getInt(6) == 1)));
        });
        Sql.Builder gone = new Sql.Builder("SELECT f.staff_code, f.full_name, f.school_id, fs.code, fs.name, f.trained "
                + "FROM filed_report_person f JOIN filed_report_school fs ON fs.filed_report_id = f.filed_report_id AND fs.school_id = f.school_id "
                + "WHERE f.filed_report_id = ? AND NOT EXISTS (SELECT 1 FROM " + RosterSql.PEOPLE_WITH_SCHOOLS + " "
                + "WHERE s.id = f.staff_id AND s.school_id = f.school_id AND sc.active = TRUE AND ").add("", filedId);
        scope.inScope(gone, Filter.NONE, asOf);
        gone.add(")");
        gone.build().each(connection, rs -> rows.add(new FiledDiff.Row(rs.getString(1), rs.getString(2),
                new FiledDiff.Place(rs.getLong(3), rs.getString(4), rs.getString(5), rs.getInt(6) == 1), null)));
        return rows;
    }

    /** FROM … WHERE of the people in scope on the as-of day at open schools, with their programme progress row if trained then. */
    private void liveRoster(Sql.Builder sql, Long schoolId, String join, Object... params) {
        sql.add(" FROM " + RosterSql.PEOPLE_WITH_SCHOOLS + " LEFT JOIN programme_progress t ON t.staff_id = s.id "
                + "AND t.programme_id = ? AND t.trained_at < ?", rules.id(), scope.windowEnd(asOf));
        sql.add(join, params);
        sql.add(" WHERE sc.active = TRUE AND ");
        if (schoolId != null) {
            sql.add("s.school_id = ? AND ", schoolId);
        }
        scope.inScope(sql, Filter.NONE, asOf);
    }
}
