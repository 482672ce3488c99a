package vn.edu.taphuan.xapi.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import vn.edu.taphuan.platform.Database;
import vn.edu.taphuan.platform.Sql;
import vn.edu.taphuan.xapi.entity.FoundStatement;
import vn.edu.taphuan.xapi.entity.StatementFilter;
import vn.edu.taphuan.xapi.entity.StatementPage;
import vn.edu.taphuan.xapi.entity.StoredPage;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
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
                    json = StatementParts.read(c, rs.getLong(1));
                }
                long credential = rs.getLong(5);
                return Optional.of(new FoundStatement(json, Sql.instant(rs.getTimestamp(3)), rs.getBoolean(4), rs.wasNull() ? null : credential));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Reading statement " + id + " failed: " + e.getMessage(), e);
        }
    }

    /**
     * A page of statements as the Statement resource returns them: their stored JSON texts, newest first unless
     * ascending, and the newest "stored" time on the page (for Last-Modified). See {@link #page}.
     */
    public StatementPage find(StatementFilter f) {
        StoredPage page = page(f);
        List<String> statements = page.statements().stream().map(FoundStatement::json).toList();
        Instant lastModified = page.statements().stream().map(FoundStatement::stored).max(Instant::compareTo).orElse(null);
        return new StatementPage(statements, page.nextAfterSeq(), lastModified);
    }

    /**
     * A page of statements with what the store knows of each (stored time, voided, the credential that sent it),
     * newest first unless ascending. With key filters, the query is driven by the first key's index range
     * (registration, agent, activity, verb — the usually most selective first): that range is in statement order,
     * newest first, so Derby reads the page without sorting and stops after it; each further key is one index probe
     * per row. The {@code --DERBY-PROPERTIES} comments fix that plan for Derby, whose optimizer otherwise scans the
     * statement table; other databases read them as comments. Voided statements are left out (Communication
     * 2.1.4) unless the filter asks for them (the admin view, which flags them).
     */
    public StoredPage page(StatementFilter f) {
        Sql sql = StatementPageSql.of(f);
        try (Connection c = dataSource.getConnection(); PreparedStatement p = c.prepareStatement(sql.text())) {
            Sql.bind(p, 1, sql.parameters());
            List<FoundStatement> statements = new ArrayList<>();
            List<Long> seqs = new ArrayList<>();
            Long lastSeq = null;
            boolean more = false;
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    if (statements.size() == f.limit()) {
                        more = true;
                        break;
                    }
                    lastSeq = rs.getLong(1);
                    String json = rs.getString(2);
                    Instant stored = Sql.instant(rs.getTimestamp(3));
                    boolean isVoided = rs.getBoolean(4);
                    long credential = rs.getLong(5);
                    statements.add(new FoundStatement(json, stored, isVoided, rs.wasNull() ? null : credential));
                    seqs.add(lastSeq);
                }
            }
            // a statement longer than one VARCHAR is in parts: read after the page, not while its cursor is open
            for (int i = 0; i < statements.size(); i++) {
                FoundStatement s = statements.get(i);
                if (s.json() == null) {
                    statements.set(i, new FoundStatement(StatementParts.read(c, seqs.get(i)), s.stored(), s.voided(), s.credentialId()));
                }
            }
            return new StoredPage(statements, more ? lastSeq : null);
        } catch (SQLException e) {
            throw new IllegalStateException("Statement query failed: " + e.getMessage(), e);
        }
    }
}
