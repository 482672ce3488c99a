package vn.edu.taphuan.xapi.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.edu.taphuan.platform.NumberBlocks;
import vn.edu.taphuan.platform.Problem;
import vn.edu.taphuan.xapi.control.validation.Formats;
import vn.edu.taphuan.xapi.entity.FilterKey;
import vn.edu.taphuan.xapi.entity.ForwardTarget;
import vn.edu.taphuan.xapi.entity.LrsClient;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
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
    /**
     * Index choices for Derby, in its comment syntax (other databases read a comment). Without them Derby may scan a
     * young table instead of probing the index; a scan reads — and under READ COMMITTED waits for — rows other
     * writers have not committed yet, so concurrent ingest would queue behind each other (or time out).
     */
    static final String BY_ID = " --DERBY-PROPERTIES constraint=XAPI_STATEMENT_ID_UQ\n ";
    static final String BY_REF = " --DERBY-PROPERTIES index=XAPI_STATEMENT_REF_IX\n ";

    /** The longest JSON one VARCHAR keeps; longer statements are split into xapi_statement_part rows. */
    static final int CHUNK = 32_000;

    /** Its connection is the transaction's: statements, projection and outbox rows commit with the caller's work. */
    @PersistenceContext
    EntityManager em;

    @Inject
    Clock time;

    @Inject
    XapiProfile profile;

    @Inject
    CompletionProjection completions;

    @Inject
    ForwardTargets targets;

    @Inject
    ConsistencyClock clock;

    @Inject
    LrsAudit audit;

    /** Statement seqs (the storage order), in blocks of 1,000: see {@link NumberBlocks} for why not an identity column. */
    static final NumberBlocks.Counter SEQ = new NumberBlocks.Counter("statement", 1000);

    @Inject
    NumberBlocks numbers;

    @Inject
    @ConfigProperty(name = "taphuan.xapi.max-statement-chars", defaultValue = "1000000")
    int maxStatementChars;

    private record Existing(long seq, String compareHash, boolean voiding, Long credentialId) {
    }

    /**
     * Stores valid statements (a batch is all or nothing) and returns their ids in order. {@code client} null
     * means the service itself.
     */
    @Transactional(Transactional.TxType.REQUIRED)
    public List<String> store(List<JsonObject> statements, LrsClient client) {
        return store(statements, client, false);
    }

    /**
     * Stores statements the service has just made, each with an id it has just drawn at random ({@link UUID#randomUUID()}):
     * no stored statement can have one of these ids or target one (nobody has seen them yet), so the two look-ups
     * for that — an index probe per id — are left out of the learner's transaction. Should an id ever be taken after
     * all, the unique key on the id fails the whole batch: nothing is half-written.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void storeMinted(List<JsonObject> statements) {
        store(statements, null, true);
    }

    private List<String> store(List<JsonObject> statements, LrsClient client, boolean minted) {
        Instant stored = time.instant().truncatedTo(ChronoUnit.MILLIS);
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
        try {
            // not closed here: it belongs to the transaction and goes back to the pool when that ends
            Connection c = em.unwrap(Connection.class);
            Map<String, Existing> existing = minted ? Map.of() : existing(c, ids);
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
            checkVoiding(c, statements, ids, existing, client);
            clock.writing(stored);
            List<Row> rows = new ArrayList<>();
            for (int i = 0; i < statements.size(); i++) {
                if (!existing.containsKey(ids.get(i))) {
                    JsonObject stamped = StatementStamp.stamp(statements.get(i), ids.get(i), stored, authority);
                    rows.add(new Row(ids.get(i), stamped, StatementJson.write(stamped), hashes.get(i)));
                }
            }
            if (!rows.isEmpty()) {
                insertAll(c, rows, stored, client, minted);
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

    /**
     * A voiding statement cannot void a voiding statement (Data 2.3.2: "cannot itself be voided"), and a credential
     * may void only statements it stored itself unless a district admin granted it the right to void others'
     * (docs/xapi.md §9): 403, as for any action the credential's scope does not allow (Communication 3.2.s3.b10,
     * 4.2). A target not stored yet is judged when it arrives ({@link #voidsOnArrival}).
     */
    private void checkVoiding(Connection c, List<JsonObject> statements, List<String> ids, Map<String, Existing> existing,
                              LrsClient client) throws SQLException {
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
            if (t != null && client != null && !client.mayVoid(t.credentialId())) {
                throw new Problem(403, "VOID_NOT_ALLOWED", "LRS credential " + client.key() + " may void only statements it stored "
                        + "itself; statement " + (statements.size() > 1 ? "[" + i + "] " : "") + "voids " + target + ", stored by "
                        + (t.credentialId() == null ? "the service itself" : "another credential") + ". Voiding others' statements "
                        + "needs a right only a district administrator grants. Nothing was stored (xAPI Communication 3.2.s3.b10).");
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
        forChunks(new ArrayList<>(new HashSet<>(ids)), (chunk, marks) -> {
            try (PreparedStatement p = c.prepareStatement("SELECT id, seq, compare_hash, voiding, credential_id FROM xapi_statement" + BY_ID
                    + "WHERE id IN (" + marks + ")")) {
                for (int i = 0; i < chunk.size(); i++) {
                    p.setString(i + 1, chunk.get(i));
                }
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        long credential = rs.getLong(5);
                        found.put(rs.getString(1), new Existing(rs.getLong(2), rs.getString(3), rs.getBoolean(4), rs.wasNull() ? null : credential));
                    }
                }
            }
        });
        return found;
    }

    /** A new statement, ready to be written. */
    private static final class Row {
        final String id;
        final JsonObject stamped;
        final String json;
        final String verbId;
        final String refId;
        final boolean voiding;
        final String registration;
        final Instant timestamp;
        final String hash;
        long seq;
        boolean voided;

        Row(String id, JsonObject stamped, String json, String hash) {
            this.id = id;
            this.stamped = stamped;
            this.json = json;
            this.hash = hash;
            this.verbId = stamped.getJsonObject("verb").getString("id");
            JsonObject object = stamped.getJsonObject("object");
            this.refId = object.get("objectType") instanceof JsonString t && t.getString().equals("StatementRef")
                    ? object.getString("id").toLowerCase() : null;
            this.voiding = refId != null && XapiProfile.VOIDED.equals(verbId);
            this.registration = stamped.get("context") instanceof JsonObject ctx && ctx.get("registration") instanceof JsonString r
                    ? r.getString().toLowerCase() : null;
            this.timestamp = Formats.instant(stamped.getString("timestamp"));
        }
    }

    /**
     * Writes the new statements of one request with a handful of SQL statements per batch, not per statement: the
     * rows, their seqs, their filter keys, the outbox rows; then what links statements to each other (voiding,
     * StatementRef keys) and the completion projection.
     */
    private void insertAll(Connection c, List<Row> rows, Instant stored, LrsClient client, boolean minted) throws SQLException {
        for (Row r : rows) {
            if (r.json.length() > maxStatementChars) {
                throw new Problem(413, "STATEMENT_TOO_LARGE", "Statement " + r.id + " has " + r.json.length() + " characters; this LRS "
                        + "stores at most " + maxStatementChars + " (taphuan.xapi.max-statement-chars, xAPI Communication 3.2.s3.b11).");
            }
        }
        List<String> ids = rows.stream().map(r -> r.id).toList();
        // statements stored earlier that target these (a voiding statement may arrive before its target)
        Set<String> referred = new HashSet<>();
        Map<String, Set<Long>> voidersEarlier = new HashMap<>();
        forChunks(minted ? List.of() : ids, (chunk, marks) -> {
            try (PreparedStatement p = c.prepareStatement("SELECT ref_id, voiding, credential_id FROM xapi_statement" + BY_REF
                    + "WHERE ref_id IN (" + marks + ")")) {
                for (int i = 0; i < chunk.size(); i++) {
                    p.setString(i + 1, chunk.get(i));
                }
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        referred.add(rs.getString(1));
                        if (rs.getBoolean(2)) {
                            long voider = rs.getLong(3);
                            voidersEarlier.computeIfAbsent(rs.getString(1), k -> new HashSet<>()).add(rs.wasNull() ? null : voider);
                        }
                    }
                }
            }
        });
        Set<String> voidedEarlier = voidsOnArrival(c, voidersEarlier, client);
        long[] seqs = numbers.next(SEQ, rows.size());
        try (PreparedStatement p = c.prepareStatement("INSERT INTO xapi_statement (seq, id, verb_id, ref_id, voiding, voided, registration, "
                + "stored, stamp, credential_id, compare_hash, json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            Timestamp storedAt = CompletionProjection.utc(stored);
            for (int i = 0; i < rows.size(); i++) {
                Row r = rows.get(i);
                r.seq = seqs[i];
                r.voided = !r.voiding && voidedEarlier.contains(r.id);
                p.setLong(1, r.seq);
                p.setString(2, r.id);
                p.setString(3, r.verbId);
                p.setString(4, r.refId);
                p.setBoolean(5, r.voiding);
                p.setBoolean(6, r.voided);
                p.setString(7, r.registration);
                p.setTimestamp(8, storedAt);
                p.setTimestamp(9, CompletionProjection.utc(r.timestamp));
                if (client == null) {
                    p.setNull(10, java.sql.Types.BIGINT);
                } else {
                    p.setLong(10, client.credentialId());
                }
                p.setString(11, r.hash);
                p.setString(12, r.json.length() <= CHUNK ? r.json : null);
                p.addBatch();
            }
            p.executeBatch();
        }
        for (Row r : rows) {
            if (r.json.length() > CHUNK) {
                insertParts(c, r.seq, r.json);
            }
        }
        Map<String, Row> byId = new HashMap<>();
        rows.forEach(r -> byId.put(r.id, r));
        Map<String, List<FilterKey>> keys = new HashMap<>();
        for (Row r : rows) {
            keys.put(r.id, keysOf(c, r.id, byId, keys, new HashSet<>()));
        }
        try (PreparedStatement p = c.prepareStatement("INSERT INTO xapi_statement_key (key_hash, seq, direct) VALUES (?, ?, ?)")) {
            for (Row r : rows) {
                for (FilterKey k : keys.get(r.id)) {
                    p.setString(1, k.hash());
                    p.setLong(2, r.seq);
                    p.setBoolean(3, k.direct());
                    p.addBatch();
                }
            }
            p.executeBatch();
        }
        for (Row r : rows) {
            if (referred.contains(r.id)) {
                propagateToReferrers(c, r.id, keys.get(r.id));
            }
        }
        for (Row r : rows) {
            if (r.voiding) {
                try (PreparedStatement p = c.prepareStatement("UPDATE xapi_statement SET voided = TRUE WHERE id = ? AND voiding = FALSE")) {
                    p.setString(1, r.refId);
                    p.executeUpdate();
                }
                CompletionProjection.Revoked revoked = completions.revoke(c, r.refId);
                if (client != null) {
                    audit.statementVoided(c, client, r.id, r.refId, revoked);
                }
                rows.stream().filter(x -> x.id.equals(r.refId) && !x.voiding).forEach(x -> x.voided = true);
            }
        }
        for (Row r : rows) {
            if (!r.voiding && !r.voided) {
                completions.apply(c, r.id, r.stamped, client);
            }
        }
        outbox(c, rows);
    }

    /**
     * The arriving statements that a voiding statement stored earlier voids. A voider may void the new statement
     * when it is the service itself, the credential now storing it, or a credential with the right to void others'
     * statements; a voiding statement without that right, stored before its target, voids nothing (otherwise a
     * credential could void another's statement by guessing its id before it arrives).
     */
    private static Set<String> voidsOnArrival(Connection c, Map<String, Set<Long>> voiders, LrsClient client) throws SQLException {
        Set<String> voided = new HashSet<>();
        Map<Long, Boolean> mayVoidOthers = new HashMap<>();
        for (var e : voiders.entrySet()) {
            for (Long voider : e.getValue()) {
                if (voider == null || (client != null && voider == client.credentialId())
                        || mayVoidOthers.computeIfAbsent(voider, id -> mayVoidOthers(c, id))) {
                    voided.add(e.getKey());
                }
            }
        }
        return voided;
    }

    private static boolean mayVoidOthers(Connection c, long credentialId) {
        try (PreparedStatement p = c.prepareStatement("SELECT may_void_others FROM xapi_credential WHERE id = ?")) {
            p.setLong(1, credentialId);
            try (ResultSet rs = p.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the rights of LRS credential " + credentialId + " failed: " + e.getMessage(), e);
        }
    }

    private interface Chunk {
        void run(List<String> chunk, String marks) throws SQLException;
    }

    /**
     * Runs an {@code IN (…)} query over the values, 100 at a time. Each chunk is padded (repeating its first value)
     * to 1, 10 or 100 values, so the database sees three statement texts instead of a hundred: Derby compiles each
     * text once and keeps it in its statement cache, and a recompilation under load reads the catalog — the same
     * rows the identity sequence updates.
     */
    static void forChunks(List<String> values, Chunk work) throws SQLException {
        for (int from = 0; from < values.size(); from += 100) {
            List<String> chunk = new ArrayList<>(values.subList(from, Math.min(values.size(), from + 100)));
            int size = chunk.size() <= 1 ? 1 : chunk.size() <= 10 ? 10 : 100;
            while (chunk.size() < size) {
                chunk.add(chunk.get(0));
            }
            work.run(chunk, String.join(",", java.util.Collections.nCopies(size, "?")));
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



    /**
     * A statement's filter keys: its own and, when it targets another statement, the target's (xAPI Communication
     * 2.1.3, "Filter Conditions for StatementRefs": a statement targeting another matches the filters its target
     * matches, recursively). Targets in the same batch are taken from the batch, stored ones from their JSON.
     */
    private List<FilterKey> keysOf(Connection c, String id, Map<String, Row> batch, Map<String, List<FilterKey>> known,
                                   Set<String> visiting) throws SQLException {
        if (known.containsKey(id)) {
            return known.get(id);
        }
        if (!visiting.add(id)) {
            return List.of(); // a reference cycle (ids are the clients' choice)
        }
        JsonObject statement;
        Row row = batch.get(id);
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
        String target = statement.getJsonObject("object").get("objectType") instanceof JsonString t && t.getString().equals("StatementRef")
                ? statement.getJsonObject("object").getString("id").toLowerCase() : null;
        return target == null ? own : StatementKeys.merge(own, keysOf(c, target, batch, known, visiting));
    }

    private static String storedJson(Connection c, String id) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT seq, json FROM xapi_statement" + BY_ID + "WHERE id = ?")) {
            p.setString(1, id);
            try (ResultSet rs = p.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                if (rs.getString(2) != null) {
                    return rs.getString(2);
                }
                return StatementQuery.parts(c, rs.getLong(1));
            }
        }
    }

    /** Statements stored earlier that target this one (and those targeting them) now match its filters too. */
    private static void propagateToReferrers(Connection c, String id, List<FilterKey> keys) throws SQLException {
        Deque<String> todo = new ArrayDeque<>(List.of(id));
        Set<String> done = new HashSet<>(todo);
        while (!todo.isEmpty()) {
            String current = todo.poll();
            try (PreparedStatement p = c.prepareStatement("SELECT id, seq FROM xapi_statement" + BY_REF + "WHERE ref_id = ?")) {
                p.setString(1, current);
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        if (done.add(rs.getString(1))) {
                            addKeys(c, rs.getLong(2), keys);
                            todo.add(rs.getString(1));
                        }
                    }
                }
            }
        }
    }

    /** Adds the keys a stored statement does not have yet, or has only as related: one row per value and statement. */
    private static void addKeys(Connection c, long seq, List<FilterKey> keys) throws SQLException {
        for (FilterKey k : keys) {
            Boolean had = null;
            try (PreparedStatement p = c.prepareStatement("SELECT direct FROM xapi_statement_key WHERE key_hash = ? AND seq = ?")) {
                p.setString(1, k.hash());
                p.setLong(2, seq);
                try (ResultSet rs = p.executeQuery()) {
                    if (rs.next()) {
                        had = rs.getBoolean(1);
                    }
                }
            }
            if (had != null && !had && k.direct()) {
                try (PreparedStatement p = c.prepareStatement("DELETE FROM xapi_statement_key WHERE key_hash = ? AND seq = ?")) {
                    p.setString(1, k.hash());
                    p.setLong(2, seq);
                    p.executeUpdate();
                }
                had = null;
            }
            if (had == null) {
                try (PreparedStatement p = c.prepareStatement("INSERT INTO xapi_statement_key (key_hash, seq, direct) VALUES (?, ?, ?)")) {
                    p.setString(1, k.hash());
                    p.setLong(2, seq);
                    p.setBoolean(3, k.direct());
                    p.executeUpdate();
                }
            }
        }
    }

    private void outbox(Connection c, List<Row> rows) throws SQLException {
        if (targets.all().isEmpty()) {
            return;
        }
        try (PreparedStatement p = c.prepareStatement("INSERT INTO xapi_outbox (target, seq, parked, attempts) VALUES (?, ?, FALSE, 0)")) {
            for (Row r : rows) {
                for (ForwardTarget t : targets.all()) {
                    if (t.accepts(r.verbId)) {
                        p.setString(1, t.name());
                        p.setLong(2, r.seq);
                        p.addBatch();
                    }
                }
            }
            p.executeBatch();
        }
    }
}
