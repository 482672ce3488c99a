package vn.edu.taphuan.xapi.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import vn.edu.taphuan.platform.Database;
import vn.edu.taphuan.platform.DatabaseFailure;
import vn.edu.taphuan.platform.Sql;
import vn.edu.taphuan.xapi.entity.LrsClient;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * The canonical Activity Definitions the LRS holds (table {@code xapi_activity}, V88), for the Activities resource
 * (xAPI Communication 2.5) and {@code format=canonical} (2.1.3): updated in the statements' transaction from every
 * activity a credential's new statements define — as object, context activity or inside a SubStatement — by the
 * rules of {@link DefinitionMerge} (Data 2.4.4.1.s4.b3-b5); the credential whose statement first defined an activity
 * owns it. The service's own learning events are not written here (no extra write in a learner's transaction):
 * their definitions are read from the statements ({@link StatementKnowledge}).
 * <p>
 * The last {@value #CACHED} definitions read or written are kept in memory: a statement that changes nothing
 * (the usual case: content sends the same definition with every statement) costs no database round trip.
 */
@ApplicationScoped
public class ActivityDefinitions {
    static final int CACHED = 10_000;

    @Resource(lookup = Database.JNDI)
    DataSource dataSource;

    @Resource
    TransactionSynchronizationRegistry transactions;

    private final Map<String, Canonical> cache = Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Canonical> eldest) {
            return size() > CACHED;
        }
    });

    /** A canonical definition and the credential that owns it (null = the service). */
    record Canonical(JsonObject definition, Long owner) {
    }

    /** The canonical definition of {@code activityId}, if a credential's statement defined it. */
    public Optional<JsonObject> definition(String activityId) {
        String key = StatementKeys.activity(activityId);
        Canonical known = cache.get(key);
        if (known != null) {
            return Optional.of(known.definition());
        }
        try (Connection c = dataSource.getConnection()) {
            Canonical read = read(c, key);
            if (read != null) {
                cache.put(key, read);
            }
            return Optional.ofNullable(read).map(Canonical::definition);
        } catch (SQLException e) {
            throw DatabaseFailure.of("Reading an activity definition", e);
        }
    }

    /** In the statements' transaction: what the new statements of {@code client} define (client null: nothing). */
    void learn(Connection c, List<NewStatement> rows, LrsClient client, Instant stored) throws SQLException {
        if (client == null) {
            return;
        }
        Map<String, JsonObject> sent = new LinkedHashMap<>();
        for (NewStatement r : rows) {
            definitions(r.stamped, (id, d) -> sent.merge(id, d, (earlier, later) -> DefinitionMerge.merge(earlier, later, true)));
        }
        for (var e : sent.entrySet()) {
            apply(c, e.getKey(), e.getValue(), client.credentialId(), stored);
        }
    }

    private void apply(Connection c, String activityId, JsonObject sent, Long source, Instant stored) throws SQLException {
        String key = StatementKeys.activity(activityId);
        Canonical known = cache.get(key);
        if (known != null && DefinitionMerge.merge(known.definition(), sent, Objects.equals(known.owner(), source)).equals(known.definition())) {
            return;
        }
        Canonical current = read(c, key);
        if (current == null) {
            insert(c, key, activityId, sent, source, stored);
            afterCommit(key, new Canonical(sent, source));
            return;
        }
        JsonObject merged = DefinitionMerge.merge(current.definition(), sent, Objects.equals(current.owner(), source));
        if (!merged.equals(current.definition())) {
            try (PreparedStatement p = c.prepareStatement("UPDATE xapi_activity SET definition = ?, updated = ? WHERE activity_key = ?")) {
                p.setBytes(1, bytes(merged));
                p.setTimestamp(2, Sql.utc(stored));
                p.setString(3, key);
                p.executeUpdate();
            }
        }
        afterCommit(key, new Canonical(merged, current.owner()));
    }

    /** Remembered only once the statements' transaction committed: a rolled-back definition must not be served. */
    private void afterCommit(String key, Canonical canonical) {
        cache.remove(key);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // nothing to do before
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    cache.put(key, canonical);
                }
            }
        });
    }

    private static void insert(Connection c, String key, String activityId, JsonObject definition, Long owner, Instant stored)
            throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO xapi_activity (activity_key, activity_id, definition, credential_id, "
                + "updated) VALUES (?, ?, ?, ?, ?)")) {
            p.setString(1, key);
            p.setString(2, activityId);
            p.setBytes(3, bytes(definition));
            p.setObject(4, owner, java.sql.Types.BIGINT);
            p.setTimestamp(5, Sql.utc(stored));
            p.executeUpdate();
        } catch (SQLException e) {
            if (DatabaseFailure.duplicate(e)) {
                // defined by another request at the same moment: the statements are stored again (Retry), merging then
                throw new DatabaseFailure.Contention("activity defined by another request at the same time", e);
            }
            throw e;
        }
    }

    private static Canonical read(Connection c, String key) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT definition, credential_id FROM xapi_activity WHERE activity_key = ?")) {
            p.setString(1, key);
            try (ResultSet rs = p.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                JsonObject definition = StatementJson.parse(new String(rs.getBytes(1), StandardCharsets.UTF_8)).asJsonObject();
                long owner = rs.getLong(2);
                return new Canonical(definition, rs.wasNull() ? null : owner);
            }
        }
    }

    private static byte[] bytes(JsonObject definition) {
        return StatementJson.write(definition).getBytes(StandardCharsets.UTF_8);
    }

    /** Every Activity with a definition in a statement: its object, context activities, and those of a SubStatement. */
    static void definitions(JsonObject statement, BiConsumer<String, JsonObject> found) {
        activity(statement.get("object"), found);
        if (statement.get("object") instanceof JsonObject o && "SubStatement".equals(o.getString("objectType", ""))) {
            definitions(o, found);
        }
        if (statement.get("context") instanceof JsonObject ctx && ctx.get("contextActivities") instanceof JsonObject kinds) {
            for (JsonValue list : kinds.values()) {
                if (list instanceof JsonArray a) {
                    a.forEach(v -> activity(v, found));
                } else {
                    activity(list, found);
                }
            }
        }
    }

    private static void activity(JsonValue v, BiConsumer<String, JsonObject> found) {
        if (v instanceof JsonObject o && "Activity".equals(o.getString("objectType", "Activity")) && o.get("id") instanceof JsonString id
                && o.get("definition") instanceof JsonObject d) {
            found.accept(id.getString(), d);
        }
    }
}
