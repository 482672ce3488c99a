package vn.edu.taphuan.security.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.annotation.Gauge;
import vn.edu.taphuan.platform.Clocks;
import vn.edu.taphuan.platform.Database;

import javax.sql.DataSource;
import java.sql.Timestamp;
import java.time.Clock;

/**
 * Failed sign-ins for the operators' alerts (payara/prometheus-rules.yml), read from the shared database at each
 * scrape so that every instance of a cluster reports the same numbers.
 */
@ApplicationScoped
public class SignInGauges {

    @Inject
    Clock clock;

    @Resource(lookup = Database.DIRECT)
    DataSource dataSource;

    /** Annotated gauges are registered when their bean is made: make it at start. */
    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        // nothing else to do
    }

    @Gauge(name = "taphuan_signin_failures", unit = MetricUnits.NONE, absolute = true,
            description = "Failed sign-ins not yet followed by a successful one or a lock, summed over the accounts")
    public long signInFailures() {
        return Database.count(dataSource, "SELECT COALESCE(SUM(failed_sign_ins), 0) FROM account WHERE failed_sign_ins > ?", 0);
    }

    /** Stays 0 since sign-ins are slowed down, never locked (ADR 0004); kept while alert rules name it. */
    @Gauge(name = "taphuan_signin_locked_accounts", unit = MetricUnits.NONE, absolute = true,
            description = "Accounts locked now after repeated failed sign-ins")
    public long lockedAccounts() {
        return Database.count(dataSource, "SELECT COUNT(*) FROM account WHERE locked_until > ?",
                Timestamp.valueOf(Clocks.utc(clock)));
    }
}
