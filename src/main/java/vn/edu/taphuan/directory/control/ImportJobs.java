package vn.edu.taphuan.directory.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.edu.taphuan.directory.entity.ImportJobView;
import vn.edu.taphuan.directory.entity.ImportKind;
import vn.edu.taphuan.directory.entity.ImportPhase;
import vn.edu.taphuan.platform.Clocks;
import vn.edu.taphuan.platform.Database;
import vn.edu.taphuan.platform.Messages;
import vn.edu.taphuan.platform.Problem;
import vn.edu.taphuan.platform.Sql;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Import jobs kept in the database (table import_job), so that whichever instance of a cluster gets the
 * "how far is it?" request can answer. Every change commits on its own, on the non-transactional data source
 * ({@link Database#DIRECT}): progress must be visible while the import's own transaction is still open, and a failed
 * import must still be recorded (docs/decisions/0005-background-work.md).
 */
@ApplicationScoped
public class ImportJobs {

    @Resource(lookup = Database.DIRECT)
    DataSource dataSource;

    /**
     * A job that has not moved for this long was cut off (its instance stopped); it is shown as failed. A live job
     * moves at least every {@link RosterImport#RENEW_SECONDS} seconds, also while it waits for its turn.
     */
    @Inject
    @ConfigProperty(name = "taphuan.import.stale-minutes", defaultValue = "2")
    int staleMinutes;

    /** Finished jobs (and their problem lists) older than this are deleted when a new import starts. */
    @Inject
    @ConfigProperty(name = "taphuan.import.keep-days", defaultValue = "30")
    int keepDays;

    public String create(ImportKind kind, long accountId, String fileName) {
        String id = UUID.randomUUID().toString();
        LocalDateTime now = now();
        try (Connection c = dataSource.getConnection()) {
            forget(c, now.minusDays(keepDays));
            try (PreparedStatement p = c.prepareStatement("INSERT INTO import_job (id, kind, account_id, file_name, phase, "
                    + "rows_done, rows_total, started_at, updated_at) VALUES (?, ?, ?, ?, ?, 0, 0, ?, ?)")) {
                p.setString(1, id);
                p.setString(2, kind.name());
                p.setLong(3, accountId);
                p.setString(4, fileName == null ? null : cut(fileName, 255));
                p.setString(5, ImportPhase.QUEUED.name());
                p.setTimestamp(6, Timestamp.valueOf(now));
                p.setTimestamp(7, Timestamp.valueOf(now));
                p.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not record import job: " + e.getMessage(), e);
        }
        return id;
    }

    private static void forget(Connection c, LocalDateTime before) throws SQLException {
        String old = "SELECT id FROM import_job WHERE finished_at < ?";
        try (PreparedStatement problems = c.prepareStatement("DELETE FROM import_problem WHERE job_id IN (" + old + ")");
             PreparedStatement jobs = c.prepareStatement("DELETE FROM import_job WHERE finished_at < ?")) {
            problems.setTimestamp(1, Timestamp.valueOf(before));
            problems.executeUpdate();
            jobs.setTimestamp(1, Timestamp.valueOf(before));
            jobs.executeUpdate();
        }
    }

    public void progress(String id, ImportPhase phase, int done, int total) {
        update("UPDATE import_job SET phase = ?, rows_done = ?, rows_total = ?, updated_at = ? WHERE id = ?",
                phase.name(), done, total, Timestamp.valueOf(now()), id);
    }

    public void done(String id, ImportJobView.Result result) {
        Timestamp now = Timestamp.valueOf(now());
        update("UPDATE import_job SET phase = ?, rows_done = rows_total, created_count = ?, updated_count = ?, "
                        + "unchanged_count = ?, updated_at = ?, finished_at = ? WHERE id = ?",
                ImportPhase.DONE.name(), result.created(), result.updated(), result.unchanged(), now, now, id);
    }

    /** The job is still queued or running: its instance is alive (a job that stops moving counts as interrupted). */
    public void alive(String id) {
        update("UPDATE import_job SET updated_at = ? WHERE id = ? AND finished_at IS NULL", Timestamp.valueOf(now()), id);
    }

    /** Records the failure and its details (at most the problem list's limit, already applied). */
    public void failed(String id, Problem.Body problem, int problemCount) {
        Timestamp now = Timestamp.valueOf(now());
        try (Connection c = dataSource.getConnection()) {
            // one transaction: whoever reads the job as failed also reads its problems
            Database.inTransaction(c, tx -> {
                update(tx, "UPDATE import_job SET phase = ?, error_status = ?, error_code = ?, error_message = ?, problem_count = ?, "
                                + "updated_at = ?, finished_at = ? WHERE id = ?",
                        ImportPhase.FAILED.name(), problem.status(), problem.code(), cut(problem.message(), 1000), problemCount, now, now, id);
                try (PreparedStatement p = tx.prepareStatement("INSERT INTO import_problem (job_id, seq, row_no, column_name, "
                        + "cell_value, problem, fix) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                    int seq = 0;
                    for (Problem.Detail d : problem.details()) {
                        p.setString(1, id);
                        p.setInt(2, ++seq);
                        if (d.row() == null) {
                            p.setNull(3, Types.INTEGER);
                        } else {
                            p.setInt(3, d.row());
                        }
                        p.setString(4, cut(d.field(), 200));
                        p.setString(5, cut(d.value(), 300));
                        p.setString(6, cut(d.problem(), 1000));
                        p.setString(7, cut(d.fix(), 1000));
                        p.addBatch();
                    }
                    p.executeBatch();
                }
                return null;
            });
        } catch (SQLException e) {
            throw new IllegalStateException("Could not record the failed import: " + e.getMessage(), e);
        }
    }

    /** The job if it exists and {@code accountId} started it (null: any account, for district admins). */
    public Optional<ImportJobView> find(String id, Long accountId, Locale locale) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement p = c.prepareStatement("SELECT kind, file_name, phase, rows_done, rows_total, created_count, "
                     + "updated_count, unchanged_count, error_code, error_message, problem_count, started_at, updated_at, "
                     + "finished_at, account_id, error_status FROM import_job WHERE id = ?")) {
            p.setString(1, id);
            try (ResultSet rs = p.executeQuery()) {
                if (!rs.next() || (accountId != null && rs.getLong(15) != accountId)) {
                    return Optional.empty();
                }
                ImportPhase phase = ImportPhase.valueOf(rs.getString(3));
                LocalDateTime started = rs.getTimestamp(12).toLocalDateTime();
                LocalDateTime updated = rs.getTimestamp(13).toLocalDateTime();
                Timestamp finished = rs.getTimestamp(14);
                ImportJobView.Result result = null;
                Problem.Body problem = null;
                if (phase == ImportPhase.DONE) {
                    result = new ImportJobView.Result(rs.getInt(6), rs.getInt(7), rs.getInt(8),
                            Duration.between(started, finished.toLocalDateTime()).toMillis());
                } else if (phase == ImportPhase.FAILED) {
                    problem = new Problem.Body(rs.getInt(16), rs.getString(9), rs.getString(10), problems(c, id));
                } else if (updated.isBefore(now().minusMinutes(staleMinutes))) {
                    phase = ImportPhase.FAILED;
                    problem = new Problem.Body(500, "IMPORT_INTERRUPTED", Messages.format(locale, "import.interrupted"), List.of());
                }
                return Optional.of(new ImportJobView(id, ImportKind.valueOf(rs.getString(1)).path(), rs.getString(2),
                        phase.label(), rs.getInt(4), rs.getInt(5), started.toInstant(ZoneOffset.UTC),
                        Sql.instant(finished), result, problem));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read import job: " + e.getMessage(), e);
        }
    }

    private static List<Problem.Detail> problems(Connection c, String id) throws SQLException {
        List<Problem.Detail> details = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("SELECT row_no, column_name, cell_value, problem, fix FROM import_problem "
                + "WHERE job_id = ? ORDER BY seq")) {
            p.setString(1, id);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    int row = rs.getInt(1);
                    details.add(new Problem.Detail(rs.wasNull() ? null : row, rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)));
                }
            }
        }
        return details;
    }

    private void update(String sql, Object... params) {
        try (Connection c = dataSource.getConnection()) {
            update(c, sql, params);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not update import job: " + e.getMessage(), e);
        }
    }

    private static void update(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                p.setObject(i + 1, params[i]);
            }
            p.executeUpdate();
        }
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    static LocalDateTime now() {
        return Clocks.utcNow();
    }
}
