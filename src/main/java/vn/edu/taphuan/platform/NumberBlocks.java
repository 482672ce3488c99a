package vn.edu.taphuan.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Hands out numbers from named counters (rows of table {@code xapi_sequence}, named so because statement seqs were
 * its first counter; see migration V9) in blocks, each block reserved in a short database transaction of its own on
 * the non-transactional data source, so writers never wait on each other for a number and a roll-back of the caller
 * never returns numbers another writer may already hold.
 * <p>
 * Why not identity columns: under a burst of concurrent first inserts (100 learners opening their first quizzes in
 * one second) Derby's identity generator refills its preallocated range in a nested transaction and gives up at once
 * when another transaction holds the catalog row: "A lock could not be obtained" (40XL1, from
 * {@code SequenceUpdater.tooMuchContentionException}) inside the learner's transaction. A block is used up by one
 * instance, so with several instances numbers follow time only within about a block; the unused numbers of a block
 * are skipped at restart (ids and an order, not a count).
 */
@ApplicationScoped
public class NumberBlocks {

    /** A counter: its row name and how many numbers one reservation takes. */
    public record Counter(String name, int block) {
    }

    private static final class Block {
        long next;
        long end;
    }

    private final Map<String, Block> blocks = new ConcurrentHashMap<>();

    @Resource(lookup = Database.DIRECT)
    DataSource dataSource;

    /** The next number of the counter. */
    public long next(Counter counter) {
        return next(counter, 1)[0];
    }

    /** {@code n} new numbers of the counter, ascending. */
    public long[] next(Counter counter, int n) {
        Block block = blocks.computeIfAbsent(counter.name(), name -> new Block());
        long[] numbers = new long[n];
        synchronized (block) {
            for (int i = 0; i < n; i++) {
                if (block.next >= block.end) {
                    block.next = reserve(counter);
                    block.end = block.next + counter.block();
                }
                numbers[i] = block.next++;
            }
        }
        return numbers;
    }

    /** The first number of a newly reserved block. */
    private long reserve(Counter counter) {
        try (Connection c = dataSource.getConnection()) {
            return Database.inTransaction(c, tx -> reserve(tx, counter));
        } catch (SQLException e) {
            // typed, so a store that met contention here is retried as a whole (platform.Retry)
            throw DatabaseFailure.of("Reserving numbers of counter " + counter.name(), e);
        }
    }

    private static long reserve(Connection c, Counter counter) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("UPDATE xapi_sequence SET next_value = next_value + ? WHERE name = ?")) {
            p.setInt(1, counter.block());
            p.setString(2, counter.name());
            if (p.executeUpdate() != 1) {
                throw new SQLException("xapi_sequence has no row '" + counter.name() + "' (migrations V5 and V9 not applied?)");
            }
        }
        try (PreparedStatement p = c.prepareStatement("SELECT next_value FROM xapi_sequence WHERE name = ?")) {
            p.setString(1, counter.name());
            try (ResultSet rs = p.executeQuery()) {
                rs.next();
                return rs.getLong(1) - counter.block();
            }
        }
    }
}
