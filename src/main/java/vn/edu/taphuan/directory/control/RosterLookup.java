package vn.edu.taphuan.directory.control;

import vn.edu.taphuan.directory.entity.Gender;
import vn.edu.taphuan.directory.entity.SchoolType;
import vn.edu.taphuan.directory.entity.StaffCategory;
import vn.edu.taphuan.directory.entity.StaffStatus;
import vn.edu.taphuan.platform.DerbyHints;
import vn.edu.taphuan.platform.Sql;

import java.sql.Connection;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntConsumer;

/**
 * The stored schools and staff an import's codes name, looked up by code in chunks of {@link #CHUNK}, never by
 * loading a whole table. Each query names the unique index on code for Derby ({@link DerbyHints}): seeing a small
 * table (the demo's 1,000 staff before a first big import), its optimizer scans it and tests each row against the
 * 500-code IN list — 200 such queries cost ~15 s; probing the index per code costs ~1 s.
 */
final class RosterLookup {
    static final int CHUNK = 500;

    record SchoolRef(long id, String code) {
    }

    record StoredSchool(long id, String name, String ward, SchoolType type, String level) {
    }

    record StoredStaff(long id, String fullName, Gender gender, StaffCategory category, StaffStatus status,
                       LocalDate startDate, LocalDate endDate, long schoolId, String schoolCode) {
    }

    private RosterLookup() {
    }

    static Map<String, SchoolRef> schoolRefs(Connection c, Collection<String> codes) throws SQLException {
        return byCode(c, "SELECT code, id, code FROM school" + DerbyHints.constraint("SCHOOL_CODE_UQ") + "WHERE code IN ", codes,
                rs -> new SchoolRef(rs.getLong(2), rs.getString(3)), null);
    }

    static Map<String, StoredSchool> schools(Connection c, Collection<String> codes, IntConsumer progress) throws SQLException {
        return byCode(c, "SELECT code, id, name, ward, school_type, level FROM school" + DerbyHints.constraint("SCHOOL_CODE_UQ")
                        + "WHERE code IN ", codes,
                rs -> new StoredSchool(rs.getLong(2), rs.getString(3), rs.getString(4), SchoolType.valueOf(rs.getString(5)), rs.getString(6)),
                progress);
    }

    static Map<String, StoredStaff> staff(Connection c, Collection<String> codes, IntConsumer progress) throws SQLException {
        return byCode(c, "SELECT s.code, s.id, s.full_name, s.gender, s.category, s.status, s.start_date, s.end_date, s.school_id, "
                + "sc.code FROM staff s" + DerbyHints.constraint("STAFF_CODE_UQ") + "JOIN school sc ON sc.id = s.school_id WHERE s.code IN ",
                codes, RosterLookup::storedStaff, progress);
    }

    /** The code of the school with this id (for messages), or the id when there is none. */
    static String schoolCode(Connection c, long id) throws SQLException {
        return Sql.of("SELECT code FROM school WHERE id = ?", id).first(c, rs -> rs.getString(1)).orElse(String.valueOf(id));
    }

    /** The distinct non-null codes of the rows, in file order. */
    static <R> Set<String> distinct(List<R> rows, Function<R, String> code) {
        Set<String> codes = new LinkedHashSet<>();
        for (R r : rows) {
            String c = code.apply(r);
            if (c != null) {
                codes.add(c);
            }
        }
        return codes;
    }

    private static StoredStaff storedStaff(ResultSet rs) throws SQLException {
        Date start = rs.getDate(7);
        Date end = rs.getDate(8);
        return new StoredStaff(rs.getLong(2), rs.getString(3), Gender.valueOf(rs.getString(4)),
                StaffCategory.valueOf(rs.getString(5)), StaffStatus.valueOf(rs.getString(6)),
                start == null ? null : start.toLocalDate(), end == null ? null : end.toLocalDate(), rs.getLong(9), rs.getString(10));
    }

    /** Stored rows whose code (first selected column) is among {@code codes}, by code. */
    private static <T> Map<String, T> byCode(Connection c, String selectWhereCodeIn, Collection<String> codes, Sql.Row<T> mapper,
                                             IntConsumer progress) throws SQLException {
        Map<String, T> found = new HashMap<>(codes.size() * 2);
        int done = 0;
        for (List<String> chunk : Sql.chunks(new ArrayList<>(codes), CHUNK)) {
            Sql.of(selectWhereCodeIn + "(" + Sql.marks(chunk.size()) + ")", chunk.toArray()).each(c, rs -> found.put(rs.getString(1), mapper.map(rs)));
            done += chunk.size();
            if (progress != null) {
                progress.accept(done);
            }
        }
        return found;
    }
}
