package vn.edu.taphuan.xapi.control;

import jakarta.json.JsonObject;
import vn.edu.taphuan.platform.Sql;
import vn.edu.taphuan.xapi.entity.FilterKey;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The filter-key index {@code xapi_statement_key}: one row per statement and value a GET can filter on (agent,
 * verb, activity, registration), which {@link StatementQuery} reads as index ranges. Statements that target others
 * carry their targets' keys too (xAPI Communication 2.1.3, "Filter Conditions for StatementRefs": a statement
 * targeting another matches the filters its target matches, recursively).
 */
final class StatementKeyIndex {

    private StatementKeyIndex() {
    }

    /** Indexes the new statements of a batch; returns each one's keys by id (for {@link #propagate}). */
    static Map<String, List<FilterKey>> index(Connection c, List<NewStatement> rows) throws SQLException {
        Map<String, NewStatement> byId = new HashMap<>();
        rows.forEach(r -> byId.put(r.id, r));
        Map<String, List<FilterKey>> keys = new HashMap<>();
        for (NewStatement r : rows) {
            keys.put(r.id, keysOf(c, r.id, byId, keys, new HashSet<>()));
        }
        try (PreparedStatement p = c.prepareStatement("INSERT INTO xapi_statement_key (key_hash, seq, direct) VALUES (?, ?, ?)")) {
            for (NewStatement r : rows) {
                for (FilterKey k : keys.get(r.id)) {
                    p.setString(1, k.hash());
                    p.setLong(2, r.seq);
                    p.setBoolean(3, k.direct());
                    p.addBatch();
                }
            }
            p.executeBatch();
        }
        return keys;
    }

    /** Statements stored earlier that target new ones now match the new ones' filters too. */
    static void propagate(Connection c, List<NewStatement> rows, Set<String> referred, Map<String, List<FilterKey>> keys)
            throws SQLException {
        for (NewStatement r : rows) {
            if (referred.contains(r.id)) {
                propagateToReferrers(c, r.id, keys.get(r.id));
            }
        }
    }

    /**
     * A statement's filter keys: its own and, when it targets another statement, the target's. Targets in the same
     * batch are taken from the batch, stored ones from their JSON.
     */
    private static List<FilterKey> keysOf(Connection c, String id, Map<String, NewStatement> batch, Map<String, List<FilterKey>> known,
                                          Set<String> visiting) throws SQLException {
        if (known.containsKey(id)) {
            return known.get(id);
        }
        if (!visiting.add(id)) {
            return List.of(); // a reference cycle (ids are the clients' choice)
        }
        JsonObject statement;
        NewStatement row = batch.get(id);
        if (row != null) {
            statement = row.stamped;
        } else {
            String json = storedJson(c, id);
            if (json == null) {
                return List.of();
            }
            statement = StatementJson.parse(json).asJsonObject();
        }
        List<FilterKey> own = StatementKeys.of(statement);
        String target = NewStatement.refId(statement);
        return target == null ? own : StatementKeys.merge(own, keysOf(c, target, batch, known, visiting));
    }

    private static String storedJson(Connection c, String id) throws SQLException {
        return Sql.of("SELECT seq, json FROM xapi_statement" + StatementAdmission.BY_ID + "WHERE id = ?", id)
                .first(c, rs -> rs.getString(2) != null ? rs.getString(2) : StatementParts.read(c, rs.getLong(1)))
                .orElse(null);
    }

    /** Statements stored earlier that target this one (and those targeting them) now match its filters too. */
    private static void propagateToReferrers(Connection c, String id, List<FilterKey> keys) throws SQLException {
        Deque<String> todo = new ArrayDeque<>(List.of(id));
        Set<String> done = new HashSet<>(todo);
        while (!todo.isEmpty()) {
            String current = todo.poll();
            Sql.of("SELECT id, seq FROM xapi_statement" + StatementVoiding.BY_REF + "WHERE ref_id = ?", current).each(c, rs -> {
                if (done.add(rs.getString(1))) {
                    addKeys(c, rs.getLong(2), keys);
                    todo.add(rs.getString(1));
                }
            });
        }
    }

    /** Adds the keys a stored statement does not have yet, or has only as related: one row per value and statement. */
    private static void addKeys(Connection c, long seq, List<FilterKey> keys) throws SQLException {
        for (FilterKey k : keys) {
            Boolean had = Sql.of("SELECT direct FROM xapi_statement_key WHERE key_hash = ? AND seq = ?", k.hash(), seq)
                    .first(c, rs -> rs.getBoolean(1)).orElse(null);
            if (had != null && !had && k.direct()) {
                Sql.of("DELETE FROM xapi_statement_key WHERE key_hash = ? AND seq = ?", k.hash(), seq).update(c);
                had = null;
            }
            if (had == null) {
                Sql.of("INSERT INTO xapi_statement_key (key_hash, seq, direct) VALUES (?, ?, ?)", k.hash(), seq, k.direct()).update(c);
            }
        }
    }
}
