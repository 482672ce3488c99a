package vn.edu.taphuan.xapi.control;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import vn.edu.taphuan.testing.FreshDatabase;
import vn.edu.taphuan.xapi.entity.ForwardTarget;
import vn.edu.taphuan.xapi.entity.OutboxEntry;
import vn.edu.taphuan.xapi.entity.TargetStatus;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The outbox leasing against a real database with the real migrations — embedded Derby always, PostgreSQL as well
 * when {@code TAPHUAN_IT_POSTGRES} names one (as in CI): several forwarders (as on several instances sharing one
 * database) claiming at once never get the same row; an expired lease is taken over; parked rows wait; a failure
 * releases the rows and backs the target off.
 */
class OutboxLeaseTest {
    static final ForwardTarget TARGET = new ForwardTarget("district", "http://lrs.example.org/xapi/", "k", "s", Set.of());
    static final List<String> MIGRATIONS = List.of("V1__directory_and_accounts.sql", "V2__completion.sql", "V5__statements.sql");

    @Nested
    class OnDerby extends Contract {
        String url;

        @Override
        void create() throws Exception {
            url = "jdbc:derby:memory:outbox-" + UUID.randomUUID();
            DriverManager.getConnection(url + ";create=true").close();
        }

        @Override
        Connection connect() throws SQLException {
            return DriverManager.getConnection(url);
        }

        @Override
        void drop() {
            try {
                DriverManager.getConnection(url + ";drop=true");
            } catch (SQLException dropped) {
                // Derby reports a successful drop as an exception
            }
        }
    }

    /** In a schema of its own, so it never meets the integration tests' tables. */
    @Nested
    class OnPostgreSQL extends Contract {
        FreshDatabase.Postgres pg;
        String schema;

        @Override
        void create() throws Exception {
            String spec = System.getenv("TAPHUAN_IT_POSTGRES");
            assumeTrue(spec != null && !spec.isBlank(), "TAPHUAN_IT_POSTGRES is not set: no PostgreSQL to test on");
            pg = FreshDatabase.Postgres.parse(spec);
            schema = "outbox_test_" + UUID.randomUUID().toString().substring(0, 8);
            try (Connection c = DriverManager.getConnection(pg.jdbcUrl(), pg.user(), pg.password()); Statement s = c.createStatement()) {
                s.execute("CREATE SCHEMA " + schema);
            }
        }

        @Override
        Connection connect() throws SQLException {
            return DriverManager.getConnection(pg.jdbcUrl() + "?currentSchema=" + schema, pg.user(), pg.password());
        }

        @Override
        void drop() throws SQLException {
            if (schema != null) {
                try (Connection c = DriverManager.getConnection(pg.jdbcUrl(), pg.user(), pg.password()); Statement s = c.createStatement()) {
                    s.execute("DROP SCHEMA " + schema + " CASCADE");
                }
            }
        }
    }

    abstract static class Contract {
        Outbox outbox;
        long seq;

        abstract void create() throws Exception;

        abstract Connection connect() throws SQLException;

        abstract void drop() throws Exception;

        @BeforeEach
        void database() throws Exception {
            create();
            try (Connection c = connect(); Statement s = c.createStatement()) {
                for (String file : MIGRATIONS) {
                    for (String sql : statements(file)) {
                        s.execute(sql);
                    }
                }
            }
            outbox = new Outbox(this::connect);
        }

        @AfterEach
        void dropDatabase() throws Exception {
            drop();
        }

        static List<String> statements(String file) throws IOException {
            try (InputStream in = OutboxLeaseTest.class.getResourceAsStream("/db/migration/" + file)) {
                List<String> result = new ArrayList<>();
                StringBuilder current = new StringBuilder();
                for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList()) {
                    if (line.strip().startsWith("--") || line.isBlank()) {
                        continue;
                    }
                    current.append(line).append('\n');
                    if (line.strip().endsWith(";")) {
                        String sql = current.toString().strip();
                        result.add(sql.substring(0, sql.length() - 1));
                        current.setLength(0);
                    }
                }
                return result;
            }
        }

        /** n statements, each with an outbox row for the target. */
        void statementsInOutbox(int n) throws SQLException {
            try (Connection c = connect()) {
                c.setAutoCommit(false);
                try (PreparedStatement st = c.prepareStatement("INSERT INTO xapi_statement (seq, id, verb_id, voiding, voided, stored, stamp, "
                        + "compare_hash, json) VALUES (?, ?, 'http://adlnet.gov/expapi/verbs/experienced', FALSE, FALSE, CURRENT_TIMESTAMP, "
                        + "CURRENT_TIMESTAMP, 'h', ?)")) {
                    for (int i = 0; i < n; i++) {
                        String id = UUID.randomUUID().toString();
                        st.setLong(1, ++seq);
                        st.setString(2, id);
                        st.setString(3, "{\"id\":\"" + id + "\"}");
                        st.addBatch();
                    }
                    st.executeBatch();
                }
                c.commit();
            }
            outbox.register(TARGET, Instant.now());
        }

