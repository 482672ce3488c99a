package vn.edu.taphuan.xapi.control;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import vn.edu.taphuan.platform.DerbyHints;
import vn.edu.taphuan.platform.Problem;
import vn.edu.taphuan.platform.Sql;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Decides which statements of a request are new, by the rules of xAPI Communication 2.1.1/2.1.2: two statements
 * with one id in a batch fail with 400; an id already stored with the same content changes nothing (the id is
 * answered again); with other content the whole request fails with 409.
 */
final class StatementAdmission {
    /** Index choice for Derby: see {@link DerbyHints} for why a probe of the id's unique key is named. */
    static final String BY_ID = DerbyHints.constraint("XAPI_STATEMENT_ID_UQ");

    /** What is known of a statement already stored. */
    record Stored(long seq, String compareHash, boolean voiding, Long credentialId) {
    }

    private StatementAdmission() {
    }

    /** The statements' ids in order (drawn at random where a statement has none); 400 on an id given twice. */
    static List<String> ids(List<JsonObject> statements) {
        List<String> ids = new ArrayList<>(statements.size());
        Map<String, Integer> positions = new HashMap<>();
        for (int i = 0; i < statements.size(); i++) {
            String id = statements.get(i).get("id") instanceof JsonString s ? s.getString().toLowerCase() : UUID.randomUUID().toString();
            Integer earlier = positions.putIfAbsent(id, i);
            if (earlier != null) {
                throw new Problem(400, "DUPLICATE_STATEMENT_ID", "Statements [" + earlier + "] and [" + i + "] of the batch both have id "
                        + id + "; the ids in one batch must differ (xAPI Communication 2.1.2.s2.b6).");
            }
            ids.add(id);
        }
        return ids;
    }

    /** The comparison hash of each statement; 409 when a stored statement has its id but other content. */
    static List<String> hashes(List<JsonObject> statements, List<String> ids, Map<String, Stored> existing) {
        List<String> hashes = new ArrayList<>(statements.size());
        for (int i = 0; i < statements.size(); i++) {
            String hash = StatementComparison.hash(statements.get(i));
            hashes.add(hash);
            Stored e = existing.get(ids.get(i));
            if (e != null && !e.compareHash().equals(hash)) {
                throw new Problem(409, "STATEMENT_CONFLICT", "A different statement with id " + ids.get(i) + " is already stored"
                        + (statements.size() > 1 ? " (batch position [" + i + "])" : "") + "; statements are immutable, nothing was "
                        + "changed. Send it with a new id (xAPI Data 2.3.1, Communication 2.1.2.s2.b5).");
            }
        }
        return hashes;
    }

    /** The stored statements among {@code ids}, by id. */
    static Map<String, Stored> existing(Connection c, Collection<String> ids) throws SQLException {
        Map<String, Stored> found = new HashMap<>();
        for (List<String> chunk : Sql.chunks(new ArrayList<>(new HashSet<>(ids)), 100, 1, 10, 100)) {
            Sql.of("SELECT id, seq, compare_hash, voiding, credential_id FROM xapi_statement" + BY_ID
                    + "WHERE id IN (" + Sql.marks(chunk.size()) + ")", chunk.toArray()).each(c, rs -> {
                long credential = rs.getLong(5);
                found.put(rs.getString(1), new Stored(rs.getLong(2), rs.getString(3), rs.getBoolean(4), rs.wasNull() ? null : credential));
            });
        }
        return found;
    }
}
