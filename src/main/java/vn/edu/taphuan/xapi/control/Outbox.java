package vn.edu.taphuan.xapi.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import vn.edu.taphuan.platform.Database;
import vn.edu.taphuan.xapi.entity.ForwardTarget;
import vn.edu.taphuan.xapi.entity.OutboxEntry;
import vn.edu.taphuan.xapi.entity.ParkedStatement;
import vn.edu.taphuan.xapi.entity.TargetStatus;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The outbox to external LRSs and each target's delivery state. The rows are written with the statements
 * ({@link StatementStore}); this class is the forwarders' side. Every method is one or a few auto-committed
 * statements on the non-transactional data source ({@link Database#DIRECT}), outside any JTA transaction, so a
 * claim is visible to other instances at once; recording a delivery is one short transaction there.
 * <p>
 * <b>Claiming</b>: a forwarder picks the oldest due rows and takes them with one {@code UPDATE … WHERE target = ? AND
 * seq IN (…) AND (lease_until IS NULL OR lease_until < now)} under a fresh token. The database serialises concurrent updates of a
 * row, so when two instances (sharing one database) reach for the same rows, each row goes to one of them only. A
 * forwarder that dies leaves its lease to expire and the rows to be claimed again. Statement ids are fixed, so even a
 * delivery repeated after an expired lease is answered by the receiving LRS as "already stored" (xAPI Communication
 * 2.1.2.s2.b4) — never a duplicate.
 * <p>
 * On PostgreSQL the claim is one statement instead: {@code UPDATE … WHERE (target, seq) IN (SELECT … FOR UPDATE SKIP
 * LOCKED)}, so concurrent claimers pass over each other's rows instead of waiting for them and finding them taken.
 * Derby has no {@code SKIP LOCKED}; there the look-then-update above is the (equally safe, only busier) fallback.
 */
@ApplicationScoped
public class Outbox {

    /** Where connections come from: the container's data source, or a plain JDBC connection in tests. */
    public interface Connections {
        Connection get() throws SQLException;
    }

    @Resource(lookup = Database.DIRECT)
    DataSource dataSource;

    private Connections connections;
    /** Whether the database can {@code SKIP LOCKED}; null until the first claim looked. */
    private volatile Boolean skipLocked;

    public Outbox() {
    }

    public Outbox(Connections connections) {
        this.connections = connections;
    }

    @PostConstruct
    void init() {
        if (connections == null) {
            connections = dataSource::getConnection;
        }
    }

    /**
     * Makes sure the target has its state row. The first time, every statement already stored is queued for it,
     * so a newly configured LRS receives the whole history (verb filter applied).
     */
    public void register(ForwardTarget target, Instant now) {
        try (Connection c = connections.get()) {
            try (PreparedStatement p = c.prepareStatement("INSERT INTO xapi_forward_target (name, delivered, cursor_seq, failures, "
                    + "next_attempt_at, created_at) VALUES (?, 0, 0, 0, ?, ?)")) {
                p.setString(1, target.name());
                p.setTimestamp(2, utc(now));
                p.setTimestamp(3, utc(now));
                p.executeUpdate();
            } catch (SQLException exists) {
                if (exists.getSQLState() != null && exists.getSQLState().startsWith("23")) {
                    return;
                }
                throw exists;
            }
            String verbs = target.verbs().isEmpty() ? "" : " AND s.verb_id IN (" + target.verbs().stream().map(v -> "?")
                    .collect(Collectors.joining(",")) + ")";
            try (PreparedStatement p = c.prepareStatement("INSERT INTO xapi_outbox (target, seq, parked, attempts) "
                    + "SELECT ?, s.seq, FALSE, 0 FROM xapi_statement s WHERE NOT EXISTS "
                    + "(SELECT 1 FROM xapi_outbox o WHERE o.target = ? AND o.seq = s.seq)" + verbs)) {
                p.setString(1, target.name());
                p.setString(2, target.name());
                int i = 3;
                for (String v : target.verbs()) {
                    p.setString(i++, v);
                }
                p.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Registering forwarding target " + target.name() + " failed: " + e.getMessage(), e);
        }
    }

    /** The target's next attempt time, when it has a state row. */
    public Optional<Instant> nextAttempt(String target) {
        try (Connection c = connections.get();
             PreparedStatement p = c.prepareStatement("SELECT next_attempt_at FROM xapi_forward_target WHERE name = ?")) {
            p.setString(1, target);
            try (ResultSet rs = p.executeQuery()) {
                return rs.next() ? Optional.of(instant(rs.getTimestamp(1))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Takes up to {@code limit} due rows of the target under {@code token} until {@code now + lease}. */
    public List<OutboxEntry> claim(String target, int limit, Instant now, Duration lease, String token) {
        try (Connection c = connections.get()) {
            if (skipLocked == null) {
                skipLocked = c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgresql");
            }
            if (skipLocked) {
                return claimSkippingLocked(c, target, limit, now, lease, token);
            }
            for (int attempt = 0; attempt < 3; attempt++) {
                List<Long> candidates = new ArrayList<>();
                try (PreparedStatement p = c.prepareStatement("SELECT seq FROM xapi_outbox WHERE target = ? AND parked = FALSE "
                        + "AND (lease_until IS NULL OR lease_until < ?) ORDER BY seq FETCH FIRST " + limit + " ROWS ONLY")) {
                    p.setString(1, target);
                    p.setTimestamp(2, utc(now));
                    try (ResultSet rs = p.executeQuery()) {
                        while (rs.next()) {
                            candidates.add(rs.getLong(1));
                        }
                    }
                }
                if (candidates.isEmpty()) {
                    return List.of();
                }
                int taken = 0;
                try (PreparedStatement p = c.prepareStatement("UPDATE xapi_outbox SET lease_token = ?, lease_until = ?, "
                        + "attempts = attempts + 1 WHERE target = ? AND seq IN (" + marks(limit) + ") AND parked = FALSE "
                        + "AND (lease_until IS NULL OR lease_until < ?)")) {
                    p.setString(1, token);
                    p.setTimestamp(2, utc(now.plus(lease)));
                    p.setString(3, target);
                    int i = 4;
                    for (int k = 0; k < limit; k++) {
                        // padded with the first id: one statement text for every batch size
                        p.setLong(i++, candidates.get(k < candidates.size() ? k : 0));
                    }
                    p.setTimestamp(i, utc(now));
                    taken = p.executeUpdate();
                } catch (SQLException contended) {
                    // deadlock or lock time-out with another claimer (SQL state class 40): nothing taken, look again
                    if (contended.getSQLState() == null || !contended.getSQLState().startsWith("40")) {
                        throw contended;
                    }
                }
                if (taken > 0) {
                    return claimed(c, target, token);
                }
                // another instance took these rows between our look and our update: look again
            }
            return List.of();
        } catch (SQLException e) {
            throw new IllegalStateException("Claiming outbox rows of " + target + " failed: " + e.getMessage(), e);
        }
    }

    private static List<OutboxEntry> claimSkippingLocked(Connection c, String target, int limit, Instant now, Duration lease,
                                                         String token) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("UPDATE xapi_outbox SET lease_token = ?, lease_until = ?, attempts = attempts + 1 "
                + "WHERE target = ? AND seq IN (SELECT seq FROM xapi_outbox WHERE target = ? AND parked = FALSE "
                + "AND (lease_until IS NULL OR lease_until < ?) ORDER BY seq LIMIT " + limit + " FOR UPDATE SKIP LOCKED)")) {
            p.setString(1, token);
            p.setTimestamp(2, utc(now.plus(lease)));
            p.setString(3, target);
            p.setString(4, target);
            p.setTimestamp(5, utc(now));
            return p.executeUpdate() == 0 ? List.of() : claimed(c, target, token);
        }
    }

    private static List<OutboxEntry> claimed(Connection c, String target, String token) throws SQLException {
        List<OutboxEntry> entries = new ArrayList<>();
        List<Integer> split = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("SELECT o.seq, s.id, s.json FROM xapi_outbox o "
                + "JOIN xapi_statement s ON s.seq = o.seq WHERE o.lease_token = ? AND o.target = ? ORDER BY o.seq")) {
            p.setString(1, token);
            p.setString(2, target);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    if (rs.getString(3) == null) {
                        split.add(entries.size());
                    }
                    entries.add(new OutboxEntry(rs.getLong(1), rs.getString(2), rs.getString(3)));
                }
            }
        }
        for (int i : split) {
            OutboxEntry e = entries.get(i);
            StringBuilder json = new StringBuilder();
            try (PreparedStatement p = c.prepareStatement("SELECT content FROM xapi_statement_part WHERE seq = ? ORDER BY part_no")) {
                p.setLong(1, e.seq());
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        json.append(rs.getString(1));
                    }
                }
            }
            entries.set(i, new OutboxEntry(e.seq(), e.statementId(), json.toString()));
        }
        return entries;
    }

    /**
     * The rows arrived: they leave the outbox, the cursor moves, the failure count resets — in one transaction, and the
     * count goes up by the rows this claim still held: each statement is counted once, also when an instance died
     * between sending and recording and another sent the batch again (found by FailoverIT).
     */
    public void delivered(String target, String token, Collection<OutboxEntry> entries, Instant now) {
        if (entries.isEmpty()) {
            return;
        }
        try (Connection c = connections.get()) {
            Database.inTransaction(c, tx -> {
                int deleted = 0;
                List<OutboxEntry> list = List.copyOf(entries);
                for (int from = 0; from < list.size(); from += 100) {
                    List<OutboxEntry> chunk = list.subList(from, Math.min(list.size(), from + 100));
                    try (PreparedStatement p = tx.prepareStatement("DELETE FROM xapi_outbox WHERE target = ? AND lease_token = ? AND seq IN ("
                            + marks(100) + ")")) {
                        p.setString(1, target);
                        p.setString(2, token);
                        for (int k = 0; k < 100; k++) {
                            p.setLong(k + 3, chunk.get(k < chunk.size() ? k : 0).seq());
                        }
                        deleted += p.executeUpdate();
                    }
                }
                long highest = entries.stream().mapToLong(OutboxEntry::seq).max().orElse(0);
                try (PreparedStatement p = tx.prepareStatement("UPDATE xapi_forward_target SET delivered = delivered + ?, "
                        + "cursor_seq = CASE WHEN cursor_seq < ? THEN ? ELSE cursor_seq END, failures = 0, last_success_at = ?, "
                        + "next_attempt_at = ? WHERE name = ?")) {
                    p.setLong(1, deleted);
                    p.setLong(2, highest);
                    p.setLong(3, highest);
                    p.setTimestamp(4, utc(now));
                    p.setTimestamp(5, utc(now));
                    p.setString(6, target);
                    p.executeUpdate();
                }
                return null;
            });
        } catch (SQLException e) {
            throw new IllegalStateException("Recording delivery to " + target + " failed: " + e.getMessage(), e);
        }
    }

    /**
     * The target could not take the batch for a reason that is not the statements' fault (down, timeout, 5xx,
     * credentials refused): the rows are released for a later attempt and the target waits out its back-off.
     */
    public void failed(String target, String token, String error, Instant now, Backoff backoff) {
        try (Connection c = connections.get()) {
            try (PreparedStatement p = c.prepareStatement("UPDATE xapi_outbox SET lease_token = NULL, lease_until = NULL "
                    + "WHERE lease_token = ? AND target = ?")) {
                p.setString(1, token);
                p.setString(2, target);
                p.executeUpdate();
            }
            // workers that fail together count as one failure: only one of them finds the target not yet backing off
            int counted;
            try (PreparedStatement p = c.prepareStatement("UPDATE xapi_forward_target SET failures = failures + 1 "
                    + "WHERE name = ? AND next_attempt_at <= ?")) {
                p.setString(1, target);
                p.setTimestamp(2, utc(now));
                counted = p.executeUpdate();
            }
            try (PreparedStatement p = c.prepareStatement("UPDATE xapi_forward_target SET last_error = ?, last_error_at = ? WHERE name = ?")) {
                p.setString(1, clip(error));
                p.setTimestamp(2, utc(now));
                p.setString(3, target);
                p.executeUpdate();
            }
            if (counted == 0) {
                return;
            }
            int failures = 1;
            try (PreparedStatement p = c.prepareStatement("SELECT failures FROM xapi_forward_target WHERE name = ?")) {
                p.setString(1, target);
                try (ResultSet rs = p.executeQuery()) {
                    if (rs.next()) {
                        failures = rs.getInt(1);
                    }
                }
            }
            try (PreparedStatement p = c.prepareStatement("UPDATE xapi_forward_target SET next_attempt_at = ? WHERE name = ?")) {
                p.setTimestamp(1, utc(now.plus(backoff.after(failures))));
                p.setString(2, target);
                p.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Recording a failure of " + target + " failed: " + e.getMessage(), e);
        }
    }

    /** The target rejected this statement (4xx): it is set aside with the reason and no longer blocks the rest. */
    public void park(String target, String token, OutboxEntry entry, String reason, Instant now) {
        try (Connection c = connections.get()) {
            try (PreparedStatement p = c.prepareStatement("UPDATE xapi_outbox SET parked = TRUE, parked_reason = ?, parked_at = ?, "
                    + "lease_token = NULL, lease_until = NULL WHERE target = ? AND seq = ? AND lease_token = ?")) {
                p.setString(1, clip(reason));
                p.setTimestamp(2, utc(now));
                p.setString(3, target);
                p.setLong(4, entry.seq());
                p.setString(5, token);
                p.executeUpdate();
            }
            try (PreparedStatement p = c.prepareStatement("UPDATE xapi_forward_target SET last_error = ?, last_error_at = ? WHERE name = ?")) {
                p.setString(1, clip("Statement " + entry.statementId() + " parked: " + reason));
                p.setTimestamp(2, utc(now));
                p.setString(3, target);
                p.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Parking a statement for " + target + " failed: " + e.getMessage(), e);
        }
    }

    /** Puts parked statements of the target back in line: one ({@code statementId}) or all (null). Returns how many. */
    public int retry(String target, String statementId) {
        return update("UPDATE xapi_outbox SET parked = FALSE, parked_reason = NULL, parked_at = NULL, attempts = 0 "
                + "WHERE target = ? AND parked = TRUE" + (statementId == null ? "" : " AND seq = (SELECT seq FROM xapi_statement WHERE id = ?)"),
                target, statementId);
    }

    /** Gives up on a parked statement for this target. */
    public int drop(String target, String statementId) {
        return update("DELETE FROM xapi_outbox WHERE target = ? AND parked = TRUE AND seq = (SELECT seq FROM xapi_statement WHERE id = ?)",
                target, statementId);
    }

    /** Also used when the target's back-off should end now (an admin pressed retry). */
    public void dueNow(String target, Instant now) {
        try (Connection c = connections.get();
             PreparedStatement p = c.prepareStatement("UPDATE xapi_forward_target SET next_attempt_at = ? WHERE name = ?")) {
            p.setTimestamp(1, utc(now));
            p.setString(2, target);
            p.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private int update(String sql, String target, String statementId) {
        try (Connection c = connections.get(); PreparedStatement p = c.prepareStatement(sql)) {
            p.setString(1, target);
            if (statementId != null) {
                p.setString(2, statementId.toLowerCase());
            }
            return p.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The state of every target: the configured ones, and ones that still have rows but were removed from the configuration. */
    public List<TargetStatus> status(List<ForwardTarget> configured) {
        List<TargetStatus> result = new ArrayList<>();
        try (Connection c = connections.get()) {
            List<String> names = new ArrayList<>(configured.stream().map(ForwardTarget::name).toList());
            try (PreparedStatement p = c.prepareStatement("SELECT name FROM xapi_forward_target ORDER BY name");
                 ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    if (!names.contains(rs.getString(1))) {
                        names.add(rs.getString(1));
                    }
                }
            }
            for (String name : names) {
                ForwardTarget t = configured.stream().filter(x -> x.name().equals(name)).findFirst().orElse(null);
                long pending = count(c, name, false);
                long parked = count(c, name, true);
                try (PreparedStatement p = c.prepareStatement("SELECT delivered, cursor_seq, last_success_at, last_error, last_error_at, "
                        + "failures, next_attempt_at FROM xapi_forward_target WHERE name = ?")) {
                    p.setString(1, name);
                    try (ResultSet rs = p.executeQuery()) {
                        boolean row = rs.next();
                        result.add(new TargetStatus(name, t == null ? null : t.endpoint(), t == null ? Set.of() : t.verbs(), t != null,
                                pending, parked, row ? rs.getLong(1) : 0, row ? rs.getLong(2) : 0,
                                row ? instant(rs.getTimestamp(3)) : null, row ? rs.getString(4) : null,
                                row ? instant(rs.getTimestamp(5)) : null, row ? rs.getInt(6) : 0, row ? instant(rs.getTimestamp(7)) : null));
                    }
                }
            }
            return result;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long count(Connection c, String target, boolean parked) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT COUNT(*) FROM xapi_outbox WHERE target = ? AND parked = ?")) {
            p.setString(1, target);
            p.setBoolean(2, parked);
            try (ResultSet rs = p.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    public List<ParkedStatement> parked(String target, int limit) {
        try (Connection c = connections.get();
             PreparedStatement p = c.prepareStatement("SELECT s.id, o.seq, o.parked_reason, o.parked_at, o.attempts FROM xapi_outbox o "
                     + "JOIN xapi_statement s ON s.seq = o.seq WHERE o.target = ? AND o.parked = TRUE ORDER BY o.seq FETCH FIRST "
                     + limit + " ROWS ONLY")) {
            p.setString(1, target);
            List<ParkedStatement> result = new ArrayList<>();
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    result.add(new ParkedStatement(rs.getString(1), rs.getLong(2), rs.getString(3), instant(rs.getTimestamp(4)), rs.getInt(5)));
                }
            }
            return result;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String marks(int n) {
        return String.join(",", java.util.Collections.nCopies(n, "?"));
    }

    private static String clip(String s) {
        return s == null ? null : s.length() > 2000 ? s.substring(0, 1997) + "..." : s;
    }

    static Timestamp utc(Instant i) {
        return Timestamp.valueOf(LocalDateTime.ofInstant(i, ZoneOffset.UTC));
    }

    static Instant instant(Timestamp t) {
        return t == null ? null : t.toLocalDateTime().toInstant(ZoneOffset.UTC);
    }
}
