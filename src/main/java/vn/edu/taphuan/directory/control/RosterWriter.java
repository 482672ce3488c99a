package vn.edu.taphuan.directory.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.edu.taphuan.audit.control.AuditLog;
import vn.edu.taphuan.directory.entity.Gender;
import vn.edu.taphuan.directory.entity.ImportJobView;
import vn.edu.taphuan.directory.entity.ImportPhase;
import vn.edu.taphuan.directory.entity.SchoolType;
import vn.edu.taphuan.directory.entity.Staff;
import vn.edu.taphuan.directory.entity.StaffCategory;
import vn.edu.taphuan.directory.entity.StaffStatus;
import vn.edu.taphuan.platform.Database;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Checks import rows against the database and writes them, in ONE transaction: every row or none. Rows are
 * matched to stored ones by code (upsert): a new code is inserted, a changed row updated, an equal row left
 * alone, so importing the same file twice changes nothing the second time.
 * <p>
 * Plain JDBC batches on the JTA data source, not JPA: staff and school ids are database identities, and
 * EclipseLink cannot batch inserts whose identity it must read back, so 100,000 persists would be 100,000
 * round trips (see docs/performance.md, "Bulk import"). Stored rows are looked up by the file's codes, in
 * chunks, never by loading a whole table.
 */
@ApplicationScoped
public class RosterWriter {
    static final int LOOKUP_CHUNK = 500;
    /**
     * Derby's optimizer, seeing a small table (the demo's 1,000 staff before a first big import), scans it and
     * tests each row against the 500-code IN list: 200 such queries cost ~15 s. Pointing it at the unique
     * index on code makes it probe the index per code (~1 s). To every other database this is a comment.
     */
    private static final String BY_CODE = "--DERBY-PROPERTIES constraint=";

    @Resource(lookup = Database.JNDI)
    DataSource dataSource;

    @Inject
    @ConfigProperty(name = "taphuan.import.batch-size", defaultValue = "1000")
    int batchSize;

    @Inject
    AuditLog audit;

    /** Told how far the checks and the writing are; may be called often, throttles itself. */
    public interface Progress {
        void at(ImportPhase phase, int done, int total);
    }

    private record SchoolRef(long id, String code) {
    }

    private record StoredSchool(long id, String name, String ward, SchoolType type, String level) {
    }

    private record StoredStaff(long id, String fullName, Gender gender, StaffCategory category, StaffStatus status,
                               LocalDate startDate, LocalDate endDate, long schoolId, String schoolCode) {
    }

