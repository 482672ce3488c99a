package vn.edu.taphuan.platform;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * The data sources, both on the one database. {@link #JNDI} takes part in JTA transactions and serves JPA and
 * everything written with a request. {@link #DIRECT} never joins a transaction (the pool's non-transactional
 * connections): work that must commit on its own whatever the caller is doing — reserving statement numbers,
 * outbox leases — commits there explicitly, from a pool of its own, so it can neither be enlisted in (and rolled
 * back with) the caller's transaction nor wait for a connection that the caller's own pool has handed out.
 * <p>
 * Declared by the application (not the server) so the WAR runs on a bare Payara Micro; the database name comes
 * from MicroProfile Config so tests use {@code memory:x} and runs use a folder.
 * See docs/decisions/0002-data-source.md.
 */
@DataSourceDefinition(
        name = "java:app/jdbc/taphuan",
        className = Database.CLASS,
        serverName = Database.HOST,
        databaseName = Database.NAME,
        user = Database.USER,
        password = Database.PASSWORD,
        properties = {Database.CREATE, Database.PORT},
        minPoolSize = 2,
        maxPoolSize = 32,
        initialPoolSize = 2)
@DataSourceDefinition(
        name = "java:app/jdbc/taphuan-direct",
        className = Database.CLASS,
        serverName = Database.HOST,
        databaseName = Database.NAME,
        user = Database.USER,
        password = Database.PASSWORD,
        properties = {Database.CREATE, Database.PORT},
        transactional = false,
        minPoolSize = 1,
        maxPoolSize = 8,
        initialPoolSize = 1)
@ApplicationScoped
public class Database {
    public static final String JNDI = "java:app/jdbc/taphuan";
    public static final String DIRECT = "java:app/jdbc/taphuan-direct";

    // the one database both pools connect to (MicroProfile Config keys, defaults in microprofile-config.properties)
    static final String CLASS = "${MPCONFIG=taphuan.db.class}";
    static final String HOST = "${MPCONFIG=taphuan.db.host}";
    static final String NAME = "${MPCONFIG=taphuan.db.name}";
    static final String USER = "${MPCONFIG=taphuan.db.user}";
    static final String PASSWORD = "${MPCONFIG=taphuan.db.password}";
    static final String CREATE = "createDatabase=${MPCONFIG=taphuan.db.create}";
    static final String PORT = "portNumber=${MPCONFIG=taphuan.db.port}";

    /** Work on one JDBC connection. */
    @FunctionalInterface
    public interface Work<T> {
        T on(Connection c) throws SQLException;
    }

    /**
     * Runs {@code work} as one transaction of its own on {@code c} (a connection of {@link #DIRECT}, or a plain JDBC
     * one in tests): committed before this returns, rolled back when it fails; the connection goes back to its pool
     * in the auto-commit mode it came in.
     */
    public static <T> T inTransaction(Connection c, Work<T> work) throws SQLException {
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(false);
        try {
            T result = work.on(c);
            c.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(autoCommit);
        }
    }

    /**
     * One number from one small aggregate with one parameter, on a connection of its own: what a gauge reads at each
     * scrape, so that every instance of a cluster reports the same figure.
     */
    public static long count(javax.sql.DataSource dataSource, String sql, Object parameter) {
        try (Connection c = dataSource.getConnection(); java.sql.PreparedStatement p = c.prepareStatement(sql)) {
            p.setObject(1, parameter);
            try (java.sql.ResultSet rs = p.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Gauge query failed: " + e.getMessage(), e);
        }
    }
}
