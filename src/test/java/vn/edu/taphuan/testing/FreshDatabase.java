package vn.edu.taphuan.testing;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Gives every integration-test class an empty database, as the in-memory Derby does by itself: on the
 * PostgreSQL run ({@code taphuan.it.postgres=host:port/database:user:password}) it drops and recreates the
 * {@code public} schema before Arquillian starts the server, and points the server at that database.
 * Registered for all test classes through JUnit's extension auto-detection.
 */
public class FreshDatabase implements BeforeAllCallback {

    /** The PostgreSQL the suite runs on, or null for the default in-memory Derby. */
    public record Postgres(String host, int port, String database, String user, String password) {
        public static Postgres parse(String spec) {
            String[] parts = spec.split(":", 4); // host:port/database:user:password
            String[] portDb = parts[1].split("/", 2);
            return new Postgres(parts[0], Integer.parseInt(portDb[0]), portDb[1], parts[2], parts[3]);
        }

        public String jdbcUrl() {
            return "jdbc:postgresql://" + host + ":" + port + "/" + database;
        }

        /** The server's configuration, appended to arquillian.xml's JVM options. */
        public String serverOptions() {
            return "-Dtaphuan.db.class=org.postgresql.ds.PGSimpleDataSource -Dtaphuan.db.host=" + host
                    + " -Dtaphuan.db.port=" + port + " -Dtaphuan.db.name=" + database
                    + " -Dtaphuan.db.user=" + user + " -Dtaphuan.db.password=" + password;
        }
    }

    public static Postgres postgres() {
        String spec = System.getProperty("taphuan.it.postgres");
        return spec == null || spec.isBlank() ? null : Postgres.parse(spec);
    }

    @Override
    public void beforeAll(ExtensionContext context) throws SQLException {
        Postgres pg = postgres();
        if (pg == null || !context.getRequiredTestClass().getSimpleName().endsWith("IT")) {
            return;
        }
        System.setProperty("taphuan.it.options", pg.serverOptions());
        try (Connection c = DriverManager.getConnection(pg.jdbcUrl(), pg.user(), pg.password());
             Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS public CASCADE");
            s.execute("CREATE SCHEMA public");
        }
    }
}