    /**
     * Imports staff. {@code ownSchoolId} limits every row to that school (a principal); null allows any school.
     * Adds the database problems (unknown school, another school's row or person) to {@code problems}; when
     * there are any, from here or from earlier checks, writes nothing and returns null.
     */
    @Transactional
    public ImportJobView.Result staff(RosterRows.Staff file, Long ownSchoolId, ImportProblems problems, ImportHeader header,
                                      Progress progress, ImportTrail.Origin origin) {
        long started = System.nanoTime();
        List<RosterRows.StaffRow> rows = file.rows();
        try (Connection c = dataSource.getConnection()) {
            Map<String, SchoolRef> schools = lookup(c, "SELECT code, id, code FROM school " + BY_CODE + "SCHOOL_CODE_UQ\n WHERE code IN ",
                    distinct(rows, RosterRows.StaffRow::schoolCode), rs -> new SchoolRef(rs.getLong(2), rs.getString(3)), null);
            String ownCode = ownSchoolId == null ? null : schoolCode(c, ownSchoolId);
            Map<String, StoredStaff> stored = lookup(c, "SELECT s.code, s.id, s.full_name, s.gender, s.category, s.status, "
                            + "s.start_date, s.end_date, s.school_id, sc.code FROM staff s " + BY_CODE + "STAFF_CODE_UQ\n"
                            + " JOIN school sc ON sc.id = s.school_id WHERE s.code IN ",
                    distinct(rows, RosterRows.StaffRow::code), RosterWriter::storedStaff, n -> progress.at(ImportPhase.VALIDATING, n, rows.size()));
            for (RosterRows.StaffRow r : rows) {
                SchoolRef school = r.schoolCode() == null ? null : schools.get(r.schoolCode());
                if (r.schoolCode() != null && school == null) {
                    problems.add(r.row(), header.name(ImportColumn.STAFF_SCHOOL), r.schoolCode(), "import.school.unknown", r.schoolCode());
                } else if (school != null && ownSchoolId != null && school.id() != ownSchoolId) {
                    problems.add(r.row(), header.name(ImportColumn.STAFF_SCHOOL), r.schoolCode(), "import.school.notYours", ownCode);
                }
                StoredStaff s = r.code() == null ? null : stored.get(r.code());
                if (s != null && ownSchoolId != null && s.schoolId() != ownSchoolId) {
                    problems.add(r.row(), header.name(ImportColumn.STAFF_CODE), r.code(), "import.staff.otherSchool", r.code(), s.schoolCode());
                }
            }
            if (problems.any()) {
                return null;
            }
            List<RosterRows.StaffRow> inserts = new ArrayList<>();
            List<RosterRows.StaffRow> updates = new ArrayList<>();
            for (RosterRows.StaffRow r : rows) {
                StoredStaff s = stored.get(r.code());
                if (s == null) {
                    inserts.add(r);
                } else if (!same(s, r, schools.get(r.schoolCode()).id(), file)) {
                    updates.add(r);
                }
            }
            int total = inserts.size() + updates.size();
            Timestamp now = Timestamp.valueOf(ImportJobs.now());
            int done = 0;
            try (PreparedStatement p = c.prepareStatement("INSERT INTO staff (code, actor_key, full_name, gender, category, status, "
                    + "start_date, end_date, school_id, created_at, updated_at, row_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)")) {
                for (RosterRows.StaffRow r : inserts) {
                    p.setString(1, r.code());
                    p.setString(2, Staff.newActorKey());
                    p.setString(3, r.fullName());
                    p.setString(4, r.gender().name());
                    p.setString(5, r.category().name());
                    p.setString(6, r.status().name());
                    date(p, 7, r.startDate());
                    date(p, 8, r.endDate());
                    p.setLong(9, schools.get(r.schoolCode()).id());
                    p.setTimestamp(10, now);
                    p.setTimestamp(11, now);
                    p.addBatch();
                    if (++done % batchSize == 0) {
                        p.executeBatch();
                        progress.at(ImportPhase.WRITING, done, total);
                    }
                }
                p.executeBatch();
            }
            try (PreparedStatement p = c.prepareStatement("UPDATE staff SET full_name = ?, gender = ?, category = ?, status = ?, "
                    + "start_date = ?, end_date = ?, school_id = ?, updated_at = ?, row_version = row_version + 1 WHERE id = ?")) {
                for (RosterRows.StaffRow r : updates) {
                    StoredStaff s = stored.get(r.code());
                    p.setString(1, r.fullName());
                    p.setString(2, r.gender().name());
                    p.setString(3, r.category().name());
                    p.setString(4, (file.hasStatus() ? r.status() : s.status()).name());
                    date(p, 5, file.hasStartDate() ? r.startDate() : s.startDate());
                    date(p, 6, file.hasEndDate() ? r.endDate() : s.endDate());
                    p.setLong(7, schools.get(r.schoolCode()).id());
                    p.setTimestamp(8, now);
                    p.setLong(9, s.id());
                    p.addBatch();
                    if (++done % batchSize == 0) {
                        p.executeBatch();
                        progress.at(ImportPhase.WRITING, done, total);
                    }
                }
                p.executeBatch();
            }
            progress.at(ImportPhase.WRITING, total, total);
            ImportJobView.Result result = new ImportJobView.Result(inserts.size(), updates.size(), rows.size() - total, millis(started));
            staffTrail(c, origin, ownCode, inserts, updates, stored, file, result);
            return result;
        } catch (SQLException e) {
            throw new WriteFailed(e);
        }
    }

