package vn.edu.taphuan.xapi.control;

import vn.edu.taphuan.platform.DatabaseFailure;
import vn.edu.taphuan.platform.Sql;
import vn.edu.taphuan.xapi.entity.ForwardTarget;
import vn.edu.taphuan.xapi.entity.ParkedStatement;
import vn.edu.taphuan.xapi.entity.TargetStatus;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Each forwarding target's state row ({@code xapi_forward_target}: counts, cursor, back-off) and what the admin pages
 * show and do with it: the status of every target, its parked statements, retrying or dropping them. See {@link Outbox}.
 */
final class ForwardTargetStates {
    private final Outbox.Connections connections;

    ForwardTargetStates(Outbox.Connections connections) {
        this.connections = connections;
    }

    /**
     * Makes sure the target has its state row. The first time, every statement already stored is queued for it,
     * so a newly configured LRS receives the whole history (verb filter applied).
     */
    void register(ForwardTarget target, Instant now) {
        try (Connection c = connections.get()) {
            try {
                Sql.of("INSERT INTO xapi_forward_target (name, delivered, cursor_seq, failures, next_attempt_at, created_at) "
                        + "VALUES (?, 0, 0, 0, ?, ?)", target.name(), now, now).update(c);
            } catch (SQLException exists) {
                if (DatabaseFailure.duplicate(exists)) {
                    return;
                }
                throw exists;
            }
            List<Object> parameters = new ArrayList<>(List.of(target.name(), target.name()));
            parameters.addAll(target.verbs());
            new Sql("INSERT INTO xapi_outbox (target, seq, parked, attempts) SELECT ?, s.seq, FALSE, 0 FROM xapi_statement s "
                    + "WHERE NOT EXISTS (SELECT 1 FROM xapi_outbox o WHERE o.target = ? AND o.seq = s.seq)"
                    + (target.verbs().isEmpty() ? "" : " AND s.verb_id IN (" + Sql.marks(target.verbs().size()) + ")"), parameters)
                    .update(c);
        } catch (SQLException e) {
            throw DatabaseFailure.of("Registering forwarding target " + target.name(), e);
        }
    }

    /** The target's next attempt time, when it has a state row. */
    Optional<Instant> nextAttempt(String target) {
        return run("Reading the next attempt of " + target, c -> Sql.of("SELECT next_attempt_at FROM xapi_forward_target WHERE name = ?",
                target).first(c, rs -> Sql.instant(rs.getTimestamp(1))));
    }

    /** Also used when the target's back-off should end now (an admin pressed retry). */
    void dueNow(String target, Instant now) {
        update("Ending the back-off of " + target, Sql.of("UPDATE xapi_forward_target SET next_attempt_at = ? WHERE name = ?", now, target));
    }

    /** Puts parked statements of the target back in line: one ({@code statementId}) or all (null). Returns how many. */
    int retry(String target, String statementId) {
        String sql = "UPDATE xapi_outbox SET parked = FALSE, parked_reason = NULL, parked_at = NULL, attempts = 0 WHERE target = ? "
                + "AND parked = TRUE";
        return update("Retrying parked statements of " + target, statementId == null ? Sql.of(sql, target)
                : Sql.of(sql + " AND seq = (SELECT seq FROM xapi_statement WHERE id = ?)", target, statementId.toLowerCase()));
    }

    /** Gives up on a parked statement for this target. */
    int drop(String target, String statementId) {
        return update("Dropping a parked statement of " + target, Sql.of("DELETE FROM xapi_outbox WHERE target = ? AND parked = TRUE "
                + "AND seq = (SELECT seq FROM xapi_statement WHERE id = ?)", target, statementId.toLowerCase()));
    }

    /** The state of every target: the configured ones, and ones that still have rows but were removed from the configuration. */
    List<TargetStatus> status(List<ForwardTarget> configured) {
        return run("Reading the forwarding status", c -> {
            List<String> names = new ArrayList<>(configured.stream().map(ForwardTarget::name).toList());
            for (String name : Sql.of("SELECT name FROM xapi_forward_target ORDER BY name").list(c, rs -> rs.getString(1))) {
                if (!names.contains(name)) {
                    names.add(name);
                }
            }
            List<TargetStatus> result = new ArrayList<>();
            for (String name : names) {
                result.add(status(c, name, configured.stream().filter(x -> x.name().equals(name)).findFirst().orElse(null)));
            }
            return result;
        });
    }

    private static TargetStatus status(Connection c, String name, ForwardTarget t) throws SQLException {
        long pending = count(c, name, false);
        long parked = count(c, name, true);
        String endpoint = t == null ? null : t.endpoint();
        Set<String> verbs = t == null ? Set.of() : t.verbs();
        return Sql.of("SELECT delivered, cursor_seq, last_success_at, last_error, last_error_at, failures, next_attempt_at "
                        + "FROM xapi_forward_target WHERE name = ?", name)
                .first(c, rs -> new TargetStatus(name, endpoint, verbs, t != null, pending, parked, rs.getLong(1), rs.getLong(2),
                        Sql.instant(rs.getTimestamp(3)), rs.getString(4), Sql.instant(rs.getTimestamp(5)), rs.getInt(6),
                        Sql.instant(rs.getTimestamp(7))))
                .orElseGet(() -> new TargetStatus(name, endpoint, verbs, t != null, pending, parked, 0, 0, null, null, null, 0, null));
    }

    private static long count(Connection c, String target, boolean parked) throws SQLException {
        return Sql.of("SELECT COUNT(*) FROM xapi_outbox WHERE target = ? AND parked = ?", target, parked).number(c);
    }

    List<ParkedStatement> parked(String target, int limit) {
        return run("Reading the parked statements of " + target, c -> Sql.of("SELECT s.id, o.seq, o.parked_reason, o.parked_at, "
                + "o.attempts FROM xapi_outbox o JOIN xapi_statement s ON s.seq = o.seq WHERE o.target = ? AND o.parked = TRUE "
                + "ORDER BY o.seq FETCH FIRST " + limit + " ROWS ONLY", target)
                .list(c, rs -> new ParkedStatement(rs.getString(1), rs.getLong(2), rs.getString(3), Sql.instant(rs.getTimestamp(4)),
                        rs.getInt(5))));
    }

    private int update(String what, Sql sql) {
        return run(what, sql::update);
    }

    private <T> T run(String what, vn.edu.taphuan.platform.Database.Work<T> work) {
        try (Connection c = connections.get()) {
            return work.on(c);
        } catch (SQLException e) {
            throw DatabaseFailure.of(what, e);
        }
    }
}
