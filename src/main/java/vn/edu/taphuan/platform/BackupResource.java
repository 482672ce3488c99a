package vn.edu.taphuan.platform;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.edu.taphuan.security.entity.Role;

import javax.sql.DataSource;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.logging.Logger;

/**
 * Online backup of the embedded Derby database ({@code payara/backup.sh derby backup}): while the service runs, the
 * database is open in its JVM and no other process may open it, so the service copies it itself with Derby's
 * {@code SYSCS_UTIL.SYSCS_BACKUP_DATABASE} (consistent, writers wait only while the log is copied) into a new folder
 * under {@code taphuan.data.dir/backups/} — a folder the service chooses, never one the caller names. PostgreSQL is
 * backed up with {@code pg_dump} (docs/operations.md).
 */
@Path("operations/backup")
@Produces(MediaType.APPLICATION_JSON)
public class BackupResource {
    private static final Logger LOG = Logger.getLogger(BackupResource.class.getName());

    @Resource(lookup = Database.DIRECT)
    DataSource dataSource;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "taphuan.db.class")
    String dbClass;

    @Inject
    @ConfigProperty(name = "taphuan.data.dir")
    String dataDir;

    @Inject
    Messages messages;

    /** Where the backup went ({@code folder}/<database name>) and how long it took. */
    public record Made(String folder, double seconds) {
    }

    @POST
    @RolesAllowed(Role.Names.DISTRICT_ADMIN)
    public Made backup() {
        if (!dbClass.toLowerCase(java.util.Locale.ROOT).contains("derby")) {
            throw Problem.conflict("BACKUP_NOT_DERBY", messages.get("operations.backup.notDerby"));
        }
        String stamp = Clocks.utc(clock).format(DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'"));
        java.nio.file.Path folder = java.nio.file.Path.of(dataDir, "backups", stamp).toAbsolutePath();
        long started = System.nanoTime();
        try (Connection c = dataSource.getConnection();
             CallableStatement call = c.prepareCall("CALL SYSCS_UTIL.SYSCS_BACKUP_DATABASE(?)")) {
            call.setString(1, folder.toString());
            call.execute();
        } catch (SQLException e) {
            throw new IllegalStateException("Derby backup into " + folder + " failed: " + e.getMessage(), e);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        LOG.info(() -> "Database backed up into " + folder + " in " + String.format("%.1f", seconds) + " s");
        return new Made(folder.toString(), seconds);
    }
}