    /** The import's audit entries, in its transaction (see {@link ImportTrail} for which rows get one). */
    private void staffTrail(Connection c, ImportTrail.Origin origin, String ownCode, List<RosterRows.StaffRow> inserts,
                            List<RosterRows.StaffRow> updates, Map<String, StoredStaff> stored, RosterRows.Staff file,
                            ImportJobView.Result result) throws SQLException {
        try (ImportTrail trail = new ImportTrail(audit.batch(c, origin.actor(), origin.jobId()), origin)) {
            for (RosterRows.StaffRow r : inserts) {
                trail.created(r.schoolCode(), r.code());
            }
            for (RosterRows.StaffRow r : updates) {
                StoredStaff s = stored.get(r.code());
                trail.updated(new RosterChanges.Facts(r.code(), s.fullName(), s.gender(), s.category(), s.status(),
                                s.startDate(), s.endDate(), s.schoolCode()),
                        new RosterChanges.Facts(r.code(), r.fullName(), r.gender(), r.category(),
                                file.hasStatus() ? r.status() : s.status(), file.hasStartDate() ? r.startDate() : s.startDate(),
                                file.hasEndDate() ? r.endDate() : s.endDate(), r.schoolCode()));
            }
            trail.finish("staff", ownCode, result);
        }
    }

    /** Imports schools (district only). Same rules as {@link #staff}. */
    @Transactional
    public ImportJobView.Result schools(RosterRows.Schools file, ImportProblems problems, Progress progress,
                                        ImportTrail.Origin origin) {
        long started = System.nanoTime();
        List<RosterRows.SchoolRow> rows = file.rows();
        try (Connection c = dataSource.getConnection()) {
            Map<String, StoredSchool> stored = lookup(c, "SELECT code, id, name, ward, school_type, level FROM school " + BY_CODE
                            + "SCHOOL_CODE_UQ\n WHERE code IN ",
                    distinct(rows, RosterRows.SchoolRow::code),
                    rs -> new StoredSchool(rs.getLong(2), rs.getString(3), rs.getString(4), SchoolType.valueOf(rs.getString(5)), rs.getString(6)),
                    n -> progress.at(ImportPhase.VALIDATING, n, rows.size()));
            if (problems.any()) {
                return null;
            }
            List<RosterRows.SchoolRow> inserts = new ArrayList<>();
            List<RosterRows.SchoolRow> updates = new ArrayList<>();
            for (RosterRows.SchoolRow r : rows) {
                StoredSchool s = stored.get(r.code());
                if (s == null) {
                    inserts.add(r);
                } else if (!(s.name().equals(r.name()) && s.ward().equals(r.ward()) && s.type() == r.type()
                        && (!file.hasLevel() || s.level().equals(r.level())))) {
                    updates.add(r);
                }
            }
            int total = inserts.size() + updates.size();
            Timestamp now = Timestamp.valueOf(ImportJobs.now());
            int done = 0;
            try (PreparedStatement p = c.prepareStatement("INSERT INTO school (code, name, ward, school_type, level, active, "
                    + "created_at, updated_at, row_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1)")) {
                for (RosterRows.SchoolRow r : inserts) {
                    p.setString(1, r.code());
                    p.setString(2, r.name());
                    p.setString(3, r.ward());
                    p.setString(4, r.type().name());
                    p.setString(5, r.level());
                    p.setBoolean(6, true);
                    p.setTimestamp(7, now);
                    p.setTimestamp(8, now);
                    p.addBatch();
                    if (++done % batchSize == 0) {
                        p.executeBatch();
                        progress.at(ImportPhase.WRITING, done, total);
                    }
                }
                p.executeBatch();
            }
            try (PreparedStatement p = c.prepareStatement("UPDATE school SET name = ?, ward = ?, school_type = ?, level = ?, "
                    + "updated_at = ?, row_version = row_version + 1 WHERE id = ?")) {
                for (RosterRows.SchoolRow r : updates) {
                    StoredSchool s = stored.get(r.code());
                    p.setString(1, r.name());
                    p.setString(2, r.ward());
                    p.setString(3, r.type().name());
                    p.setString(4, file.hasLevel() ? r.level() : s.level());
                    p.setTimestamp(5, now);
                    p.setLong(6, s.id());
                    p.addBatch();
                    if (++done % batchSize == 0) {
                        p.executeBatch();
                        progress.at(ImportPhase.WRITING, done, total);
                    }
                }
                p.executeBatch();
            }
            progress.at(ImportPhase.WRITING, total, total);
            ImportJobView.Result result = new ImportJobView.Result(inserts.size(), updates.size(), rows.size() - total, millis(started));
            try (ImportTrail trail = new ImportTrail(audit.batch(c, origin.actor(), origin.jobId()), origin)) {
                trail.finish("schools", null, result);
            }
            return result;
        } catch (SQLException e) {
            throw new WriteFailed(e);
        }
    }

