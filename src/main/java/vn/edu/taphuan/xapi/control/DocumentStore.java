package vn.edu.taphuan.xapi.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.transaction.Transactional;
import vn.edu.taphuan.platform.Database;
import vn.edu.taphuan.platform.DatabaseFailure;
import vn.edu.taphuan.platform.Problem;
import vn.edu.taphuan.platform.Sql;
import vn.edu.taphuan.xapi.entity.DocumentAddress;
import vn.edu.taphuan.xapi.entity.LrsClient;
import vn.edu.taphuan.xapi.entity.ReadScope;
import vn.edu.taphuan.xapi.entity.StoredDocument;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The State, Activity Profile and Agent Profile documents (xAPI Communication 2.2-2.7) in table
 * {@code xapi_document}: stored byte-exact, with their content type, the SHA-1 ETag and the time of the last change.
 * Every change reads the document, judges the request's {@link Preconditions} against it and writes in one
 * transaction; the write itself is conditional (an UPDATE on the ETag read, an INSERT on the primary key), so two
 * writers racing cannot both win: the loser's transaction fails with {@link DatabaseFailure.Contention} and is rolled back, and the
 * boundary runs the request again, now judged against the winner's document.
 * <p>
 * Credentials (docs/xapi.md §8): a read-own credential sees and changes only the documents it created; a
 * document another credential created answers 403 to it, and listing or deleting a context takes its own only.
 */
@ApplicationScoped
public class DocumentStore {
    static final String COLUMNS = "doc_id, content_type, content, etag, updated, credential_id";

    @Resource(lookup = Database.JNDI)
    DataSource dataSource;

    @Inject
    Clock clock;

    /** A document id in a listing, with when it last changed. */
    public record Listed(String id, Instant updated) {
    }

    /** The document, if any; 403 when the client may not see it (read-own scope, another credential's). */
    public Optional<StoredDocument> find(DocumentAddress a, LrsClient client) {
        return run(c -> Optional.ofNullable(owned(read(c, a), client)));
    }

    /** The ids of a context's documents changed after {@code since} (exclusive; null = all), oldest change first. */
    public List<Listed> ids(DocumentAddress context, Instant since, LrsClient client) {
        StringBuilder sql = new StringBuilder("SELECT doc_id, updated FROM xapi_document WHERE context_key = ?");
        List<Object> args = new ArrayList<>(List.of(context.contextKey()));
        narrow(context, client, sql, args);
        if (since != null) {
            sql.append(" AND updated > ?");
            args.add(Sql.utc(since));
        }
        sql.append(" ORDER BY updated, doc_id");
        return run(c -> new Sql(sql.toString(), args).list(c, rs -> new Listed(rs.getString(1), Sql.instant(rs.getTimestamp(2)))));
    }

    /** Stores the document as sent, replacing what was there (PUT, Communication 2.2). */
    @Transactional(Transactional.TxType.REQUIRED)
    public void put(DocumentAddress a, String contentType, byte[] content, Preconditions conditions, LrsClient client) {
        run(c -> {
            StoredDocument current = owned(read(c, a), client);
            conditions.check(current, a.kind(), true);
            write(c, a, current, contentType, content, client);
            return null;
        });
    }

    /**
     * Merges a JSON object into the document (POST, Communication 2.2.s7): each top-level property of the posted
     * object replaces the existing one; without a document the posted one is stored. 400 when the existing
     * document is not a JSON object with content type application/json (2.2.s8.b1); the posted one is checked by
     * the boundary.
     */
    @Transactional(Transactional.TxType.REQUIRED)
    public void merge(DocumentAddress a, JsonObject posted, Preconditions conditions, LrsClient client) {
        run(c -> {
            StoredDocument current = owned(read(c, a), client);
            conditions.check(current, a.kind(), false);
            JsonObjectBuilder merged = StatementJson.JSON.createObjectBuilder();
            String type = "application/json";
            if (current != null) {
                JsonObject existing = existingObject(current);
                merged = StatementJson.JSON.createObjectBuilder(existing);
                type = current.contentType();
            }
            for (var e : posted.entrySet()) {
                merged.add(e.getKey(), e.getValue());
            }
            write(c, a, current, type, StatementJson.write(merged.build()).getBytes(StandardCharsets.UTF_8), client);
            return null;
        });
    }

    /** Deletes one document (404 when there is none to delete, after the preconditions). */
    @Transactional(Transactional.TxType.REQUIRED)
    public void delete(DocumentAddress a, Preconditions conditions, LrsClient client) {
        run(c -> {
            StoredDocument current = owned(read(c, a), client);
            conditions.check(current, a.kind(), false);
            if (current == null) {
                throw new Problem(404, "DOCUMENT_NOT_FOUND", "There is no such " + a.kind().idParameter() + " document to delete (xAPI "
                        + a.kind().section() + ", Communication 3.2.s2.b4).");
            }
            try (PreparedStatement p = c.prepareStatement("DELETE FROM xapi_document WHERE doc_key = ? AND etag = ?")) {
                p.setString(1, a.docKey());
                p.setString(2, current.etag());
                if (p.executeUpdate() != 1) {
                    throw new DatabaseFailure.Contention("document changed while it was deleted", null);
                }
            }
            return null;
        });
    }

