package vn.edu.taphuan.reporting.control;

import vn.edu.taphuan.platform.VietnameseText;
import vn.edu.taphuan.reporting.entity.FiledChanges;
import vn.edu.taphuan.reporting.entity.SchoolRow;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rows of a filed report beside its head ({@code Filing}): each school's line as filed and the files byte for
 * byte (a BLOB on Derby, BYTEA on PostgreSQL, both written and read as bytes by JDBC). Written once, never changed.
 */
public final class FiledRecords {
    private FiledRecords() {
    }

    /** A file as filed. */
    public record StoredFile(String fileName, byte[] content) {
    }

    /** The school lines in the order of the filed table; each school's id looked up by its code. */
    public static void writeSchools(Connection c, long filedId, List<SchoolRow> rows) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO filed_report_school (filed_report_id, school_id, code, name, ward, "
                + "school_type, position, ranked, in_scope, managers, employees, women, trained, percent, meets_target, still_needed) "
                + "SELECT CAST(? AS BIGINT), sc.id, sc.code, ?, ?, ?, CAST(? AS INT), CAST(? AS INT), CAST(? AS BIGINT), CAST(? AS BIGINT), "
                + "CAST(? AS BIGINT), CAST(? AS BIGINT), CAST(? AS BIGINT), CAST(? AS DECIMAL(5, 1)), CAST(? AS SMALLINT), CAST(? AS BIGINT) "
                + "FROM roster_school sc WHERE sc.code = ?")) {
            int position = 0;
            for (SchoolRow r : rows) {
                Object[] values = {filedId, r.name(), r.ward(), r.type().name(), ++position, r.rank(), r.inScope(), r.managers(), r.employees(),
                        r.women(), r.trained(), r.percent(), r.meetsTarget() == null ? null : r.meetsTarget() ? 1 : 0, r.stillNeeded(), r.code()};
                for (int i = 0; i < values.length; i++) {
                    p.setObject(i + 1, values[i]);
                }
                p.addBatch();
            }
            p.executeBatch();
        }
    }

    public static void writeFile(Connection c, long filedId, String format, String fileName, byte[] content) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(
                "INSERT INTO filed_report_file (filed_report_id, format, file_name, sha256, content) VALUES (?, ?, ?, ?, ?)")) {
            p.setLong(1, filedId);
            p.setString(2, format);
            p.setString(3, fileName);
            p.setString(4, sha256(content));
            p.setBytes(5, content);
            p.executeUpdate();
        }
    }

    public static Optional<StoredFile> file(Connection c, long filedId, String format) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT file_name, content FROM filed_report_file WHERE filed_report_id = ? AND format = ?")) {
            p.setLong(1, filedId);
            p.setString(2, format);
            try (ResultSet rs = p.executeQuery()) {
                return rs.next() ? Optional.of(new StoredFile(rs.getString(1), rs.getBytes(2))) : Optional.empty();
            }
        }
    }

    /** The formats kept for each of the given filed reports. */
    public static Map<Long, List<String>> formats(Connection c, long programmeId) throws SQLException {
        Map<Long, List<String>> result = new LinkedHashMap<>();
        try (PreparedStatement p = c.prepareStatement("SELECT f.filed_report_id, f.format FROM filed_report_file f JOIN filed_report r "
                + "ON r.id = f.filed_report_id WHERE r.programme_id = ? ORDER BY f.filed_report_id, f.format")) {
            p.setLong(1, programmeId);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    result.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
                }
            }
        }
        return result;
    }

    /** Each school's filed line, by school id. */
    public static Map<Long, FiledDiff.Filed> schools(Connection c, long filedId) throws SQLException {
        Map<Long, FiledDiff.Filed> result = new LinkedHashMap<>();
        try (PreparedStatement p = c.prepareStatement(
                "SELECT school_id, code, name, in_scope, trained FROM filed_report_school WHERE filed_report_id = ? ORDER BY position")) {
            p.setLong(1, filedId);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    result.put(rs.getLong(1), new FiledDiff.Filed(rs.getString(2), rs.getString(3), rs.getLong(4), rs.getLong(5)));
                }
            }
        }
        return result;
    }

    /** The people a filed report counted at one school (by its code as filed), by name in Vietnamese order, as they were then. */
    public static List<FiledChanges.Counted> people(Connection c, long filedId, String schoolCode) throws SQLException {
        List<FiledChanges.Counted> result = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("SELECT p.staff_code, p.full_name, p.category, p.gender, p.trained "
                + "FROM filed_report_person p JOIN filed_report_school s ON s.filed_report_id = p.filed_report_id AND s.school_id = p.school_id "
                + "WHERE p.filed_report_id = ? AND s.code = ?")) {
            p.setLong(1, filedId);
            p.setString(2, schoolCode);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    result.add(new FiledChanges.Counted(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5) == 1));
                }
            }
        }
        // one school's people: sorted here, where the collation is Vietnamese (the database's is not)
        result.sort(VietnameseText.byName(FiledChanges.Counted::fullName).thenComparing(FiledChanges.Counted::code));
        return result;
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
