package vn.edu.taphuan.platform;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Numbers from named counters on an embedded Derby with the service's migrations: ascending and unique across blocks
 * and threads, and (migration V9) the learner counters start after the ids an existing database already uses.
 */
class NumberBlocksTest {
    EmbeddedDataSource dataSource;
    NumberBlocks numbers;

    @BeforeEach
    void database() {
        dataSource = new EmbeddedDataSource();
        dataSource.setDatabaseName("memory:blocks-" + UUID.randomUUID());
        dataSource.setCreateDatabase("create");
        numbers = new NumberBlocks();
        numbers.dataSource = dataSource;
    }

    @AfterEach
    void drop() {
        dataSource.setCreateDatabase(null);
        dataSource.setShutdownDatabase(null);
        dataSource.setConnectionAttributes("drop=true");
        try {
            dataSource.getConnection().close();
        } catch (SQLException dropped) {
            // Derby answers a successful drop with an exception
        }
    }

    @Test
    void numbersFollowEachOtherAcrossBlocks() throws SQLException {
        migrate(9);
        NumberBlocks.Counter quizzes = new NumberBlocks.Counter("quiz_attempt", 3);

        long[] first = numbers.next(quizzes, 5);
        long[] then = numbers.next(quizzes, 2);

        assertArrayEquals(new long[]{1, 2, 3, 4, 5}, first);
        assertArrayEquals(new long[]{6, 7}, then);
        assertEquals(10, nextValue("quiz_attempt"), "three blocks of 3 reserved");
    }

    @Test
    void concurrentWritersNeverGetTheSameNumber() throws Exception {
        migrate(9);
        NumberBlocks.Counter attempts = new NumberBlocks.Counter("course_attempt", 10);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Callable<long[]>> writers = new ArrayList<>();
        for (int w = 0; w < 8; w++) {
            writers.add(() -> LongStream.range(0, 200).map(i -> numbers.next(attempts)).toArray());
        }
        Set<Long> seen = new HashSet<>();
        try {
            for (Future<long[]> f : pool.invokeAll(writers)) {
                for (long n : f.get()) {
                    assertTrue(seen.add(n), "number " + n + " handed out twice");
                }
            }
        } finally {
            pool.shutdown();
        }
        assertEquals(1_600, seen.size());
    }

    @Test
    void theLearnerCountersStartAfterTheIdsInUse() throws SQLException {
        migrate(8);
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO school (id, code, name, ward, school_type, level, active, created_at, updated_at, row_version) "
                    + "VALUES (1, 'THCS01', 'THCS Một', 'Phường Một', 'PUBLIC', 'LOWER_SECONDARY', TRUE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0)");
            s.execute("INSERT INTO staff (id, code, actor_key, full_name, gender, category, status, school_id, created_at, updated_at, row_version) "
                    + "VALUES (1, 'GV1', 'k1', 'Nguyễn Văn A', 'MALE', 'EMPLOYEE', 'ACTIVE', 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0)");
            s.execute("INSERT INTO course_attempt (id, registration, staff_id, course_id, course_version, started_at, last_active_at, row_version) "
                    + "VALUES (41, 'r41', 1, 'law-and-policy', 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0)");
            s.execute("INSERT INTO quiz_attempt (id, public_id, course_attempt_id, attempt_no, course_version, mastery_score, started_at, "
                    + "score_max, row_version) VALUES (7, 'q7', 41, 1, 1, 80, CURRENT_TIMESTAMP, 10, 0)");
        }
        migrate(9);

        assertEquals(42, numbers.next(new NumberBlocks.Counter("course_attempt", 100)));
        assertEquals(8, numbers.next(new NumberBlocks.Counter("quiz_attempt", 100)));
    }

    @Test
    void anUnknownCounterIsAClearError() throws SQLException {
        migrate(9);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> numbers.next(new NumberBlocks.Counter("nothing", 10)));
        assertTrue(e.getMessage().contains("'nothing'"), e.getMessage());
    }

    private int migrated;

    /** Applies the service's migrations after the last one applied, up to {@code version}. */
    private void migrate(int version) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            for (Migrations.Migration m : Migrations.available()) {
                if (m.version() > migrated && m.version() <= version) {
                    for (String sql : m.statements()) {
                        s.execute(sql);
                    }
                }
            }
        }
        migrated = version;
    }

    private long nextValue(String counter) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             var rs = s.executeQuery("SELECT next_value FROM xapi_sequence WHERE name = '" + counter + "'")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
