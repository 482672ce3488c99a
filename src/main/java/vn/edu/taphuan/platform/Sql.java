package vn.edu.taphuan.platform;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * One SQL statement with its parameters, and the few conversions every plain-JDBC class needs: {@code ?}-lists,
 * chunked {@code IN} lists, UTC timestamps, row mapping. Plain JDBC stays where it is chosen on purpose (batches,
 * the non-transactional data source, hot paths, see docs/performance.md); this class only removes its repetition,
 * it is not a query framework. Parameters bind by their Java type: {@link Instant} as a UTC {@link Timestamp} (every
 * timestamp column holds UTC wall time), {@link LocalDate} as a {@link Date}, a typed null as {@link Null}.
 */
public record Sql(String text, List<Object> parameters) {

    /**
     * SQL text and its parameters built up together, part by part, so they cannot drift apart: for queries whose
     * conditions depend on a filter (the reports).
     */
    public static final class Builder {
        private final StringBuilder text = new StringBuilder();
        private final List<Object> parameters = new ArrayList<>();

        public Builder(String start) {
            text.append(start);
        }

        public Builder add(String part, Object... values) {
            text.append(part);
            parameters.addAll(Arrays.asList(values));
            return this;
        }

        public Sql build() {
            return new Sql(text.toString(), List.copyOf(parameters));
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }

    /** Maps the current row of a result. */
    @FunctionalInterface
    public interface Row<T> {
        T map(ResultSet rs) throws SQLException;
    }

    /** A null parameter of a given {@link java.sql.Types} type: some drivers need the type of a null. */
    public record Null(int sqlType) {
    }

    public static Sql of(String text, Object... parameters) {
        return new Sql(text, Arrays.asList(parameters));
    }

    /** Every row, mapped. */
    public <T> List<T> list(Connection c, Row<T> row) throws SQLException {
        List<T> found = new ArrayList<>();
        each(c, rs -> found.add(row.map(rs)));
        return found;
    }

    /** Hands every row to {@code each}, for results that fill a map or more than one collection. */
    public void each(Connection c, Each each) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(text)) {
            bind(p, 1, parameters);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    each.accept(rs);
                }
            }
        }
    }

    /** Takes the current row of a result. */
    @FunctionalInterface
    public interface Each {
        void accept(ResultSet rs) throws SQLException;
    }

    /** The first row, mapped; empty when there is none (or it maps to null). */
    public <T> Optional<T> first(Connection c, Row<T> row) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(text)) {
            bind(p, 1, parameters);
            try (ResultSet rs = p.executeQuery()) {
                return rs.next() ? Optional.ofNullable(row.map(rs)) : Optional.empty();
            }
        }
    }

    /** The number an aggregate such as {@code COUNT(*)} answers. */
    public long number(Connection c) throws SQLException {
        return first(c, rs -> rs.getLong(1)).orElse(0L);
    }

    /** Runs an INSERT, UPDATE or DELETE; returns how many rows it touched. */
    public int update(Connection c) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(text)) {
            bind(p, 1, parameters);
            return p.executeUpdate();
        }
    }

    /** Binds {@code values} to the parameters from index {@code from} on; returns the next free index. */
    public static int bind(PreparedStatement p, int from, List<?> values) throws SQLException {
        int i = from;
        for (Object v : values) {
            bind(p, i++, v);
        }
        return i;
    }

    /** Binds one value by its Java type (see the class comment). */
    public static void bind(PreparedStatement p, int index, Object value) throws SQLException {
        if (value == null) {
            p.setObject(index, null);
        } else if (value instanceof Null n) {
            p.setNull(index, n.sqlType());
        } else if (value instanceof String s) {
            p.setString(index, s);
        } else if (value instanceof Long l) {
            p.setLong(index, l);
        } else if (value instanceof Integer n) {
            p.setInt(index, n);
        } else if (value instanceof Boolean b) {
            p.setBoolean(index, b);
        } else if (value instanceof Instant t) {
            p.setTimestamp(index, utc(t));
        } else if (value instanceof Timestamp t) {
            p.setTimestamp(index, t);
        } else if (value instanceof LocalDate d) {
            p.setDate(index, Date.valueOf(d));
        } else {
            p.setObject(index, value);
        }
    }

    /** {@code n} parameter marks for an {@code IN (…)} list: "?, ?, ?". */
    public static String marks(int n) {
        return String.join(", ", Collections.nCopies(n, "?"));
    }

    /**
     * The values in chunks of at most {@code size}, for {@code IN (…)} lists a database takes whole. With
     * {@code steps}, each chunk is padded (repeating its first value, which changes no answer of an IN list) to the
     * smallest step that holds it, so the database sees a few statement texts instead of one per chunk length: Derby
     * compiles each text once and keeps it in its statement cache, while a recompilation under load reads the catalog
     * — the same rows its identity sequences update.
     */
    public static <T> List<List<T>> chunks(List<T> values, int size, int... steps) {
        List<List<T>> chunks = new ArrayList<>();
        for (int from = 0; from < values.size(); from += size) {
            List<T> chunk = new ArrayList<>(values.subList(from, Math.min(values.size(), from + size)));
            int padded = Arrays.stream(steps).filter(s -> s >= chunk.size()).min().orElse(chunk.size());
            while (chunk.size() < padded) {
                chunk.add(chunk.get(0));
            }
            chunks.add(chunk);
        }
        return chunks;
    }

    /** An instant as the UTC wall time every timestamp column holds. */
    public static Timestamp utc(Instant instant) {
        return Timestamp.valueOf(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
    }

    /** A timestamp column (UTC wall time) as an instant; null stays null. */
    public static Instant instant(Timestamp utc) {
        return utc == null ? null : utc.toLocalDateTime().toInstant(ZoneOffset.UTC);
    }
}
