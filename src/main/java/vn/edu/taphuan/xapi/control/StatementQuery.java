package vn.edu.taphuan.xapi.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import vn.edu.taphuan.platform.Database;
import vn.edu.taphuan.xapi.entity.FoundStatement;
import vn.edu.taphuan.xapi.entity.StatementFilter;
import vn.edu.taphuan.xapi.entity.StatementPage;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads statements for the Statement resource (xAPI Communication 2.1.3): one by id, or a page in storage order
 * matching the filters, voided statements left out (2.1.4). Each filter is one index range of
 * {@code xapi_statement_key}; the page is cut with FETCH FIRST, so a page costs the same at a million statements.
 */
@ApplicationScoped
public class StatementQuery {

    @Resource(lookup = Database.JNDI)
    DataSource dataSource;

    public Optional<FoundStatement> byId(String id) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement p = c.prepareStatement("SELECT seq, json, stored, voided, credential_id FROM xapi_statement WHERE id = ?")) {
            p.setString(1, id.toLowerCase());
            try (ResultSet rs = p.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                String json = rs.getString(2);
                if (json == null) {
                    json = parts(c, rs.getLong(1));
                }
                long credential = rs.getLong(5);
                return Optional.of(new FoundStatement(json, instant(rs.getTimestamp(3)), rs.getBoolean(4), rs.wasNull() ? null : credential));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Reading statement " + id + " failed: " + e.getMessage(), e);
        }
    }

    public StatementPage find(StatementFilter f) {
        StringBuilder sql = new StringBuilder("SELECT s.seq, s.json, s.stored FROM xapi_statement s WHERE s.voided = FALSE");
        List<Object> params = new ArrayList<>();
        key(sql, params, f.agentKey(), f.relatedAgents());
        key(sql, params, f.activityKey(), f.relatedActivities());
        key(sql, params, f.verbKey(), false);
        key(sql, params, f.registrationKey(), false);
        if (f.since() != null) {
            sql.append(" AND s.stored > ?");
            params.add(CompletionProjection.utc(f.since()));
        }
        if (f.until() != null) {
            sql.append(" AND s.stored <= ?");
            params.add(CompletionProjection.utc(f.until()));
        }
        if (f.credentialId() != null) {
            sql.append(" AND s.credential_id = ?");
            params.add(f.credentialId());
        }
        if (f.afterSeq() != null) {
            sql.append(f.ascending() ? " AND s.seq > ?" : " AND s.seq < ?");
            params.add(f.afterSeq());
        }
        sql.append(" ORDER BY s.seq ").append(f.ascending() ? "ASC" : "DESC")
                .append(" FETCH FIRST ").append(f.limit() + 1).append(" ROWS ONLY");
        try (Connection c = dataSource.getConnection(); PreparedStatement p = c.prepareStatement(sql.toString())) {
            for (int i = 0; i < params.size(); i++) {
                p.setObject(i + 1, params.get(i));
            }
            List<String> statements = new ArrayList<>();
            List<Long> missing = new ArrayList<>();
            Long lastSeq = null;
            Instant lastModified = null;
            boolean more = false;
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    if (statements.size() == f.limit()) {
                        more = true;
                        break;
                    }
                    lastSeq = rs.getLong(1);
                    String json = rs.getString(2);
                    if (json == null) {
                        missing.add(lastSeq);
                    }
                    statements.add(json == null ? "#" + lastSeq : json);
                    Instant stored = instant(rs.getTimestamp(3));
                    if (lastModified == null || stored.isAfter(lastModified)) {
                        lastModified = stored;
                    }
                }
            }
            for (Long seq : missing) {
                statements.set(statements.indexOf("#" + seq), parts(c, seq));
            }
            return new StatementPage(statements, more ? lastSeq : null, lastModified);
        } catch (SQLException e) {
            throw new IllegalStateException("Statement query failed: " + e.getMessage(), e);
        }
    }

    private static void key(StringBuilder sql, List<Object> params, String key, boolean related) {
        if (key == null) {
            return;
        }
        sql.append(" AND s.seq IN (SELECT k.seq FROM xapi_statement_key k WHERE k.key_hash = ?").append(related ? ")" : " AND k.direct = TRUE)");
        params.add(key);
    }

    static String parts(Connection c, long seq) throws SQLException {
        StringBuilder json = new StringBuilder();
        try (PreparedStatement p = c.prepareStatement("SELECT content FROM xapi_statement_part WHERE seq = ? ORDER BY part_no")) {
            p.setLong(1, seq);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    json.append(rs.getString(1));
                }
            }
        }
        return json.toString();
    }

    static Instant instant(Timestamp t) {
        return t.toLocalDateTime().toInstant(ZoneOffset.UTC);
    }
}
