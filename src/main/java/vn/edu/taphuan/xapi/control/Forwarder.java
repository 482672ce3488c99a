package vn.edu.taphuan.xapi.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.edu.taphuan.xapi.entity.ForwardTarget;
import vn.edu.taphuan.xapi.entity.OutboxEntry;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Delivers the outbox to the configured external LRSs, on every instance, in batches:
 * <ol>
 * <li>a target in back-off (after failures) waits until its next attempt time, shared through the database;</li>
 * <li>a batch is claimed ({@link Outbox#claim}) and POSTed as one request with a deadline;</li>
 * <li>accepted → the rows are deleted and the cursor moves; target unavailable (no answer, 5xx, credentials
 * refused, rate limit) → the rows are released and the target backs off exponentially with jitter;</li>
 * <li>statements rejected (other 4xx) → the batch is sent one by one to find the culprits, which are parked with the
 * reason (an admin retries or drops them) while the rest is delivered. A 409 for a statement the target already
 * has (a delivery whose acknowledgement was lost) counts as delivered.</li>
 * </ol>
 * Each target is drained by up to {@code taphuan.xapi.forward.parallel} workers at once (each with its own claimed
 * batch), so the round trip of one request does not bound the throughput. Runs on the server's managed executors;
 * an EJB singleton only so that it starts after the migrations.
 */
@Singleton
@Startup
@DependsOn("Migrations")
@TransactionManagement(TransactionManagementType.BEAN)
public class Forwarder {
    private static final Logger LOG = Logger.getLogger(Forwarder.class.getName());

    /** The attachment data statements go with (Communication 1.5.2.s3.b3). */
    @Inject
    AttachmentStore attachments;

    @Inject
    Clock clock;

    @Inject
    ForwardTargets targets;

    @Inject
    Outbox outbox;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Resource
    ManagedExecutorService workers;

    @Resource
    ManagedThreadFactory threads;

    @Inject
    @ConfigProperty(name = "taphuan.xapi.forward.batch-size", defaultValue = "100")
    int batchSize;

    @Inject
    @ConfigProperty(name = "taphuan.xapi.forward.timeout-seconds", defaultValue = "15")
    int timeoutSeconds;

    @Inject
    @ConfigProperty(name = "taphuan.xapi.forward.poll-millis", defaultValue = "1000")
    long pollMillis;

    @Inject
    @ConfigProperty(name = "taphuan.xapi.forward.max-backoff-seconds", defaultValue = "300")
    int maxBackoffSeconds;

    @Inject
    @ConfigProperty(name = "taphuan.xapi.forward.lease-seconds", defaultValue = "60")
    int leaseSeconds;

    @Inject
    @ConfigProperty(name = "taphuan.xapi.forward.parallel", defaultValue = "4")
    int parallel;

    private Backoff backoff;
    private ScheduledFuture<?> ticking;
    /** HTTP calls run here, each under a deadline; workers wait for them. */
    private ExecutorService calls;
    private final Map<String, AtomicInteger> running = new ConcurrentHashMap<>();

    @PostConstruct
    void start() {
        if (targets.all().isEmpty()) {
            return;
        }
        backoff = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(maxBackoffSeconds), new Random());
        if (leaseSeconds <= timeoutSeconds * 2 + 5) {
            LOG.warning("taphuan.xapi.forward.lease-seconds (" + leaseSeconds + ") should exceed twice the request time limit ("
                    + timeoutSeconds + " s): a slow delivery could otherwise be claimed again by another instance");
        }
        for (ForwardTarget t : targets.all()) {
            outbox.register(t, clock.instant());
        }
        calls = Executors.newFixedThreadPool(targets.all().size() * parallel + 1, threads);
        ticking = scheduler.scheduleWithFixedDelay(this::tick, pollMillis, pollMillis, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        if (ticking != null) {
            ticking.cancel(false);
        }
        if (calls != null) {
            calls.shutdownNow();
        }
    }

    /** Starts workers for every target that has fewer than {@code parallel} running. */
    void tick() {
        for (ForwardTarget t : targets.all()) {
            AtomicInteger busy = running.computeIfAbsent(t.name(), k -> new AtomicInteger());
            while (busy.get() < parallel) {
                busy.incrementAndGet();
                workers.submit(() -> {
                    try {
                        drain(t);
                    } catch (RuntimeException e) {
                        LOG.log(Level.WARNING, "Forwarding to " + t.name() + " failed; will try again", e);
                    } finally {
                        busy.decrementAndGet();
                    }
                });
            }
        }
    }

    /** Sends full batches back to back (for at most 30 s; the next tick starts a fresh worker). */
    private void drain(ForwardTarget t) {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        ExternalLrs lrs = new ExternalLrs(t, Duration.ofSeconds(timeoutSeconds), calls, attachments::stream);
        while (System.nanoTime() < until) {
            Instant now = clock.instant();
            if (outbox.nextAttempt(t.name()).map(next -> next.isAfter(now)).orElse(false)) {
                return;
            }
            String token = UUID.randomUUID().toString();
            List<OutboxEntry> batch = outbox.claim(t.name(), batchSize, now, Duration.ofSeconds(leaseSeconds), token);
            if (batch.isEmpty() || !deliver(t, lrs, token, batch) || batch.size() < batchSize) {
                return;
            }
        }
    }

    private boolean deliver(ForwardTarget t, ExternalLrs lrs, String token, List<OutboxEntry> batch) {
        ExternalLrs.Outcome outcome = lrs.post(batch.stream().map(OutboxEntry::json).toList());
        switch (outcome.kind()) {
            case DELIVERED -> {
                outbox.delivered(t.name(), token, batch, clock.instant());
                return true;
            }
            case UNAVAILABLE -> {
                outbox.failed(t.name(), token, outcome.message(), clock.instant(), backoff);
                LOG.info(() -> "xAPI forwarding to " + t.name() + " paused: " + outcome.message());
                return false;
            }
            default -> {
                return oneByOne(t, lrs, token, batch);
            }
        }
    }

    private boolean oneByOne(ForwardTarget t, ExternalLrs lrs, String token, List<OutboxEntry> batch) {
        List<OutboxEntry> arrived = new ArrayList<>();
        for (OutboxEntry e : batch) {
            ExternalLrs.Outcome single = lrs.put(e.statementId(), e.json());
            if (single.kind() == ExternalLrs.Kind.DELIVERED || (single.status() == 409 && lrs.has(e.statementId()))) {
                arrived.add(e);
            } else if (single.kind() == ExternalLrs.Kind.REJECTED) {
                outbox.park(t.name(), token, e, single.message(), clock.instant());
                LOG.warning(() -> "xAPI statement " + e.statementId() + " parked for " + t.name() + ": " + single.message());
            } else {
                outbox.delivered(t.name(), token, arrived, clock.instant());
                outbox.failed(t.name(), token, single.message(), clock.instant(), backoff);
                return false;
            }
        }
        outbox.delivered(t.name(), token, arrived, clock.instant());
        return true;
    }
}
