package vn.edu.taphuan.xapi.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.edu.taphuan.xapi.entity.ForwardTarget;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/**
 * Queues new statements for the external LRSs whose verb filter takes them: one outbox row per statement and target,
 * written in the storing transaction, so a statement is forwarded exactly when it is stored ({@link Outbox} is the
 * forwarders' side).
 */
@ApplicationScoped
public class OutboxEnqueue {
    @Inject
    ForwardTargets targets;

    void enqueue(Connection c, List<NewStatement> rows) throws SQLException {
        if (targets.all().isEmpty()) {
            return;
        }
        try (PreparedStatement p = c.prepareStatement("INSERT INTO xapi_outbox (target, seq, parked, attempts) VALUES (?, ?, FALSE, 0)")) {
            for (NewStatement r : rows) {
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
