package vn.edu.taphuan.platform;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The JDBC helper on a real embedded Derby: binding by type, UTC timestamps, chunked IN lists, typed failures, retry. */
class SqlTest {
    Connection c;

    @BeforeEach
    void open() throws SQLException {
        c = DriverManager.getConnection("jdbc:derby:memory:sql-" + UUID.randomUUID() + ";create=true");
        Sql.of("CREATE TABLE t (code VARCHAR(20) PRIMARY KEY, n BIGINT, flag BOOLEAN, stamp TIMESTAMP, on_day DATE)").update(c);
    }

    @AfterEach
    void close() throws SQLException {
        c.close();
    }

    @Test
    void whenRowsAreWrittenByJavaTypeThenTheyReadBackTheSame() throws SQLException {
        Instant at = Instant.parse("2024-11-05T08:30:00.123Z");
        Sql.of("INSERT INTO t VALUES (?, ?, ?, ?, ?)", "a", 7L, true, at, LocalDate.of(2024, 11, 5)).update(c);
        Sql.of("INSERT INTO t VALUES (?, ?, ?, ?, ?)", "b", new Sql.Null(Types.BIGINT), false, null, null).update(c);
        assertEquals(List.of("a:7:true:" + at + ":2024-11-05", "b:0:false:null:null"),
                Sql.of("SELECT code, n, flag, stamp, on_day FROM t ORDER BY code").list(c, rs -> rs.getString(1) + ":" + rs.getLong(2) + ":"
                        + rs.getBoolean(3) + ":" + Sql.instant(rs.getTimestamp(4)) + ":" + rs.getDate(5)));
        assertEquals(Optional.empty(), Sql.of("SELECT n FROM t WHERE code = ?", "none").first(c, rs -> rs.getLong(1)));
        assertEquals(2, Sql.of("SELECT COUNT(*) FROM t").number(c));
    }

    @Test
    void whenAnInstantIsStoredThenTheColumnHoldsItsUtcWallTime() {
        assertEquals("2024-11-05 08:30:00.0", Sql.utc(Instant.parse("2024-11-05T08:30:00Z")).toString());
        assertEquals(null, Sql.instant(null));
    }

    @Test
    void whenValuesAreChunkedWithStepsThenEachChunkIsPaddedWithItsFirstValue() {
        List<Integer> values = java.util.stream.IntStream.range(0, 105).boxed().toList();
        List<List<Integer>> chunks = Sql.chunks(values, 100, 1, 10, 100);
        assertEquals(2, chunks.size());
        assertEquals(values.subList(0, 100), chunks.get(0));
        assertEquals(List.of(100, 101, 102, 103, 104, 100, 100, 100, 100, 100), chunks.get(1));
        assertEquals(List.of(List.of(1, 2), List.of(3)), Sql.chunks(List.of(1, 2, 3), 2));
        assertEquals("?, ?, ?", Sql.marks(3));
    }

    @Test
    void whenAUniqueKeyRefusesAWriteThenTheFailureIsADuplicate() throws SQLException {
        Sql.of("INSERT INTO t (code) VALUES (?)", "a").update(c);
        SQLException e = assertThrows(SQLException.class, () -> Sql.of("INSERT INTO t (code) VALUES (?)", "a").update(c));
        assertTrue(DatabaseFailure.duplicate(e));
        DatabaseFailure failure = DatabaseFailure.of("Adding a", e);
        assertInstanceOf(DatabaseFailure.Duplicate.class, failure);
        assertTrue(failure.getMessage().startsWith("Adding a failed: "));
        assertInstanceOf(DatabaseFailure.Contention.class, DatabaseFailure.of("x", new SQLException("deadlock", "40001")));
        assertEquals(DatabaseFailure.class, DatabaseFailure.of("x", new SQLException("other", "42X01")).getClass());
    }

    @Test
    void whenWorkMeetsContentionThenItRunsAgainUpToTheLimit() {
        AtomicInteger runs = new AtomicInteger();
        assertEquals("done", Retry.onContention("test", 3, () -> {
            if (runs.incrementAndGet() < 3) {
                throw new DatabaseFailure.Contention("busy", new SQLException("lock", "40XL1"));
            }
            return "done";
        }));
        DatabaseFailure.Contention last = new DatabaseFailure.Contention("busy", null);
        AtomicInteger tries = new AtomicInteger();
        assertSame(last, assertThrows(DatabaseFailure.Contention.class, () -> Retry.onContention("test", 3, () -> {
            tries.incrementAndGet();
            throw last;
        })));
        assertEquals(3, tries.get());
        IllegalStateException other = new IllegalStateException("not contention");
        assertSame(other, assertThrows(IllegalStateException.class, () -> Retry.onContention("test", 3, () -> {
            throw other;
        })));
    }
}