    /** Deletes every document of a context, of one registration when the address has one (State, 2.3.s5). */
    @Transactional(Transactional.TxType.REQUIRED)
    public int deleteAll(DocumentAddress context, LrsClient client) {
        StringBuilder sql = new StringBuilder("DELETE FROM xapi_document WHERE context_key = ?");
        List<Object> args = new ArrayList<>(List.of(context.contextKey()));
        narrow(context, client, sql, args);
        return run(c -> new Sql(sql.toString(), args).update(c));
    }

    /** The SHA-1 of the bytes in lower-case hex: the ETag of Communication 3.1.s4.b2. */
    public static String etag(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static boolean isJson(String contentType) {
        return contentType != null && contentType.strip().toLowerCase(java.util.Locale.ROOT).matches("application/json\\s*(;.*)?");
    }

    private static JsonObject existingObject(StoredDocument current) {
        if (isJson(current.contentType())) {
            try {
                if (StatementJson.parse(new String(current.content(), StandardCharsets.UTF_8)) instanceof JsonObject o) {
                    return o;
                }
            } catch (RuntimeException notJson) {
                // answered below
            }
        }
        throw new Problem(400, "DOCUMENT_NOT_JSON_OBJECT", "The stored document is not a JSON object with content type application/json "
                + "(it is " + current.contentType() + "), so a POST cannot merge into it; PUT the whole document instead "
                + "(xAPI Communication 2.2.s8.b1).");
    }

    private void write(Connection c, DocumentAddress a, StoredDocument current, String contentType, byte[] content, LrsClient client)
            throws SQLException {
        java.sql.Timestamp now = Sql.utc(clock.instant().truncatedTo(ChronoUnit.MILLIS));
        String etag = etag(content);
        if (current != null) {
            try (PreparedStatement p = c.prepareStatement("UPDATE xapi_document SET content_type = ?, content = ?, etag = ?, updated = ? "
                    + "WHERE doc_key = ? AND etag = ?")) {
                p.setString(1, contentType);
                p.setBytes(2, content);
                p.setString(3, etag);
                p.setTimestamp(4, now);
                p.setString(5, a.docKey());
                p.setString(6, current.etag());
                if (p.executeUpdate() != 1) {
                    throw new DatabaseFailure.Contention("document changed while it was written", null);
                }
            }
            return;
        }
        try (PreparedStatement p = c.prepareStatement("INSERT INTO xapi_document (doc_key, context_key, kind, doc_id, activity_id, agent_key, "
                + "registration, content_type, content, etag, updated, credential_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            p.setString(1, a.docKey());
            p.setString(2, a.contextKey());
            p.setString(3, a.kind().name());
            p.setString(4, a.docId());
            p.setString(5, a.activityId());
            p.setString(6, a.agentKey());
            p.setString(7, a.registration());
            p.setString(8, contentType);
            p.setBytes(9, content);
            p.setString(10, etag);
            p.setTimestamp(11, now);
            p.setObject(12, client == null ? null : client.credentialId(), java.sql.Types.BIGINT);
            p.executeUpdate();
        } catch (SQLException e) {
            if (DatabaseFailure.duplicate(e)) {
                throw new DatabaseFailure.Contention("document created by another request at the same time", e);
            }
            throw e;
        }
    }

    private static StoredDocument read(Connection c, DocumentAddress a) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT " + COLUMNS + " FROM xapi_document WHERE doc_key = ?")) {
            p.setString(1, a.docKey());
            try (ResultSet rs = p.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                return document(rs, 1);
            }
        }
    }

    /** The {@link #COLUMNS} of a row, starting at column {@code from}. */
    static StoredDocument document(ResultSet rs, int from) throws SQLException {
        long credential = rs.getLong(from + 5);
        Long credentialId = rs.wasNull() ? null : credential;
        return new StoredDocument(rs.getString(from), rs.getString(from + 1), rs.getBytes(from + 2), rs.getString(from + 3),
                Sql.instant(rs.getTimestamp(from + 4)), credentialId);
    }

    /** A read-own credential may not see or change another's document: 403 (Communication 3.2.s3.b10). */
    private static StoredDocument owned(StoredDocument d, LrsClient client) {
        if (d != null && client != null && client.readScope() == ReadScope.OWN && !Long.valueOf(client.credentialId()).equals(d.credentialId())) {
            throw new Problem(403, "NOT_YOUR_DOCUMENT", "This document was stored by another credential; LRS credential " + client.key()
                    + " reads and changes only its own (read scope OWN, xAPI Communication 3.2.s3.b10).");
        }
        return d;
    }

    private static void narrow(DocumentAddress context, LrsClient client, StringBuilder sql, List<Object> args) {
        if (context.registration() != null) {
            sql.append(" AND registration = ?");
            args.add(context.registration());
        }
        if (client != null && client.readScope() == ReadScope.OWN) {
            sql.append(" AND credential_id = ?");
            args.add(client.credentialId());
        }
    }

    private <T> T run(Database.Work<T> work) {
        try (Connection c = dataSource.getConnection()) {
            return work.on(c);
        } catch (SQLException e) {
            throw new IllegalStateException("Document store failed: " + e.getMessage(), e);
        }
    }
}
