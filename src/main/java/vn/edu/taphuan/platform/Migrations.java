package vn.edu.taphuan.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.logging.Logger;

/**
 * Applies the reviewed SQL files under {@code db/migration} (V{n}__{name}.sql, listed in
 * {@code db/migration/index.txt}) once each, in order, at start-up, before anything else touches the database.
 * Each file runs in its own transaction together with its history row, so a failed file leaves nothing behind.
 * An exclusive table lock makes two instances starting together take turns. A changed file that was already
 * applied stops the start: history must not be rewritten. See docs/decisions/0003-migrations.md.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class Migrations {
    private static final Logger LOG = Logger.getLogger(Migrations.class.getName());
    private static final String DIR = "db/migration/";

    /** The non-transactional pool: migrations commit themselves, and the connection goes back as it came. */
    @Resource(lookup = Database.DIRECT)
    DataSource dataSource;

    @PostConstruct
    void migrate() {
        Config config = ConfigProvider.getConfig();
        List<String> problems = DeploymentSettings.problems(config);
        if (!problems.isEmpty()) {
            throw refuse("Malformed settings, not starting: " + String.join("; ", problems));
        }
        try (Connection c = dataSource.getConnection()) {
            Database.inTransaction(c, tx -> {
                applyMissing(tx);
                try (Statement s = tx.createStatement()) {
                    s.execute("LOCK TABLE schema_history IN EXCLUSIVE MODE");
                }
                DeploymentSettings.checkRecordedBaseIri(tx, config);
                return null;
            });
        } catch (SQLException e) {
            throw new IllegalStateException("Database migration failed: " + e.getMessage(), e);
        } catch (IllegalStateException e) {
            throw refuse(e.getMessage());
        }
    }

    /**
     * A failed deployment leaves Payara Micro running with nothing deployed (and post-deploy-commands.txt would open its
     * port to answer 404): end the process, so that systemd, cluster.sh and the operator see the start fail.
     */
    private static IllegalStateException refuse(String message) {
        LOG.severe(message);
        Thread exit = new Thread(() -> {
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            System.exit(3);
        }, "taphuan-refused-start");
        exit.setDaemon(true);
        exit.start();
        return new IllegalStateException(message);
    }

    private void applyMissing(Connection c) throws SQLException {
        ensureHistoryTable(c);
        Map<Integer, String> applied = applied(c);
        for (Migration m : available()) {
            String done = applied.get(m.version());
            if (done != null) {
                if (!done.equals(m.checksum())) {
                    throw new IllegalStateException("Migration " + m.file() + " was changed after it was applied "
                            + "(checksum " + done + " in the database, " + m.checksum() + " now). Add a new migration instead.");
                }
                continue;
            }
            apply(c, m);
        }
    }

    private void ensureHistoryTable(Connection c) throws SQLException {
        // in this connection's own schema only: another schema of the same database may hold a copy
        try (ResultSet rs = c.getMetaData().getTables(null, c.getSchema(), "%", new String[]{"TABLE"})) {
            while (rs.next()) {
                if (rs.getString("TABLE_NAME").equalsIgnoreCase("schema_history")) {
                    return;
                }
            }
        }
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE schema_history (version INT NOT NULL PRIMARY KEY, file VARCHAR(200) NOT NULL, "
                    + "checksum VARCHAR(64) NOT NULL, applied_at TIMESTAMP NOT NULL)");
            c.commit();
        } catch (SQLException raced) {
            // another instance created it between our look and our create
            c.rollback();
        }
    }

    private Map<Integer, String> applied(Connection c) throws SQLException {
        Map<Integer, String> result = new TreeMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT version, checksum FROM schema_history")) {
            while (rs.next()) {
                result.put(rs.getInt(1), rs.getString(2));
            }
        }
        return result;
    }

    private void apply(Connection c, Migration m) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("LOCK TABLE schema_history IN EXCLUSIVE MODE");
            if (applied(c).containsKey(m.version())) {
                c.commit(); // another instance applied it while we waited for the lock
                return;
            }
            for (String sql : m.statementsOn(c)) {
                s.execute(sql);
            }
            try (PreparedStatement p = c.prepareStatement(
                    "INSERT INTO schema_history (version, file, checksum, applied_at) VALUES (?, ?, ?, CURRENT_TIMESTAMP)")) {
                p.setInt(1, m.version());
                p.setString(2, m.file());
                p.setString(3, m.checksum());
                p.executeUpdate();
            }
            c.commit();
            LOG.info(() -> "Applied migration " + m.file());
        } catch (SQLException e) {
            c.rollback();
            throw new SQLException("in " + m.file() + ": " + e.getMessage(), e);
        }
    }

    /**
     * The one type name the two databases do not share: a column of bytes of any length is {@code BLOB} on Derby and
     * {@code BYTEA} on PostgreSQL (which has no BLOB). A migration writes {@value #BINARY}; the checksum is taken over
     * the file as written, so it is the same on both.
     */
    static String binaryType(Connection c) throws SQLException {
        return c.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgres") ? "BYTEA" : "BLOB";
    }

    /** The placeholder for {@link #binaryType}. */
    static final String BINARY = "{BINARY}";

    /**
     * One-time work at start (demo seed, first administrator, demo LRS credential) checks "is it there yet?" and
     * creates it; two instances starting together would both find nothing. Holding the migrations' table lock until
     * the caller's transaction ends makes them take turns: the second sees what the first made.
     */
    public static void takeTurn(EntityManager em) {
        em.createNativeQuery("LOCK TABLE schema_history IN EXCLUSIVE MODE").executeUpdate();
    }

    static List<Migration> available() {
        List<Migration> result = new ArrayList<>();
        for (String file : read(DIR + "index.txt").lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList()) {
            result.add(Migration.of(file, read(DIR + file)));
        }
        return result;
    }

    private static String read(String resource) {
        try (InputStream in = Migrations.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing migration resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One migration file: its version from the name, its statements split on lines ending in ';'. */
    record Migration(int version, String file, String checksum, List<String> statements) {
        static Migration of(String file, String text) {
            if (!file.matches("V\\d+__[a-z0-9_]+\\.sql")) {
                throw new IllegalStateException("Migration file name " + file + " must look like V7__what_it_does.sql");
            }
            int version = Integer.parseInt(file.substring(1, file.indexOf("__")));
            return new Migration(version, file, sha256(text), split(text));
        }

        /** The statements as the database at the end of {@code c} takes them (its name for a column of bytes). */
        public List<String> statementsOn(Connection c) throws SQLException {
            String binary = binaryType(c);
            return statements.stream().map(sql -> sql.replace(BINARY, binary)).toList();
        }

        static List<String> split(String text) {
            List<String> statements = new ArrayList<>();
            StringBuilder current = new StringBuilder();
            for (String line : text.lines().toList()) {
                String trimmed = line.strip();
                if (trimmed.startsWith("--") || trimmed.isEmpty()) {
                    continue;
                }
                current.append(line).append('\n');
                if (trimmed.endsWith(";")) {
                    String sql = current.toString().strip();
                    statements.add(sql.substring(0, sql.length() - 1));
                    current.setLength(0);
                }
            }
            if (!current.toString().isBlank()) {
                throw new IllegalStateException("Last statement does not end with ';'");
            }
            return statements;
        }

        private static String sha256(String text) {
            try {
                return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                        .digest(text.replace("\r\n", "\n").getBytes(StandardCharsets.UTF_8)));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
