package vn.edu.taphuan.xapi.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.edu.taphuan.platform.Database;
import vn.edu.taphuan.platform.Problem;
import vn.edu.taphuan.xapi.control.validation.Formats;
import vn.edu.taphuan.xapi.entity.FilterKey;
import vn.edu.taphuan.xapi.entity.ForwardTarget;
import vn.edu.taphuan.xapi.entity.LrsClient;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Writes statements: the row with its exact JSON, the filter keys, the voiding effects, the completion projection
 * and one outbox row per external LRS — all in the caller's transaction, so they commit or fail together.
 * Statements must be valid ({@code StatementRule}) before they get here.
 * <p>
 * Rules of xAPI Communication 2.1.1/2.1.2 applied here: an id already stored with the same content changes
 * nothing (the id is answered again); with other content the whole request fails with 409; two statements with one
 * id in a batch fail with 400; a voiding statement must not target a voiding statement (Data 2.3.2.s2.b3).
 */
@ApplicationScoped
public class StatementStore {
    /** The longest JSON one VARCHAR keeps; longer statements are split into xapi_statement_part rows. */
    static final int CHUNK = 32_000;

    @Resource(lookup = Database.JNDI)
    DataSource dataSource;

    @Inject
    XapiProfile profile;

    @Inject
    CompletionProjection completions;

    @Inject
    ForwardTargets targets;

    @Inject
    ConsistencyClock clock;

    @Inject
    @ConfigProperty(name = "taphuan.xapi.max-statement-chars", defaultValue = "1000000")
    int maxStatementChars;

    private record Existing(long seq, String compareHash, boolean voiding) {
    }

    /**
     * Stores valid statements (a batch is all or nothing) and returns their ids in order. {@code client} null
     * means the service itself.
     */
    @Transactional(Transactional.TxType.REQUIRED)
    public List<String> store(List<JsonObject> statements, LrsClient client) {
        Instant stored = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        JsonObject authority = client == null ? profile.systemAuthority() : profile.credentialAuthority(client.key(), client.label());
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
        try (Connection c = dataSource.getConnection()) {
            Map<String, Existing> existing = existing(c, ids);
            List<String> hashes = new ArrayList<>(statements.size());
            for (int i = 0; i < statements.size(); i++) {
                String hash = StatementComparison.hash(statements.get(i));
                hashes.add(hash);
                Existing e = existing.get(ids.get(i));
                if (e != null && !e.compareHash().equals(hash)) {
                    throw new Problem(409, "STATEMENT_CONFLICT", "A different statement with id " + ids.get(i) + " is already stored"
                            + (statements.size() > 1 ? " (batch position [" + i + "])" : "") + "; statements are immutable, nothing was "
                            + "changed. Send it with a new id (xAPI Data 2.3.1, Communication 2.1.2.s2.b5).");
                }
            }
            checkVoiding(c, statements, ids, existing);
            clock.writing(stored);
            for (int i = 0; i < statements.size(); i++) {
                if (!existing.containsKey(ids.get(i))) {
                    insert(c, statements.get(i), ids.get(i), hashes.get(i), stored, authority, client);
                }
            }
            return ids;
        } catch (SQLException e) {
            if (e.getSQLState() != null && e.getSQLState().startsWith("23")) {
                // another request stored one of these ids between our look and our insert
                throw new Problem(409, "STATEMENT_CONFLICT", "A statement with one of these ids was stored at the same moment by "
                        + "another request; nothing was changed. Send the request again: identical statements are then accepted.");
            }
            throw new IllegalStateException("Storing statements failed: " + e.getMessage(), e);
        }
    }

    /** A voiding statement cannot void a voiding statement (Data 2.3.2: "cannot itself be voided"). */
    private void checkVoiding(Connection c, List<JsonObject> statements, List<String> ids, Map<String, Existing> existing) throws SQLException {
        Map<String, Integer> voidingInBatch = new HashMap<>();
        List<String> targets = new ArrayList<>();
        for (int i = 0; i < statements.size(); i++) {
            String target = voidedBy(statements.get(i));
            if (target != null) {
                voidingInBatch.put(ids.get(i), i);
                targets.add(target);
            }
        }
        if (targets.isEmpty()) {
            return;
        }
        Map<String, Existing> stored = existing(c, targets);
        for (int i = 0; i < statements.size(); i++) {
            String target = voidedBy(statements.get(i));
            if (target == null || existing.containsKey(ids.get(i))) {
                continue;
            }
            Existing t = stored.get(target);
            if ((t != null && t.voiding()) || voidingInBatch.containsKey(target)) {
                throw new Problem(400, "VOIDING_A_VOIDING_STATEMENT", "Statement " + (statements.size() > 1 ? "[" + i + "] " : "")
                        + "voids " + target + ", which is itself a voiding statement; a voiding statement cannot be voided "
                        + "(xAPI Data 2.3.2).");
            }
        }
    }

