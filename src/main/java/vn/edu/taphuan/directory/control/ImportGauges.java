package vn.edu.taphuan.directory.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.annotation.Gauge;
import vn.edu.taphuan.platform.Clocks;
import vn.edu.taphuan.platform.Database;

import javax.sql.DataSource;
import java.sql.Timestamp;
import java.time.Clock;

/**
 * Bulk imports running or cut off, for the operators' alerts (payara/prometheus-rules.yml), read from the shared
 * database at each scrape so that every instance of a cluster reports the same numbers.
 */
@ApplicationScoped
public class ImportGauges {

    @Resource(lookup = Database.DIRECT)
    DataSource dataSource;

    @Inject
    Clock clock;

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
        return Database.count(dataSource, "SELECT COUNT(*) FROM import_job WHERE phase NOT IN ('DONE', 'FAILED') AND updated_at >= ?", staleSince());
    }

    @Gauge(name = "taphuan_import_jobs_interrupted", unit = MetricUnits.NONE, absolute = true,
            description = "Bulk imports that stopped moving before they finished (their instance stopped), kept taphuan.import.keep-days")
    public long importsInterrupted() {
        return Database.count(dataSource, "SELECT COUNT(*) FROM import_job WHERE phase NOT IN ('DONE', 'FAILED') AND updated_at < ?", staleSince());
    }

    /** ImportJobs writes its times in UTC. */
    private Timestamp staleSince() {
        return Timestamp.valueOf(Clocks.utc(clock).minusMinutes(staleMinutes));
    }
}
