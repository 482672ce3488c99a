package vn.edu.taphuan.xapi.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import vn.edu.taphuan.platform.Database;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Logger;

/**
 * On embedded Derby, identity values (statement seq, outbox ids) come from a sequence that hands out 100 values at
 * a time by updating a system table row in a short nested transaction. Under concurrent batch ingest that row is
 * contended and Derby gives up with "A lock could not be obtained" (SequenceUpdater.tooMuchContentionException),
 * failing the writer's transaction. Blocks of 2,000 make the update 20 times rarer. The setting is a database
 * property, kept by the database; it is set before any statement is written. PostgreSQL needs nothing.
 * The price: up to 2,000 unused values per table at each restart — identity values are an order, not a count.
 */
@Singleton
@Startup
@DependsOn("Migrations")
@TransactionManagement(TransactionManagementType.BEAN)
public class DerbySequences {
    private static final Logger LOG = Logger.getLogger(DerbySequences.class.getName());
    static final String PREALLOCATE = "2000";

    @Resource(lookup = Database.JNDI)
    DataSource dataSource;

    @PostConstruct
    void preallocate() {
        try (Connection c = dataSource.getConnection()) {
            if (!c.getMetaData().getDatabaseProductName().toLowerCase().contains("derby")) {
                return;
            }
            try (Statement s = c.createStatement()) {
                s.execute("CALL SYSCS_UTIL.SYSCS_SET_DATABASE_PROPERTY('derby.language.sequence.preallocator', '" + PREALLOCATE + "')");
            }
        } catch (SQLException e) {
            LOG.warning("Could not set Derby's sequence preallocation; concurrent ingest may hit lock time-outs: " + e.getMessage());
        }
    }
}
