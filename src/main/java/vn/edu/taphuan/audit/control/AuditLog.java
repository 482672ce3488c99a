package vn.edu.taphuan.audit.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.edu.taphuan.audit.entity.Actor;
import vn.edu.taphuan.audit.entity.AuditKind;
import vn.edu.taphuan.platform.Clocks;
import vn.edu.taphuan.platform.Database;
import vn.edu.taphuan.platform.NumberBlocks;
import vn.edu.taphuan.platform.Sql;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;

/**
 * Writes the audit log: one append-only row of table {@code audit_entry} per change, IN THE CALLER'S TRANSACTION,
 * so the change and its entry commit together or not at all. Who and from where come from {@link AuditContext}.
 * There is deliberately no way to change or remove an entry here (and on PostgreSQL the service's role has no
 * UPDATE or DELETE on the table: docs/operations.md).
 * <p>
 * {@code before} and {@code after} are short human-readable texts (null allowed), cut to the column's length.
 */
@ApplicationScoped
public class AuditLog {
    static final NumberBlocks.Counter IDS = new NumberBlocks.Counter("audit_entry", 100);
    /** The same counter, reserved in bigger steps when a batch draws on it (an import's entries). */
    static final NumberBlocks.Counter BULK_IDS = new NumberBlocks.Counter(IDS.name(), 1000);
    /** An entry's columns in the order this log binds them and {@link AuditTrail} reads them. */
    static final String COLUMNS = "id, recorded_at, actor, actor_school, address, kind, school_code, staff_code, import_job, "
            + "subject, before_text, after_text";
    static final String INSERT = "INSERT INTO audit_entry (" + COLUMNS + ") VALUES (" + Sql.marks(12) + ")";

    @Resource(lookup = Database.JNDI)
    DataSource dataSource;

    @Inject
    NumberBlocks numbers;

    @Inject
    AuditContext context;

    /** Records one entry in the caller's JTA transaction (there must be one: an entry without its change is a lie). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(AuditKind kind, String schoolCode, String staffCode, String subject, String before, String after) {
        try (Connection c = dataSource.getConnection()) {
            record(c, kind, schoolCode, staffCode, subject, before, after);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not write the audit entry (" + kind + "): " + e.getMessage(), e);
        }
    }

    /** Records one entry on {@code c}, the connection of the caller's current transaction (JDBC code paths). */
    public void record(Connection c, AuditKind kind, String schoolCode, String staffCode, String subject, String before,
                       String after) throws SQLException {
        try (Batch batch = new Batch(c, AuditContext.current(context), null, IDS)) {
            batch.add(kind, schoolCode, staffCode, subject, before, after);
        }
    }

    /** Who acts in the current thread (to hand to background work, which has no request). */
    public Actor actor() {
        return AuditContext.current(context);
    }

    /**
     * Many entries on {@code c} (the caller's transaction) as JDBC batches, for bulk work such as a roster import:
     * {@code actor} is passed in because such work runs outside the request; {@code importJob} tags every entry.
     * Close it to write what is left.
     */
    public Batch batch(Connection c, Actor actor, String importJob) throws SQLException {
        return new Batch(c, actor, importJob, BULK_IDS);
    }

    /** Entries written in JDBC batches on one connection. */
    public final class Batch implements AutoCloseable {
        static final int SIZE = 500;
        private final PreparedStatement insert;
        private final Actor actor;
        private final String importJob;
        private final Timestamp at = Timestamp.valueOf(Clocks.utcNow());
        private final NumberBlocks.Counter ids;
        private int pending;

        private Batch(Connection c, Actor actor, String importJob, NumberBlocks.Counter ids) throws SQLException {
            this.insert = c.prepareStatement(INSERT);
            this.ids = ids;
            this.actor = actor == null ? Actor.SYSTEM : actor;
            this.importJob = importJob;
        }

        public void add(AuditKind kind, String schoolCode, String staffCode, String subject, String before, String after)
                throws SQLException {
            int i = 0;
            insert.setLong(++i, numbers.next(ids));
            insert.setTimestamp(++i, at);
            insert.setString(++i, cut(actor.name(), 200));
            insert.setString(++i, cut(actor.schoolCode(), 32));
            insert.setString(++i, cut(actor.address(), 64));
            insert.setString(++i, kind.name());
            insert.setString(++i, cut(schoolCode, 32));
            insert.setString(++i, cut(staffCode, 32));
            insert.setString(++i, importJob);
            insert.setString(++i, cut(subject, 500));
            insert.setString(++i, cut(before, 2000));
            insert.setString(++i, cut(after, 2000));
            insert.addBatch();
            if (++pending == SIZE) {
                flush();
            }
        }

        private void flush() throws SQLException {
            if (pending > 0) {
                insert.executeBatch();
                pending = 0;
            }
        }

        @Override
        public void close() throws SQLException {
            try {
                flush();
            } finally {
                insert.close();
            }
        }
    }

    static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
