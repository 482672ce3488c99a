package vn.edu.taphuan.xapi.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.annotation.Gauge;
import vn.edu.taphuan.xapi.entity.TargetStatus;

import java.util.List;

/**
 * The forwarding state as MicroProfile Metrics gauges on {@code /metrics}, for the operators' alerting
 * (docs/operations.md): statements waiting for an external LRS, statements it refused (parked), and how many
 * targets are failing right now. Read from the shared database at each scrape, so every instance reports the same.
 */
@ApplicationScoped
public class ForwardingGauges {

    @Inject
    ForwardTargets targets;

    @Inject
    Outbox outbox;

    /** Annotated gauges are registered when their bean is made: make it at start, not at a first call that never comes. */
    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        // nothing else to do
    }

    @Gauge(name = "taphuan_xapi_outbox_pending", unit = MetricUnits.NONE, absolute = true,
            description = "Statements waiting to be forwarded, summed over the external LRSs")
    public long pending() {
        return status().stream().mapToLong(TargetStatus::pending).sum();
    }

    @Gauge(name = "taphuan_xapi_outbox_parked", unit = MetricUnits.NONE, absolute = true,
            description = "Statements an external LRS refused, waiting for an admin to retry or drop them")
    public long parked() {
        return status().stream().mapToLong(TargetStatus::parked).sum();
    }

    @Gauge(name = "taphuan_xapi_forward_failing_targets", unit = MetricUnits.NONE, absolute = true,
            description = "External LRSs whose last delivery attempt failed (backing off)")
    public long failing() {
        return status().stream().filter(t -> t.failures() > 0).count();
    }

    private List<TargetStatus> status() {
        return targets.all().isEmpty() ? List.of() : outbox.status(targets.all());
    }
}