    /** The id a statement voids, or null when it is not a voiding statement. */
    static String voidedBy(JsonObject s) {
        if (s.get("verb") instanceof JsonObject verb && XapiProfile.VOIDED.equals(verb.getString("id", null))
                && s.get("object") instanceof JsonObject o && "StatementRef".equals(o.getString("objectType", null))) {
            return o.getString("id", "").toLowerCase();
        }
        return null;
    }

    private Map<String, Existing> existing(Connection c, Collection<String> ids) throws SQLException {
        Map<String, Existing> found = new HashMap<>();
        List<String> list = new ArrayList<>(new HashSet<>(ids));
        for (int from = 0; from < list.size(); from += 100) {
            List<String> chunk = list.subList(from, Math.min(list.size(), from + 100));
            String marks = String.join(",", chunk.stream().map(x -> "?").toList());
            try (PreparedStatement p = c.prepareStatement("SELECT id, seq, compare_hash, voiding FROM xapi_statement WHERE id IN (" + marks + ")")) {
                for (int i = 0; i < chunk.size(); i++) {
                    p.setString(i + 1, chunk.get(i));
                }
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        found.put(rs.getString(1), new Existing(rs.getLong(2), rs.getString(3), rs.getBoolean(4)));
                    }
                }
            }
        }
        return found;
    }

    private void insert(Connection c, JsonObject in, String id, String hash, Instant stored, JsonObject authority,
                        LrsClient client) throws SQLException {
        JsonObject stamped = StatementStamp.stamp(in, id, stored, authority);
        String json = StatementJson.write(stamped);
        if (json.length() > maxStatementChars) {
            throw new Problem(413, "STATEMENT_TOO_LARGE", "Statement " + id + " has " + json.length() + " characters; this LRS stores at most "
                    + maxStatementChars + " (taphuan.xapi.max-statement-chars, xAPI Communication 3.2.s3.b11).");
        }
        JsonObject verb = stamped.getJsonObject("verb");
        String verbId = verb.getString("id");
        String refId = stamped.getJsonObject("object").get("objectType") instanceof JsonString t && t.getString().equals("StatementRef")
                ? stamped.getJsonObject("object").getString("id").toLowerCase() : null;
        boolean voiding = refId != null && XapiProfile.VOIDED.equals(verbId);
        String registration = stamped.get("context") instanceof JsonObject ctx && ctx.get("registration") instanceof JsonString r
                ? r.getString().toLowerCase() : null;
        Instant timestamp = Formats.instant(stamped.getString("timestamp"));
        boolean voided = !voiding && isVoidedByStoredStatement(c, id);

        long seq;
        try (PreparedStatement p = c.prepareStatement("INSERT INTO xapi_statement (id, verb_id, ref_id, voiding, voided, registration, "
                + "stored, stamp, credential_id, compare_hash, json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            p.setString(1, id);
            p.setString(2, verbId);
            p.setString(3, refId);
            p.setBoolean(4, voiding);
            p.setBoolean(5, voided);
            p.setString(6, registration);
            p.setTimestamp(7, CompletionProjection.utc(stored));
            p.setTimestamp(8, CompletionProjection.utc(timestamp));
            if (client == null) {
                p.setNull(9, java.sql.Types.BIGINT);
            } else {
                p.setLong(9, client.credentialId());
            }
            p.setString(10, hash);
            p.setString(11, json.length() <= CHUNK ? json : null);
            p.executeUpdate();
            try (ResultSet keys = p.getGeneratedKeys()) {
                keys.next();
                seq = keys.getLong(1);
            }
        }
        if (json.length() > CHUNK) {
            insertParts(c, seq, json);
        }
        insertKeys(c, seq, StatementKeys.of(stamped));
        if (refId != null) {
            Long target = seqOf(c, refId);
            if (target != null) {
                copyKeys(c, target, seq);
            }
        }
        propagateKeysToReferrers(c, id, seq);
        if (voiding) {
            try (PreparedStatement p = c.prepareStatement("UPDATE xapi_statement SET voided = TRUE WHERE id = ? AND voiding = FALSE")) {
                p.setString(1, refId);
                p.executeUpdate();
            }
            completions.revoke(c, refId);
        } else if (!voided) {
            completions.apply(c, id, stamped);
        }
        outbox(c, seq, verbId);
    }

    private boolean isVoidedByStoredStatement(Connection c, String id) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT 1 FROM xapi_statement WHERE ref_id = ? AND voiding = TRUE")) {
            p.setString(1, id);
            try (ResultSet rs = p.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static void insertParts(Connection c, long seq, String json) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO xapi_statement_part (seq, part_no, content) VALUES (?, ?, ?)")) {
            int n = 0;
            for (int from = 0; from < json.length(); from += CHUNK) {
                p.setLong(1, seq);
                p.setInt(2, n++);
                p.setString(3, json.substring(from, Math.min(json.length(), from + CHUNK)));
                p.addBatch();
            }
            p.executeBatch();
        }
    }

    private static void insertKeys(Connection c, long seq, List<FilterKey> keys) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO xapi_statement_key (key_hash, key_scope, seq) VALUES (?, ?, ?)")) {
            for (FilterKey k : keys) {
                p.setString(1, k.hash());
                p.setString(2, String.valueOf(k.scope()));
                p.setLong(3, seq);
                p.addBatch();
            }
            p.executeBatch();
        }
    }

    private static Long seqOf(Connection c, String id) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT seq FROM xapi_statement WHERE id = ?")) {
            p.setString(1, id);
            try (ResultSet rs = p.executeQuery()) {
                return rs.next() ? rs.getLong(1) : null;
            }
        }
    }

    /**
     * A statement that targets another matches the filters its target matches (xAPI Communication 2.1.3,
     * "Filter Conditions for StatementRefs"), recursively: the target's keys are copied to it.
     */
    private static void copyKeys(Connection c, long fromSeq, long toSeq) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO xapi_statement_key (key_hash, key_scope, seq) "
                + "SELECT k.key_hash, k.key_scope, ? FROM xapi_statement_key k WHERE k.seq = ? AND NOT EXISTS "
                + "(SELECT 1 FROM xapi_statement_key x WHERE x.key_hash = k.key_hash AND x.key_scope = k.key_scope AND x.seq = ?)")) {
            p.setLong(1, toSeq);
            p.setLong(2, fromSeq);
            p.setLong(3, toSeq);
            p.executeUpdate();
        }
    }

    /** Statements stored earlier that target this one (and those targeting them) now match its filters too. */
    private static void propagateKeysToReferrers(Connection c, String id, long seq) throws SQLException {
        Deque<Object[]> todo = new ArrayDeque<>();
        todo.add(new Object[]{id, seq});
        Set<Long> done = new HashSet<>();
        done.add(seq);
        while (!todo.isEmpty()) {
            Object[] current = todo.poll();
            try (PreparedStatement p = c.prepareStatement("SELECT id, seq FROM xapi_statement WHERE ref_id = ?")) {
                p.setString(1, (String) current[0]);
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        long referrer = rs.getLong(2);
                        if (done.add(referrer)) {
                            copyKeys(c, (Long) current[1], referrer);
                            todo.add(new Object[]{rs.getString(1), referrer});
                        }
                    }
                }
            }
        }
    }

    private void outbox(Connection c, long seq, String verbId) throws SQLException {
        List<ForwardTarget> accepting = targets.all().stream().filter(t -> t.accepts(verbId)).toList();
        if (accepting.isEmpty()) {
            return;
        }
        try (PreparedStatement p = c.prepareStatement("INSERT INTO xapi_outbox (target, seq, parked, attempts) VALUES (?, ?, FALSE, 0)")) {
            for (ForwardTarget t : accepting) {
                p.setString(1, t.name());
                p.setLong(2, seq);
                p.addBatch();
            }
            p.executeBatch();
        }
    }
}
