package vn.edu.taphuan.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;

/**
 * Change counters in the shared database ({@code cluster_change}) for state that each instance of a cluster keeps in
 * memory: the instance that changes the state counts up, the others notice the new number and reload. Cheaper and
 * sturdier than messages between instances: an instance that was down during the change catches up when it looks.
 * On the non-transactional data source ({@link Database#DIRECT}): a change counted is committed at once.
 */
@ApplicationScoped
public class Generations {

    @Inject
    Clock clock;

    @Resource(lookup = Database.DIRECT)
    DataSource dataSource;

    /** The current number for {@code name}. */
    public long current(String name) {
        try (Connection c = dataSource.getConnection()) {
            return read(c, name);
        } catch (SQLException e) {
            throw new IllegalStateException("Reading change counter " + name + " failed: " + e.getMessage(), e);
        }
    }

    /** Counts a change of {@code name}; answers the new number. */
    public long changed(String name) {
        try (Connection c = dataSource.getConnection()) {
            return Database.inTransaction(c, tx -> {
                try (PreparedStatement p = tx.prepareStatement("UPDATE cluster_change SET generation = generation + 1, changed_at = ? WHERE name = ?")) {
                    p.setTimestamp(1, Sql.utc(clock.instant()));
                    p.setString(2, name);
                    p.executeUpdate();
                }
                return read(tx, name); // still under this transaction's row lock: our own number
            });
        } catch (SQLException e) {
            throw new IllegalStateException("Counting a change of " + name + " failed: " + e.getMessage(), e);
        }
    }

    private static long read(Connection c, String name) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT generation FROM cluster_change WHERE name = ?")) {
            p.setString(1, name);
            try (ResultSet rs = p.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("No cluster_change row '" + name + "' (a migration adds it)");
                }
                return rs.getLong(1);
            }
        }
    }
}
