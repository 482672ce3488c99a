package vn.edu.taphuan.cmi5.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.edu.taphuan.audit.control.AuditLog;
import vn.edu.taphuan.audit.entity.AuditKind;
import vn.edu.taphuan.cmi5.entity.AssignableUnit;
import vn.edu.taphuan.cmi5.entity.Block;
import vn.edu.taphuan.cmi5.entity.CourseStructure;
import vn.edu.taphuan.cmi5.entity.PackageVersion;
import vn.edu.taphuan.platform.Database;
import vn.edu.taphuan.platform.DatabaseFailure;
import vn.edu.taphuan.platform.NumberBlocks;
import vn.edu.taphuan.platform.Problem;
import vn.edu.taphuan.platform.Sql;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Map;

/**
 * Imports a cmi5 course package (cmi5 §6.1, §14): reads and checks it whole first ({@link PackageFiles},
 * {@link CourseStructureReader}), then writes the version, its blocks, AUs and files and the audit entry in one
 * transaction — all or nothing. The same course IRI again is the next version of the same course; earlier versions
 * stay (registrations made on them keep their AUs).
 */
@ApplicationScoped
public class PackageImport {
    static final NumberBlocks.Counter IDS = new NumberBlocks.Counter("cmi5_package", 10);

    @Resource(lookup = Database.JNDI)
    DataSource dataSource;

    @Inject
    NumberBlocks numbers;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "taphuan.cmi5.max-package-bytes", defaultValue = "104857600")
    long maxPackageBytes;

    public long maxPackageBytes() {
        return maxPackageBytes;
    }

    /** Our course id of a cmi5 course IRI: stable across versions, short enough for every course_id column. */
    public static String courseId(String courseIri) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(courseIri.getBytes(StandardCharsets.UTF_8));
            return "cmi5-" + HexFormat.of().formatHex(hash).substring(0, 10);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Transactional
    public PackageVersion importPackage(byte[] upload, String importedBy) {
        PackageFiles files = PackageFiles.of(upload, maxPackageBytes);
        CourseStructure s = CourseStructureReader.read(files.structure(), PackageFiles.STRUCTURE, files.zipped() ? files::has : null);
        String courseId = courseId(s.courseIri());
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        try (Connection c = dataSource.getConnection()) {
            int version = (int) Sql.of("SELECT COALESCE(MAX(version), 0) + 1 FROM cmi5_package WHERE course_id = ?", courseId).number(c);
            long id = numbers.next(IDS);
            Sql.of("INSERT INTO cmi5_package (id, course_id, course_iri, version, title_vi, title_en, au_count, zipped, imported_at, "
                    + "imported_by) VALUES (" + Sql.marks(10) + ")", id, courseId, s.courseIri(), version, s.title().vi(), s.title().en(),
                    s.aus().size(), files.zipped(), now, importedBy).update(c);
            insertBlocks(c, id, s);
            insertAus(c, id, s);
            insertFiles(c, id, files.zipped() ? files.files() : Map.of(PackageFiles.STRUCTURE, files.structure()));
            audit.record(c, AuditKind.CMI5_PACKAGE_IMPORTED, null, null, courseId + " v" + version, null,
                    s.courseIri() + " — " + s.title().vi() + " (" + s.aus().size() + " AU" + (files.zipped() ? ", zip " + files.files().size()
                            + " files" : ", cmi5.xml") + ")");
            return new PackageVersion(id, courseId, s.courseIri(), version, s.title(), s.aus().size(), files.zipped(), now, importedBy);
        } catch (SQLException e) {
            if (DatabaseFailure.duplicate(e)) {
                throw Problem.conflict("CMI5_IMPORT_RACE", "Another import of this course was saved at the same moment; send it again.");
            }
            throw DatabaseFailure.of("Importing a cmi5 package", e);
        }
    }

    private static void insertBlocks(Connection c, long id, CourseStructure s) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO cmi5_block (package_id, block_no, block_iri, parent_no, title_vi, title_en) "
                + "VALUES (" + Sql.marks(6) + ")")) {
            for (Block b : s.blocks()) {
                Sql.bind(p, 1, java.util.List.of(id, b.blockNo(), b.iri(), nullableInt(b.parentNo()), b.title().vi(), b.title().en()));
                p.addBatch();
            }
            p.executeBatch();
        }
    }

    private static void insertAus(Connection c, long id, CourseStructure s) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO cmi5_au (package_id, au_no, au_iri, block_no, title_vi, title_en, url, "
                + "launch_method, move_on, mastery_score, launch_parameters, entitlement_key) VALUES (" + Sql.marks(12) + ")")) {
            for (AssignableUnit a : s.aus()) {
                Sql.bind(p, 1, java.util.List.of(id, a.auNo(), a.iri(), nullableInt(a.blockNo()), a.title().vi(), a.title().en(), a.url(),
                        a.launchMethod(), a.moveOn().value()));
                if (a.masteryScore() == null) {
                    p.setNull(10, Types.DECIMAL);
                } else {
                    p.setBigDecimal(10, a.masteryScore());
                }
                Sql.bind(p, 11, a.launchParameters() == null ? new Sql.Null(Types.VARCHAR) : a.launchParameters());
                Sql.bind(p, 12, a.entitlementKey() == null ? new Sql.Null(Types.VARCHAR) : a.entitlementKey());
                p.addBatch();
            }
            p.executeBatch();
        }
    }

    private static void insertFiles(Connection c, long id, Map<String, byte[]> files) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO cmi5_file (package_id, path_key, path, content_type, content) VALUES ("
                + Sql.marks(5) + ")")) {
            for (var f : files.entrySet()) {
                Sql.bind(p, 1, java.util.List.of(id, PackageContent.pathKey(f.getKey()), f.getKey(), PackageFiles.contentType(f.getKey())));
                p.setBytes(5, f.getValue());
                p.addBatch();
            }
            p.executeBatch();
        }
    }

    private static Object nullableInt(Integer value) {
        return value == null ? new Sql.Null(Types.INTEGER) : value;
    }
}
