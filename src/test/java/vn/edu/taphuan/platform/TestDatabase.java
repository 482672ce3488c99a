package vn.edu.taphuan.platform;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/** A fresh in-memory Derby with the service's own migrations applied, for tests of SQL without a server. */
public final class TestDatabase {
    private static final AtomicInteger NEXT = new AtomicInteger();

    static {
        System.setProperty("derby.stream.error.file", "target/derby-unit.log");
    }

    private TestDatabase() {
    }

    public static Connection open() throws SQLException {
        Connection c = DriverManager.getConnection("jdbc:derby:memory:unit" + NEXT.incrementAndGet() + ";create=true");
        try (Statement s = c.createStatement()) {
            for (Migrations.Migration m : Migrations.available()) {
                for (String sql : m.statementsOn(c)) {
                    s.execute(sql);
                }
            }
        }
        return c;
    }
}
