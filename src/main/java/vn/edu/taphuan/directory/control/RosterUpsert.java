package vn.edu.taphuan.directory.control;

import vn.edu.taphuan.directory.entity.ImportPhase;
import vn.edu.taphuan.platform.Sql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

/**
 * Writes a {@link RosterDiff}: its inserts, then its updates, as JDBC batches of {@code batchSize} rows, telling
 * {@link RosterWriter.Progress} after each batch. Plain JDBC batches, not JPA: see {@link RosterWriter}.
 *
 * @param insert  the INSERT and the parameters of one new row
 * @param update  the UPDATE and the parameters of one changed row
 */
record RosterUpsert<R>(String insert, Function<R, List<Object>> insertParameters, String update,
                       Function<R, List<Object>> updateParameters) {

    void write(Connection c, RosterDiff<R> diff, int batchSize, RosterWriter.Progress progress) throws SQLException {
        int total = diff.changed();
        int done = batch(c, insert, insertParameters, diff.inserts(), 0, total, batchSize, progress);
        batch(c, update, updateParameters, diff.updates(), done, total, batchSize, progress);
        progress.at(ImportPhase.WRITING, total, total);
    }

    private static <R> int batch(Connection c, String sql, Function<R, List<Object>> parameters, List<R> rows, int done, int total,
                                 int batchSize, RosterWriter.Progress progress) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(sql)) {
            for (R r : rows) {
                Sql.bind(p, 1, parameters.apply(r));
                p.addBatch();
                if (++done % batchSize == 0) {
                    p.executeBatch();
                    progress.at(ImportPhase.WRITING, done, total);
                }
            }
            p.executeBatch();
        }
        return done;
    }

    /** A date parameter; a missing date is a typed null (some drivers need the type). */
    static Object date(LocalDate date) {
        return date == null ? new Sql.Null(Types.DATE) : date;
    }
}
