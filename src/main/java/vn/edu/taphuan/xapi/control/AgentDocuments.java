package vn.edu.taphuan.xapi.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.edu.taphuan.platform.Database;
import vn.edu.taphuan.platform.Sql;
import vn.edu.taphuan.xapi.entity.DocumentKind;
import vn.edu.taphuan.xapi.entity.StoredDocument;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * One agent's State and Agent Profile documents as personal data: what the export of a person shows and what the
 * erasure of a person deletes (docs/privacy.md), beside the statements about the person. The documents themselves are
 * kept by {@link DocumentStore}.
 */
@ApplicationScoped
public class AgentDocuments {
    @Resource(lookup = Database.JNDI)
    DataSource dataSource;

    /** A document of the agent: its kind and context with the stored document. */
    public record AgentDocument(DocumentKind kind, String activityId, String registration, StoredDocument document) {
    }

    /** Every document of the agent, any kind, oldest change first; content as stored, the caller decides how to show it. */
    public List<AgentDocument> of(String agentKey) {
        try (Connection c = dataSource.getConnection()) {
            return Sql.of("SELECT kind, activity_id, registration, " + DocumentStore.COLUMNS
                    + " FROM xapi_document WHERE agent_key = ? ORDER BY updated, doc_key", agentKey)
                    .list(c, rs -> new AgentDocument(DocumentKind.valueOf(rs.getString(1)), rs.getString(2), rs.getString(3),
                            DocumentStore.document(rs, 4)));
        } catch (SQLException e) {
            throw new IllegalStateException("Reading an agent's documents failed: " + e.getMessage(), e);
        }
    }

    /** Deletes every document of the agent in the caller's transaction (the erasure of a person); how many went. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int forget(String agentKey) {
        try (Connection c = dataSource.getConnection()) {
            return Sql.of("DELETE FROM xapi_document WHERE agent_key = ?", agentKey).update(c);
        } catch (SQLException e) {
            throw new IllegalStateException("Deleting an agent's documents failed: " + e.getMessage(), e);
        }
    }
}
