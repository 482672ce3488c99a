import jakarta.json.JsonObject;
import vn.edu.taphuan.xapi.control.StatementComparison;
import vn.edu.taphuan.xapi.control.StatementJson;
import vn.edu.taphuan.xapi.control.StatementKeys;
import vn.edu.taphuan.xapi.control.StatementStamp;
import vn.edu.taphuan.xapi.entity.FilterKey;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Fills a stopped service's Derby database with statements for the query benchmark, through JDBC and the service's
 * own statement classes (stamping, comparison hash, filter keys), so the rows are exactly what the LRS would write
 * — only without HTTP, one statement at a time, and with Derby's log syncing switched off for the load
 * ({@code derby.system.durability=test}; the service itself never runs like that).
 *
 *   java -cp target/bench-classes:target/classes:<jakarta.json, parsson, derby jars> BulkLoad <data-dir>/db <count> <port>
 * (bench/xapi/run.sh builds the class path). Stored times are spread over the last 30 days.
 * PostgreSQL (bench/postgresql/reports.sh, storage.sh): a JDBC URL instead of the Derby folder, e.g.
 * {@code 'jdbc:postgresql://localhost:5432/taphuan_bench?user=taphuan&password=taphuan&reWriteBatchedInserts=true'};
 * the statements are then added to what the database holds (the service may even be running).
 */
public class BulkLoad {
    public static void main(String[] args) throws Exception {
        System.setProperty("derby.system.durability", "test");
        System.setProperty("derby.storage.pageCacheSize", "40000");
        String db = args[0];
        boolean derby = !db.startsWith("jdbc:");
        long count = Long.parseLong(args[1]);
        String home = "http://localhost:" + args[2] + "/";
        long learners = Math.max(1000, count / 10);
        JsonObject authority = StatementJson.parse("{\"objectType\":\"Agent\",\"name\":\"Demo LRS client (read/write)\","
                + "\"account\":{\"homePage\":\"" + home + "xapi/\",\"name\":\"demo-lrs-key\"}}").asJsonObject();
        try (Connection c = DriverManager.getConnection(derby ? "jdbc:derby:" + db + ";user=taphuan" : db)) {
            c.setAutoCommit(false);
            // the demo credential, or none (a data set made without the demo: statements then count as the service's own)
            long credential = single(c, "SELECT COALESCE(MAX(id), 0) FROM xapi_credential WHERE api_key = 'demo-lrs-key'");
            long seq = single(c, "SELECT COALESCE(MAX(seq), 0) FROM xapi_statement") + 1;
            Instant start = Instant.now().minus(Duration.ofDays(30));
            long spreadMillis = Duration.ofDays(30).toMillis();
            long t0 = System.nanoTime();
            try (PreparedStatement st = c.prepareStatement("INSERT INTO xapi_statement (seq, id, verb_id, ref_id, voiding, voided, "
                    + "registration, stored, stamp, credential_id, compare_hash, json) VALUES (?, ?, ?, NULL, FALSE, FALSE, ?, ?, ?, ?, ?, ?)");
                 PreparedStatement key = c.prepareStatement("INSERT INTO xapi_statement_key (key_hash, seq, direct) VALUES (?, ?, ?)")) {
                for (long i = 0; i < count; i++, seq++) {
                    Instant stored = start.plusMillis(spreadMillis * i / count);
                    JsonObject in = StatementJson.parse(XapiBench.statement(ThreadLocalRandom.current().nextLong(learners), stored)).asJsonObject();
                    String id = in.getString("id");
                    JsonObject stamped = StatementStamp.stamp(in, id, stored, authority);
                    st.setLong(1, seq);
                    st.setString(2, id);
                    st.setString(3, stamped.getJsonObject("verb").getString("id"));
                    st.setString(4, stamped.getJsonObject("context").getString("registration"));
                    st.setTimestamp(5, utc(stored));
                    st.setTimestamp(6, utc(stored));
                    if (credential == 0) {
                        st.setNull(7, java.sql.Types.BIGINT);
                    } else {
                        st.setLong(7, credential);
                    }
                    st.setString(8, StatementComparison.hash(in));
                    st.setString(9, StatementJson.write(stamped));
                    st.addBatch();
                    for (FilterKey k : StatementKeys.of(stamped)) {
                        key.setString(1, k.hash());
                        key.setLong(2, seq);
                        key.setBoolean(3, k.direct());
                        key.addBatch();
                    }
                    if (i % 1000 == 999) {
                        st.executeBatch();
                        key.executeBatch();
                    }
                    if (i % 50_000 == 49_999) {
                        c.commit();
                        System.out.printf("  %,d statements in %.0f s%n", i + 1, (System.nanoTime() - t0) / 1e9);
                    }
                }
                st.executeBatch();
                key.executeBatch();
            }
            c.createStatement().execute("UPDATE xapi_sequence SET next_value = " + seq + " WHERE name = 'statement'");
            c.commit();
            System.out.printf("bulk load: %,d statements (%,d learners) in %.0f s%n", count, learners, (System.nanoTime() - t0) / 1e9);
        }
        if (derby) {
            try {
                DriverManager.getConnection("jdbc:derby:" + db + ";shutdown=true");
            } catch (SQLException shutdown) {
                // Derby reports a clean shutdown as an exception
            }
        }
    }

    static long single(Connection c, String sql) throws SQLException {
        try (ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static Timestamp utc(Instant i) {
        return Timestamp.valueOf(LocalDateTime.ofInstant(i, ZoneOffset.UTC));
    }
}
