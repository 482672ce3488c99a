package vn.edu.taphuan.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import javax.sql.DataSource;
import java.sql.Connection;

/** Ready only when the database answers and the schema is migrated ({@code /health/ready}). */
@Readiness
@ApplicationScoped
public class DatabaseHealth implements HealthCheck {

    @Resource(lookup = Database.JNDI)
    DataSource dataSource;

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("database");
        try (Connection c = dataSource.getConnection();
             var s = c.createStatement();
             var rs = s.executeQuery("SELECT MAX(version) FROM schema_history")) {
            rs.next();
            return response.status(true).withData("product", c.getMetaData().getDatabaseProductName())
                    .withData("schemaVersion", rs.getLong(1)).build();
        } catch (Exception e) {
            return response.status(false).withData("error", String.valueOf(e.getMessage())).build();
        }
    }
}
