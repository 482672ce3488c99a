package vn.edu.taphuan.xapi.control;

import vn.edu.taphuan.platform.Sql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * A statement's JSON longer than one VARCHAR keeps: its row holds null and the text is split into
 * {@code xapi_statement_part} rows (migration V5). The one place that writes and reassembles them.
 */
final class StatementParts {
    /** The longest JSON one VARCHAR keeps; longer statements are split into parts of this size. */
    static final int CHUNK = 32_000;

    private StatementParts() {
    }

    /** Whether the JSON goes into parts rather than the statement's row. */
    static boolean split(String json) {
        return json.length() > CHUNK;
    }

    static void write(Connection c, long seq, String json) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO xapi_statement_part (seq, part_no, content) VALUES (?, ?, ?)")) {
            int n = 0;
            for (int from = 0; from < json.length(); from += CHUNK) {
                p.setLong(1, seq);
                p.setInt(2, n++);
                p.setString(3, json.substring(from, Math.min(json.length(), from + CHUNK)));
                p.addBatch();
            }
            p.executeBatch();
        }
    }

    /** The JSON of a statement stored in parts, reassembled in order. */
    static String read(Connection c, long seq) throws SQLException {
        return String.join("", Sql.of("SELECT content FROM xapi_statement_part WHERE seq = ? ORDER BY part_no", seq)
                .list(c, rs -> rs.getString(1)));
    }
}