    /** A database failure while writing; the transaction rolls back, so nothing of the file stays. */
    public static class WriteFailed extends RuntimeException {
        WriteFailed(SQLException cause) {
            super(describe(cause), cause);
        }

        private static String describe(SQLException e) {
            // batch failures hide the reason in the chain (Derby: BatchUpdateException → the constraint)
            StringBuilder b = new StringBuilder(String.valueOf(e.getMessage()));
            SQLException next = e.getNextException();
            if (next != null && next.getMessage() != null) {
                b.append(" — ").append(next.getMessage());
            }
            return b.toString();
        }
    }

    private static boolean same(StoredStaff s, RosterRows.StaffRow r, long schoolId, RosterRows.Staff file) {
        return s.fullName().equals(r.fullName()) && s.gender() == r.gender() && s.category() == r.category()
                && s.schoolId() == schoolId
                && (!file.hasStatus() || s.status() == r.status())
                && (!file.hasStartDate() || Objects.equals(s.startDate(), r.startDate()))
                && (!file.hasEndDate() || Objects.equals(s.endDate(), r.endDate()));
    }

    private static StoredStaff storedStaff(ResultSet rs) throws SQLException {
        Date start = rs.getDate(7);
        Date end = rs.getDate(8);
        return new StoredStaff(rs.getLong(2), rs.getString(3), Gender.valueOf(rs.getString(4)),
                StaffCategory.valueOf(rs.getString(5)), StaffStatus.valueOf(rs.getString(6)),
                start == null ? null : start.toLocalDate(), end == null ? null : end.toLocalDate(), rs.getLong(9), rs.getString(10));
    }

    private static String schoolCode(Connection c, long id) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT code FROM school WHERE id = ?")) {
            p.setLong(1, id);
            try (ResultSet rs = p.executeQuery()) {
                return rs.next() ? rs.getString(1) : String.valueOf(id);
            }
        }
    }

    private interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    /** Stored rows whose code (first selected column) is among {@code codes}, by code; queried in chunks. */
    private static <T> Map<String, T> lookup(Connection c, String selectWhereCodeIn, Collection<String> codes, RowMapper<T> mapper,
                                             java.util.function.IntConsumer progress) throws SQLException {
        Map<String, T> found = new HashMap<>(codes.size() * 2);
        List<String> all = new ArrayList<>(codes);
        for (int from = 0; from < all.size(); from += LOOKUP_CHUNK) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + LOOKUP_CHUNK));
            String sql = selectWhereCodeIn + "(" + "?, ".repeat(chunk.size() - 1) + "?)";
            try (PreparedStatement p = c.prepareStatement(sql)) {
                for (int i = 0; i < chunk.size(); i++) {
                    p.setString(i + 1, chunk.get(i));
                }
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        found.put(rs.getString(1), mapper.map(rs));
                    }
                }
            }
            if (progress != null) {
                progress.accept(from + chunk.size());
            }
        }
        return found;
    }

    private static <R> Set<String> distinct(List<R> rows, Function<R, String> code) {
        Set<String> codes = new LinkedHashSet<>();
        for (R r : rows) {
            String c = code.apply(r);
            if (c != null) {
                codes.add(c);
            }
        }
        return codes;
    }

    private static void date(PreparedStatement p, int index, LocalDate date) throws SQLException {
        if (date == null) {
            p.setNull(index, Types.DATE);
        } else {
            p.setDate(index, Date.valueOf(date));
        }
    }

    private static long millis(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1_000_000;
    }
}
