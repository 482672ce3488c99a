package vn.edu.taphuan.xapi.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.edu.taphuan.platform.Database;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Hands out statement seqs (the storage order) from blocks of 1,000 reserved in table {@code xapi_sequence}, each in
 * a short database transaction of its own, so writers never wait on each other for a number. An identity column did the same
 * job until concurrent batch ingest on Derby failed with "A lock could not be obtained" inside Derby's sequence
 * updater (SequenceUpdater.tooMuchContentionException) — in the learner's transaction too, where nothing can be
 * retried. A block is used up by one instance, so with several instances the seq order follows the stored order
 * only within about a block; unused numbers of a block are skipped at restart (an order, not a count).
 */
@ApplicationScoped
public class StatementSeqs {
    static final int BLOCK = 1000;

    @Inject
    Counter counter;

    private long next;
    private long end;

    /** {@code n} new seqs, ascending. */
    public synchronized long[] next(int n) {
        long[] seqs = new long[n];
        for (int i = 0; i < n; i++) {
            if (next >= end) {
                next = counter.take(BLOCK);
                end = next + BLOCK;
            }
            seqs[i] = next++;
        }
        return seqs;
    }

    /**
     * Reserves a block in a database transaction of its own on the non-transactional data source, committed before
     * the statements that use it are written — whatever JTA transaction the caller is in (it is neither joined nor
     * suspended, and a roll-back of the caller never returns numbers that another writer may already hold).
     */
    @ApplicationScoped
    public static class Counter {
        @Resource(lookup = Database.DIRECT)
        DataSource dataSource;

        /** The first of {@code n} reserved seqs. */
        public long take(int n) {
            try (Connection c = dataSource.getConnection()) {
                return Database.inTransaction(c, tx -> reserve(tx, n));
            } catch (SQLException e) {
                throw new IllegalStateException("Reserving statement numbers failed: " + e.getMessage(), e);
            }
        }

        private static long reserve(Connection c, int n) throws SQLException {
            try (PreparedStatement p = c.prepareStatement("UPDATE xapi_sequence SET next_value = next_value + ? WHERE name = 'statement'")) {
                p.setInt(1, n);
                if (p.executeUpdate() != 1) {
                    throw new SQLException("xapi_sequence has no row 'statement' (migration V5 not applied?)");
                }
            }
            try (PreparedStatement p = c.prepareStatement("SELECT next_value FROM xapi_sequence WHERE name = 'statement'");
                 ResultSet rs = p.executeQuery()) {
                rs.next();
                return rs.getLong(1) - n;
            }
        }
    }
}
