package vn.edu.taphuan.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.annotation.Gauge;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Gauges the operators alert on beside the forwarding ones (xapi/control/ForwardingGauges; payara/prometheus-rules.yml):
 * bulk imports running or cut off, and failed sign-ins. Read from the shared database at each scrape (one small
 * aggregate each), so every instance of a cluster reports the same numbers.
 */
@ApplicationScoped
public class OperationsGauges {

    @Resource(lookup = Database.DIRECT)
    DataSource dataSource;

    @Inject
    @ConfigProperty(name = "taphuan.import.stale-minutes", defaultValue = "2")
    int staleMinutes;

    /** Annotated gauges are registered when their bean is made: make it at start. */
    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        // nothing else to do
    }

    @Gauge(name = "taphuan_import_jobs_active", unit = MetricUnits.NONE, absolute = true,
            description = "Bulk imports queued or running (moved within taphuan.import.stale-minutes)")
    public long importsActive() {
        return count("SELECT COUNT(*) FROM import_job WHERE phase NOT IN ('DONE', 'FAILED') AND updated_at >= ?", staleSince());
    }

    @Gauge(name = "taphuan_import_jobs_interrupted", unit = MetricUnits.NONE, absolute = true,
            description = "Bulk imports that stopped moving before they finished (their instance stopped), kept taphuan.import.keep-days")
    public long importsInterrupted() {
        return count("SELECT COUNT(*) FROM import_job WHERE phase NOT IN ('DONE', 'FAILED') AND updated_at < ?", staleSince());
    }

    @Gauge(name = "taphuan_signin_failures", unit = MetricUnits.NONE, absolute = true,
            description = "Failed sign-ins not yet followed by a successful one or a lock, summed over the accounts")
    public long signInFailures() {
        return count("SELECT COALESCE(SUM(failed_sign_ins), 0) FROM account WHERE failed_sign_ins > ?", 0);
    }

    @Gauge(name = "taphuan_signin_locked_accounts", unit = MetricUnits.NONE, absolute = true,
            description = "Accounts locked now after repeated failed sign-ins")
    public long lockedAccounts() {
        return count("SELECT COUNT(*) FROM account WHERE locked_until > ?", Timestamp.valueOf(now()));
    }

    private Timestamp staleSince() {
        return Timestamp.valueOf(now().minusMinutes(staleMinutes));
    }

    /** The services write their times in UTC (Account.now, ImportJobs.now). */
    private static LocalDateTime now() {
        return LocalDateTime.now(ZoneOffset.UTC);
    }

    private long count(String sql, Object parameter) {
        try (Connection c = dataSource.getConnection(); PreparedStatement p = c.prepareStatement(sql)) {
            p.setObject(1, parameter);
            try (ResultSet rs = p.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Gauge query failed: " + e.getMessage(), e);
        }
    }
}
