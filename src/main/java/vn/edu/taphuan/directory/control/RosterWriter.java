package vn.edu.taphuan.directory.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.edu.taphuan.audit.control.AuditLog;
import vn.edu.taphuan.directory.control.RosterLookup.SchoolRef;
import vn.edu.taphuan.directory.control.RosterLookup.StoredSchool;
import vn.edu.taphuan.directory.control.RosterLookup.StoredStaff;
import vn.edu.taphuan.directory.entity.ImportJobView;
import vn.edu.taphuan.directory.entity.ImportPhase;
import vn.edu.taphuan.directory.entity.Staff;
import vn.edu.taphuan.platform.Database;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Checks import rows against the database and writes them, in ONE transaction: every row or none. Rows are
 * matched to stored ones by code (upsert): a new code is inserted, a changed row updated, an equal row left
 * alone, so importing the same file twice changes nothing the second time.
 * <p>
 * Plain JDBC batches on the JTA data source, not JPA: staff and school ids are database identities, and
 * EclipseLink cannot batch inserts whose identity it must read back, so 100,000 persists would be 100,000
 * round trips (see docs/performance.md, "Bulk import"). Stored rows are looked up by the file's codes, in
 * chunks, never by loading a whole table ({@link RosterLookup}); what changes is a pure {@link RosterDiff};
 * {@link RosterUpsert} writes it.
 */
@ApplicationScoped
public class RosterWriter {
    private static final String INSERT_STAFF = "INSERT INTO staff (code, actor_key, full_name, gender, category, status, "
            + "start_date, end_date, school_id, created_at, updated_at, row_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)";
    private static final String UPDATE_STAFF = "UPDATE staff SET full_name = ?, gender = ?, category = ?, status = ?, "
            + "start_date = ?, end_date = ?, school_id = ?, updated_at = ?, row_version = row_version + 1 WHERE id = ?";
    private static final String INSERT_SCHOOL = "INSERT INTO school (code, name, ward, school_type, level, active, "
            + "created_at, updated_at, row_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1)";
    private static final String UPDATE_SCHOOL = "UPDATE school SET name = ?, ward = ?, school_type = ?, level = ?, "
            + "updated_at = ?, row_version = row_version + 1 WHERE id = ?";

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
            Map<String, SchoolRef> schools = RosterLookup.schoolRefs(c, RosterLookup.distinct(rows, RosterRows.StaffRow::schoolCode));
            String ownCode = ownSchoolId == null ? null : RosterLookup.schoolCode(c, ownSchoolId);
            Map<String, StoredStaff> stored = RosterLookup.staff(c, RosterLookup.distinct(rows, RosterRows.StaffRow::code),
                    n -> progress.at(ImportPhase.VALIDATING, n, rows.size()));
            checkStaff(rows, schools, stored, ownSchoolId, ownCode, problems, header);
            if (problems.any()) {
                return null;
            }
            RosterDiff<RosterRows.StaffRow> diff = RosterDiff.between(rows, RosterRows.StaffRow::code, stored,
                    (s, r) -> same(s, r, schools.get(r.schoolCode()).id(), file));
            Timestamp now = Timestamp.valueOf(ImportJobs.now());
            new RosterUpsert<RosterRows.StaffRow>(
                    INSERT_STAFF, r -> Arrays.asList(r.code(), Staff.newActorKey(), r.fullName(), r.gender().name(), r.category().name(),
                            r.status().name(), RosterUpsert.date(r.startDate()), RosterUpsert.date(r.endDate()),
                            schools.get(r.schoolCode()).id(), now, now),
                    UPDATE_STAFF, r -> {
                        StoredStaff s = stored.get(r.code());
                        RosterChanges.Facts after = after(s, r, file);
                        return Arrays.asList(r.fullName(), r.gender().name(), r.category().name(), after.status().name(),
                                RosterUpsert.date(after.startDate()), RosterUpsert.date(after.endDate()), schools.get(r.schoolCode()).id(),
                                now, s.id());
                    }).write(c, diff, batchSize, progress);
            ImportJobView.Result result = result(diff, started);
            staffTrail(c, origin, ownCode, diff, stored, file, result);
            return result;
        } catch (SQLException e) {
            throw new WriteFailed(e);
        }
    }

    /** The database's checks of staff rows: the school exists, and a principal imports only their own school's people. */
    private static void checkStaff(List<RosterRows.StaffRow> rows, Map<String, SchoolRef> schools, Map<String, StoredStaff> stored,
                                   Long ownSchoolId, String ownCode, ImportProblems problems, ImportHeader header) {
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
    }

    /** The import's audit entries, in its transaction (see {@link ImportTrail} for which rows get one). */
    private void staffTrail(Connection c, ImportTrail.Origin origin, String ownCode, RosterDiff<RosterRows.StaffRow> diff,
                            Map<String, StoredStaff> stored, RosterRows.Staff file, ImportJobView.Result result) throws SQLException {
        try (ImportTrail trail = new ImportTrail(audit.batch(c, origin.actor(), origin.jobId()), origin)) {
            for (RosterRows.StaffRow r : diff.inserts()) {
                trail.created(r.schoolCode(), r.code());
            }
            for (RosterRows.StaffRow r : diff.updates()) {
                StoredStaff s = stored.get(r.code());
                trail.updated(new RosterChanges.Facts(r.code(), s.fullName(), s.gender(), s.category(), s.status(),
                        s.startDate(), s.endDate(), s.schoolCode()), after(s, r, file));
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
            Map<String, StoredSchool> stored = RosterLookup.schools(c, RosterLookup.distinct(rows, RosterRows.SchoolRow::code),
                    n -> progress.at(ImportPhase.VALIDATING, n, rows.size()));
            if (problems.any()) {
                return null;
            }
            RosterDiff<RosterRows.SchoolRow> diff = RosterDiff.between(rows, RosterRows.SchoolRow::code, stored,
                    (s, r) -> s.name().equals(r.name()) && s.ward().equals(r.ward()) && s.type() == r.type()
                            && (!file.hasLevel() || s.level().equals(r.level())));
            Timestamp now = Timestamp.valueOf(ImportJobs.now());
            new RosterUpsert<RosterRows.SchoolRow>(
                    INSERT_SCHOOL, r -> Arrays.asList(r.code(), r.name(), r.ward(), r.type().name(), r.level(), true, now, now),
                    UPDATE_SCHOOL, r -> {
                        StoredSchool s = stored.get(r.code());
                        return Arrays.asList(r.name(), r.ward(), r.type().name(), file.hasLevel() ? r.level() : s.level(), now, s.id());
                    }).write(c, diff, batchSize, progress);
            ImportJobView.Result result = result(diff, started);
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

    /** A stored person as the file leaves them: a column the file lacks keeps its stored value. */
    private static RosterChanges.Facts after(StoredStaff s, RosterRows.StaffRow r, RosterRows.Staff file) {
        return new RosterChanges.Facts(r.code(), r.fullName(), r.gender(), r.category(),
                file.hasStatus() ? r.status() : s.status(), file.hasStartDate() ? r.startDate() : s.startDate(),
                file.hasEndDate() ? r.endDate() : s.endDate(), r.schoolCode());
    }

    private static ImportJobView.Result result(RosterDiff<?> diff, long startedNanos) {
        return new ImportJobView.Result(diff.inserts().size(), diff.updates().size(), diff.unchanged(),
                (System.nanoTime() - startedNanos) / 1_000_000);
    }
}
