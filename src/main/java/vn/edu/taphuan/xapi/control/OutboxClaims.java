package vn.edu.taphuan.xapi.control;

import vn.edu.taphuan.platform.DatabaseFailure;
import vn.edu.taphuan.platform.Retry;
import vn.edu.taphuan.platform.Sql;
import vn.edu.taphuan.xapi.entity.OutboxEntry;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Claiming outbox rows under a lease (see {@link Outbox} for the protocol): one {@code UPDATE … SKIP LOCKED} on
 * PostgreSQL, look-then-update elsewhere, retried by {@link Retry} when another claimer got there first.
 */
final class OutboxClaims {
    private static final int ATTEMPTS = 3;

    private final Outbox.Connections connections;
    /** Whether the database can {@code SKIP LOCKED}; null until the first claim looked. */
    private volatile Boolean skipLocked;

    OutboxClaims(Outbox.Connections connections) {
        this.connections = connections;
    }

    /** Takes up to {@code limit} due rows of the target under {@code token} until {@code now + lease}. */
    List<OutboxEntry> claim(String target, int limit, Instant now, Duration lease, String token) {
        String what = "Claiming outbox rows of " + target;
        try (Connection c = connections.get()) {
            if (skipLocked == null) {
                skipLocked = c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgresql");
            }
            if (skipLocked) {
                return claimSkippingLocked(c, target, limit, now, lease, token);
            }
            return Retry.onContention(what, ATTEMPTS, () -> lookThenUpdate(c, target, limit, now, lease, token));
        } catch (DatabaseFailure.Contention contended) {
            return List.of();
        } catch (SQLException e) {
            throw DatabaseFailure.of(what, e);
        }
    }

    /**
     * One look at the oldest due rows and one update taking those still free. {@link DatabaseFailure.Contention} when
     * another claimer took them between the look and the update, or the update met its lock (SQL state class 40):
     * nothing was taken, so a look again is safe.
     */
    private static List<OutboxEntry> lookThenUpdate(Connection c, String target, int limit, Instant now, Duration lease, String token) {
        try {
            List<Long> candidates = Sql.of("SELECT seq FROM xapi_outbox WHERE target = ? AND parked = FALSE "
                    + "AND (lease_until IS NULL OR lease_until < ?) ORDER BY seq FETCH FIRST " + limit + " ROWS ONLY", target, now)
                    .list(c, rs -> rs.getLong(1));
            if (candidates.isEmpty()) {
                return List.of();
            }
            List<Object> parameters = new ArrayList<>(List.of(token, now.plus(lease), target));
            // padded with the first id: one statement text for every batch size
            parameters.addAll(Sql.chunks(candidates, limit, limit).get(0));
            parameters.add(now);
            int taken = new Sql("UPDATE xapi_outbox SET lease_token = ?, lease_until = ?, attempts = attempts + 1 WHERE target = ? "
                    + "AND seq IN (" + Sql.marks(limit) + ") AND parked = FALSE AND (lease_until IS NULL OR lease_until < ?)", parameters)
                    .update(c);
            if (taken == 0) {
                throw new DatabaseFailure.Contention("Another instance claimed the rows of " + target + " first", null);
            }
            return claimed(c, target, token);
        } catch (SQLException e) {
            throw DatabaseFailure.of("Claiming outbox rows of " + target, e);
        }
    }

    private static List<OutboxEntry> claimSkippingLocked(Connection c, String target, int limit, Instant now, Duration lease,
                                                         String token) throws SQLException {
        int taken = Sql.of("UPDATE xapi_outbox SET lease_token = ?, lease_until = ?, attempts = attempts + 1 "
                + "WHERE target = ? AND seq IN (SELECT seq FROM xapi_outbox WHERE target = ? AND parked = FALSE "
                + "AND (lease_until IS NULL OR lease_until < ?) ORDER BY seq LIMIT " + limit + " FOR UPDATE SKIP LOCKED)",
                token, now.plus(lease), target, target, now).update(c);
        return taken == 0 ? List.of() : claimed(c, target, token);
    }

    /** The rows held under the token, with their statements' JSON (reassembled from parts where it was split). */
    private static List<OutboxEntry> claimed(Connection c, String target, String token) throws SQLException {
        List<OutboxEntry> entries = Sql.of("SELECT o.seq, s.id, s.json FROM xapi_outbox o JOIN xapi_statement s ON s.seq = o.seq "
                + "WHERE o.lease_token = ? AND o.target = ? ORDER BY o.seq", token, target)
                .list(c, rs -> new OutboxEntry(rs.getLong(1), rs.getString(2), rs.getString(3)));
        for (int i = 0; i < entries.size(); i++) {
            OutboxEntry e = entries.get(i);
            if (e.json() == null) {
                entries.set(i, new OutboxEntry(e.seq(), e.statementId(), StatementParts.read(c, e.seq())));
            }
        }
        return entries;
    }
}