        @Test
        void whenFourForwardersClaimAtOnceThenEveryRowIsDeliveredByExactlyOne() throws Exception {
            statementsInOutbox(600);
            Set<Long> claimed = ConcurrentHashMap.newKeySet();
            List<Long> claims = Collections.synchronizedList(new ArrayList<>());
            ExecutorService pool = Executors.newFixedThreadPool(4);
            CountDownLatch start = new CountDownLatch(1);
            for (int w = 0; w < 4; w++) {
                pool.submit(() -> {
                    start.await();
                    while (true) {
                        String token = UUID.randomUUID().toString();
                        List<OutboxEntry> batch = outbox.claim("district", 25, Instant.now(), Duration.ofSeconds(60), token);
                        if (batch.isEmpty()) {
                            if (outbox.status(List.of(TARGET)).get(0).pending() == 0) {
                                return null;
                            }
                            continue;
                        }
                        for (OutboxEntry e : batch) {
                            claims.add(e.seq());
                            claimed.add(e.seq());
                        }
                        outbox.delivered("district", token, batch, Instant.now());
                    }
                });
            }
            start.countDown();
            pool.shutdown();
            assertTrue(pool.awaitTermination(2, TimeUnit.MINUTES));
            assertEquals(600, claimed.size(), "every row delivered");
            assertEquals(600, claims.size(), "no row delivered twice");
            TargetStatus status = outbox.status(List.of(TARGET)).get(0);
            assertEquals(0, status.pending());
            assertEquals(600, status.delivered());
            assertEquals(claimed.stream().mapToLong(Long::longValue).max().orElseThrow(), status.cursorSeq());
        }

        @Test
        void whenALeaseExpiresThenAnotherForwarderTakesTheRowsOver() throws Exception {
            statementsInOutbox(3);
            Instant now = Instant.now();
            List<OutboxEntry> first = outbox.claim("district", 10, now, Duration.ofSeconds(30), "dead-instance");
            assertEquals(3, first.size());
            assertTrue(outbox.claim("district", 10, now.plusSeconds(10), Duration.ofSeconds(30), "other").isEmpty(), "leased rows wait");
            List<OutboxEntry> taken = outbox.claim("district", 10, now.plusSeconds(31), Duration.ofSeconds(30), "other");
            assertEquals(3, taken.size());
            outbox.delivered("district", "dead-instance", first, now.plusSeconds(40));
            assertEquals(3, outbox.status(List.of(TARGET)).get(0).pending(), "a stale token deletes nothing");
            outbox.delivered("district", "other", taken, now.plusSeconds(40));
            assertEquals(0, outbox.status(List.of(TARGET)).get(0).pending());
            assertEquals(3, outbox.status(List.of(TARGET)).get(0).delivered(), "each statement counted once, not per sending");
        }

        @Test
        void whenAStatementIsParkedThenItIsSkippedUntilRetriedAndCanBeDropped() throws Exception {
            statementsInOutbox(2);
            List<OutboxEntry> batch = outbox.claim("district", 10, Instant.now(), Duration.ofSeconds(30), "t1");
            outbox.park("district", "t1", batch.get(0), "HTTP 400: actor.mbox is not a mailto IRI", Instant.now());
            outbox.delivered("district", "t1", List.of(batch.get(1)), Instant.now());
            assertTrue(outbox.claim("district", 10, Instant.now(), Duration.ofSeconds(30), "t2").isEmpty());
            var parked = outbox.parked("district", 10);
            assertEquals(1, parked.size());
            assertEquals(batch.get(0).statementId(), parked.get(0).statementId());
            assertTrue(parked.get(0).reason().contains("mailto"));
            assertEquals(1, outbox.status(List.of(TARGET)).get(0).parked());

            assertEquals(1, outbox.retry("district", parked.get(0).statementId()));
            List<OutboxEntry> again = outbox.claim("district", 10, Instant.now(), Duration.ofSeconds(30), "t3");
            assertEquals(1, again.size());
            outbox.park("district", "t3", again.get(0), "still bad", Instant.now());
            assertEquals(1, outbox.drop("district", parked.get(0).statementId()));
            assertEquals(0, outbox.status(List.of(TARGET)).get(0).parked());
        }

        @Test
        void whenTheTargetIsDownThenRowsAreReleasedAndTheTargetBacksOff() throws Exception {
            statementsInOutbox(2);
            Instant now = Instant.now();
            List<OutboxEntry> batch = outbox.claim("district", 10, now, Duration.ofSeconds(30), "t1");
            outbox.failed("district", "t1", "ConnectException: Connection refused", now, new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(300), new Random(1)));
            TargetStatus s = outbox.status(List.of(TARGET)).get(0);
            assertEquals(1, s.failures());
            assertTrue(s.lastError().contains("refused"));
            assertTrue(s.nextAttemptAt().isAfter(now), "backing off");
            assertEquals(2, outbox.claim("district", 10, now, Duration.ofSeconds(30), "t2").size(), "released rows can be claimed");
            assertEquals(2, batch.size());
        }

        @Test
        void whenATargetIsRegisteredLaterThenItGetsTheWholeHistoryOnce() throws Exception {
            statementsInOutbox(5);
            ForwardTarget late = new ForwardTarget("late", "http://other.example.org/xapi/", "k", "s", Set.of());
            outbox.register(late, Instant.now());
            outbox.register(late, Instant.now());
            assertEquals(5, outbox.status(List.of(TARGET, late)).get(1).pending());
            ForwardTarget completionsOnly = new ForwardTarget("completions", "http://c.example.org/xapi/", "k", "s",
                    Set.of("http://adlnet.gov/expapi/verbs/completed"));
            outbox.register(completionsOnly, Instant.now());
            assertEquals(0, outbox.status(List.of(completionsOnly)).get(0).pending(), "the verb filter applies to the history too");
            Set<String> names = new HashSet<>();
            outbox.status(List.of(TARGET)).forEach(t -> names.add(t.name()));
            assertTrue(names.containsAll(Set.of("district", "late", "completions")), "unconfigured targets with state are still shown");
        }
    }
}
