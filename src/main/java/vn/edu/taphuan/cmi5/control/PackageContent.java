package vn.edu.taphuan.cmi5.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import vn.edu.taphuan.cmi5.entity.AssignableUnit;
import vn.edu.taphuan.cmi5.entity.Block;
import vn.edu.taphuan.cmi5.entity.CourseView;
import vn.edu.taphuan.cmi5.entity.MoveOn;
import vn.edu.taphuan.cmi5.entity.PackageVersion;
import vn.edu.taphuan.cmi5.entity.Title;
import vn.edu.taphuan.platform.Database;
import vn.edu.taphuan.platform.DatabaseFailure;
import vn.edu.taphuan.platform.Sql;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/** Reads imported cmi5 packages: the courses (newest version each), one course with its AUs, a package's files. */
@ApplicationScoped
public class PackageContent {
    static final String VERSION_COLUMNS = "id, course_id, course_iri, version, title_vi, title_en, au_count, zipped, imported_at, imported_by";

    @Resource(lookup = Database.JNDI)
    DataSource dataSource;

    /** A file of a package as stored. */
    public record StoredFile(String contentType, byte[] content) {
    }

    /** Every cmi5 course, newest version each, by Vietnamese title. */
    public List<PackageVersion> courses() {
        return query(c -> Sql.of("SELECT " + VERSION_COLUMNS + " FROM cmi5_package p WHERE version = "
                + "(SELECT MAX(q.version) FROM cmi5_package q WHERE q.course_id = p.course_id) ORDER BY title_vi, course_id").list(c, PackageContent::version));
    }

    public Optional<CourseView> course(String courseId) {
        return query(c -> {
            List<PackageVersion> versions = Sql.of("SELECT " + VERSION_COLUMNS + " FROM cmi5_package WHERE course_id = ? ORDER BY version DESC",
                    courseId).list(c, PackageContent::version);
            if (versions.isEmpty()) {
                return Optional.empty();
            }
            long id = versions.get(0).packageId();
            return Optional.of(new CourseView(versions.get(0), blocks(c, id), aus(c, id), versions));
        });
    }

    /** The blocks of one package version, in document order. */
    public List<Block> blocks(long packageId) {
        return query(c -> blocks(c, packageId));
    }

    private static List<Block> blocks(Connection c, long packageId) throws SQLException {
        return Sql.of("SELECT block_no, block_iri, parent_no, title_vi, title_en FROM cmi5_block WHERE package_id = ? ORDER BY block_no", packageId)
                .list(c, rs -> new Block(rs.getInt(1), rs.getString(2), nullableInt(rs, 3), new Title(rs.getString(4), rs.getString(5))));
    }

    /** The version number of a package. */
    public int version(long packageId) {
        return query(c -> (int) Sql.of("SELECT version FROM cmi5_package WHERE id = ?", packageId).number(c));
    }

    /** Our course id → its Vietnamese and English title (newest version), for courses another capability names. */
    public java.util.Optional<Title> title(String courseId) {
        return query(c -> Sql.of("SELECT title_vi, title_en FROM cmi5_package WHERE course_id = ? ORDER BY version DESC", courseId)
                .first(c, rs -> new Title(rs.getString(1), rs.getString(2))));
    }

    /** The AUs of one package version, in document order. */
    public List<AssignableUnit> aus(long packageId) {
        return query(c -> aus(c, packageId));
    }

    private static List<AssignableUnit> aus(Connection c, long packageId) throws SQLException {
        return Sql.of("SELECT au_no, au_iri, block_no, title_vi, title_en, url, launch_method, move_on, mastery_score, launch_parameters, "
                + "entitlement_key FROM cmi5_au WHERE package_id = ? ORDER BY au_no", packageId).list(c, rs -> new AssignableUnit(rs.getInt(1),
                rs.getString(2), nullableInt(rs, 3), new Title(rs.getString(4), rs.getString(5)), rs.getString(6), rs.getString(7),
                MoveOn.of(rs.getString(8)), rs.getBigDecimal(9), rs.getString(10), rs.getString(11)));
    }

    public Optional<StoredFile> file(long packageId, String path) {
        return query(c -> Sql.of("SELECT content_type, content FROM cmi5_file WHERE package_id = ? AND path_key = ?", packageId, pathKey(path))
                .first(c, rs -> new StoredFile(rs.getString(1), rs.getBytes(2))));
    }

    static String pathKey(String path) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(path.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static PackageVersion version(ResultSet rs) throws SQLException {
        return new PackageVersion(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4), new Title(rs.getString(5), rs.getString(6)),
                rs.getInt(7), rs.getBoolean(8), Sql.instant(rs.getTimestamp(9)), rs.getString(10));
    }

    private static Integer nullableInt(ResultSet rs, int column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v;
    }

    private interface Query<T> {
        T run(Connection c) throws SQLException;
    }

    private <T> T query(Query<T> q) {
        try (Connection c = dataSource.getConnection()) {
            return q.run(c);
        } catch (SQLException e) {
            throw DatabaseFailure.of("Reading cmi5 packages", e);
        }
    }
}
