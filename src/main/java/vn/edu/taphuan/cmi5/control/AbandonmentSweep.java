package vn.edu.taphuan.cmi5.control;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.edu.taphuan.platform.Leases;

import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Looks for abandoned AU sessions every {@code taphuan.cmi5.abandon-check-seconds} (60), on one instance of a cluster
 * at a time (lease {@value #LEASE}); {@link Abandonment} does the work.
 */
@ApplicationScoped
public class AbandonmentSweep {
    static final String LEASE = "cmi5-abandoned";
    private static final Logger LOG = Logger.getLogger(AbandonmentSweep.class.getName());

    @Inject
    Abandonment abandonment;

    @Inject
    Leases leases;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    @ConfigProperty(name = "taphuan.cmi5.abandon-check-seconds", defaultValue = "60")
    int checkSeconds;

    private ScheduledFuture<?> sweeping;

    void start(@Observes @Initialized(ApplicationScoped.class) ServletContext context) {
        sweeping = scheduler.scheduleWithFixedDelay(this::sweep, checkSeconds, checkSeconds, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        if (sweeping != null) {
            sweeping.cancel(false);
        }
    }

    void sweep() {
        String holder = Leases.INSTANCE + "/cmi5";
        try {
            if (leases.take(LEASE, holder, Duration.ofSeconds(checkSeconds * 2L))) {
                try {
                    int n = abandonment.abandonStale();
                    if (n > 0) {
                        LOG.info(() -> n + " cmi5 AU session(s) abandoned");
                    }
                } finally {
                    leases.release(LEASE, holder);
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "cmi5 abandonment sweep failed; next turn in " + checkSeconds + " s", e);
        }
    }
}
