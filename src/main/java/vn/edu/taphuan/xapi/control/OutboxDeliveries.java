package vn.edu.taphuan.xapi.control;

import vn.edu.taphuan.platform.Database;
import vn.edu.taphuan.platform.DatabaseFailure;
import vn.edu.taphuan.platform.Sql;
import vn.edu.taphuan.xapi.entity.OutboxEntry;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** What became of a claimed batch: delivered, failed (back-off), or one statement parked. See {@link Outbox}. */
final class OutboxDeliveries {
    private final Outbox.Connections connections;

    OutboxDeliveries(Outbox.Connections connections) {
        this.connections = connections;
    }

    /**
     * The rows arrived: they leave the outbox, the cursor moves, the failure count resets — in one transaction, and the
     * count goes up by the rows this claim still held: each statement is counted once, also when an instance died
     * between sending and recording and another sent the batch again (found by FailoverIT).
     */
    void delivered(String target, String token, Collection<OutboxEntry> entries, Instant now) {
        if (entries.isEmpty()) {
            return;
        }
        try (Connection c = connections.get()) {
            Database.inTransaction(c, tx -> {
                int deleted = 0;
                for (List<OutboxEntry> chunk : Sql.chunks(List.copyOf(entries), 100, 100)) {
                    List<Object> parameters = new ArrayList<>(List.of(target, token));
                    chunk.forEach(e -> parameters.add(e.seq()));
                    deleted += new Sql("DELETE FROM xapi_outbox WHERE target = ? AND lease_token = ? AND seq IN ("
                            + Sql.marks(100) + ")", parameters).update(tx);
                }
                long highest = entries.stream().mapToLong(OutboxEntry::seq).max().orElse(0);
                return Sql.of("UPDATE xapi_forward_target SET delivered = delivered + ?, cursor_seq = CASE WHEN cursor_seq < ? "
                        + "THEN ? ELSE cursor_seq END, failures = 0, last_success_at = ?, next_attempt_at = ? WHERE name = ?",
                        (long) deleted, highest, highest, now, now, target).update(tx);
            });
        } catch (SQLException e) {
            throw DatabaseFailure.of("Recording delivery to " + target, e);
        }
    }

    /**
     * The target could not take the batch for a reason that is not the statements' fault (down, timeout, 5xx,
     * credentials refused): the rows are released for a later attempt and the target waits out its back-off.
     */
    void failed(String target, String token, String error, Instant now, Backoff backoff) {
        try (Connection c = connections.get()) {
            Sql.of("UPDATE xapi_outbox SET lease_token = NULL, lease_until = NULL WHERE lease_token = ? AND target = ?", token, target)
                    .update(c);
            // workers that fail together count as one failure: only one of them finds the target not yet backing off
            int counted = Sql.of("UPDATE xapi_forward_target SET failures = failures + 1 WHERE name = ? AND next_attempt_at <= ?",
                    target, now).update(c);
            lastError(c, target, error, now);
            if (counted == 0) {
                return;
            }
            int failures = Sql.of("SELECT failures FROM xapi_forward_target WHERE name = ?", target).first(c, rs -> rs.getInt(1)).orElse(1);
            Sql.of("UPDATE xapi_forward_target SET next_attempt_at = ? WHERE name = ?", now.plus(backoff.after(failures)), target).update(c);
        } catch (SQLException e) {
            throw DatabaseFailure.of("Recording a failure of " + target, e);
        }
    }

    /** The target rejected this statement (4xx): it is set aside with the reason and no longer blocks the rest. */
    void park(String target, String token, OutboxEntry entry, String reason, Instant now) {
        try (Connection c = connections.get()) {
            Sql.of("UPDATE xapi_outbox SET parked = TRUE, parked_reason = ?, parked_at = ?, lease_token = NULL, lease_until = NULL "
                    + "WHERE target = ? AND seq = ? AND lease_token = ?", clip(reason), now, target, entry.seq(), token).update(c);
            lastError(c, target, "Statement " + entry.statementId() + " parked: " + reason, now);
        } catch (SQLException e) {
            throw DatabaseFailure.of("Parking a statement for " + target, e);
        }
    }

    private static void lastError(Connection c, String target, String error, Instant now) throws SQLException {
        Sql.of("UPDATE xapi_forward_target SET last_error = ?, last_error_at = ? WHERE name = ?", clip(error), now, target).update(c);
    }

    private static String clip(String s) {
        return s == null ? null : s.length() > 2000 ? s.substring(0, 1997) + "..." : s;
    }
}
