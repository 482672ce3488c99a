package vn.edu.taphuan.xapi.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import vn.edu.taphuan.platform.Database;
import vn.edu.taphuan.platform.Sql;
import vn.edu.taphuan.xapi.entity.AttachmentData;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The raw data of statement attachments in {@code xapi_attachment}, one row per SHA-2 (docs/decisions/0016): written
 * with the statements that name it, in their transaction; read back part by part when a client asks for
 * {@code attachments=true} (xAPI Communication 2.1.3). A statement finds its data by the {@code sha2} of its
 * attachments, so no link table is kept: statements are never deleted, and the data goes with the last of them.
 */
@ApplicationScoped
public class AttachmentStore {
    /** What a multipart answer says of a part before its bytes. */
    public record Header(String sha2, String contentType, long length) {
    }

    /** Writes the bytes of one stored part to the answer. */
    public interface PartWriter {
        void write(Header header, byte[] content) throws IOException;
    }

    @Resource(lookup = Database.JNDI)
    DataSource dataSource;

    /** Inserts the parts not stored yet, in the caller's transaction (the statements' own). */
    static void insert(Connection c, Collection<AttachmentData> parts, Instant stored) throws SQLException {
        if (parts.isEmpty()) {
            return;
        }
        Set<String> present = new HashSet<>();
        // in chunks: a request may bring thousands of small parts, more than one IN list should hold
        for (List<String> chunk : Sql.chunks(parts.stream().map(AttachmentData::sha2).toList(), 100, 1, 10, 100)) {
            present.addAll(Sql.of("SELECT sha2 FROM xapi_attachment WHERE sha2 IN (" + Sql.marks(chunk.size()) + ")", chunk.toArray())
                    .list(c, rs -> rs.getString(1)));
        }
        try (PreparedStatement p = c.prepareStatement("INSERT INTO xapi_attachment (sha2, content_type, length, content, stored) "
                + "VALUES (?, ?, ?, ?, ?)")) {
            for (AttachmentData part : parts) {
                if (present.add(part.sha2())) {
                    p.setString(1, part.sha2());
                    p.setString(2, part.contentType());
                    p.setLong(3, part.content().length);
                    p.setBytes(4, part.content());
                    p.setTimestamp(5, Sql.utc(stored));
                    p.addBatch();
                }
            }
            p.executeBatch();
        }
    }

    /** The SHA-2s (lower case, first seen first) of the attachments of these statements, as stored JSON texts. */
    public static Set<String> named(Collection<String> statements) {
        Set<String> hashes = new LinkedHashSet<>();
        for (String json : statements) {
            if (json.contains("\"attachments\"")) {
                JsonValue list = StatementJson.parse(json).asJsonObject().get("attachments");
                if (list instanceof JsonArray attachments) {
                    for (JsonValue a : attachments) {
                        if (a instanceof JsonObject o && o.get("sha2") instanceof JsonString sha2) {
                            hashes.add(sha2.getString().toLowerCase(Locale.ROOT));
                        }
                    }
                }
            }
        }
        return hashes;
    }

    /**
     * Streams the stored data of {@code hashes} to {@code out}, one row at a time so only one attachment is held at
     * once (up to taphuan.xapi.attachment.max-bytes); hashes with no data (a fileUrl only) are left out.
     */
    public void stream(Collection<String> hashes, PartWriter out) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement p = c.prepareStatement("SELECT content_type, length, content FROM xapi_attachment WHERE sha2 = ?")) {
            for (String sha2 : new ArrayList<>(hashes)) {
                p.setString(1, sha2);
                try (ResultSet rs = p.executeQuery()) {
                    if (rs.next()) {
                        // bytes, not a stream: a Derby BLOB stream may not outlive the row under auto-commit
                        out.write(new Header(sha2, rs.getString(1), rs.getLong(2)), rs.getBytes(3));
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Reading attachments failed: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
