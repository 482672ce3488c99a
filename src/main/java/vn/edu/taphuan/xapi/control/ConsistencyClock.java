package vn.edu.taphuan.xapi.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The value of {@code X-Experience-API-Consistent-Through} (xAPI Communication 2.1.3.s2.b5): a time before which
 * every statement that has or will have that "stored" time is readable. "stored" is taken inside the writing
 * transaction, which commits a little later, so the answer is the oldest "stored" of the transactions still open
 * on this instance (or now), minus a margin that covers other instances sharing the database.
 */
@ApplicationScoped
public class ConsistencyClock {
    private final Map<Long, Instant> open = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong();

    @Resource(lookup = "java:comp/TransactionSynchronizationRegistry")
    TransactionSynchronizationRegistry transactions;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "taphuan.xapi.consistency-margin-millis", defaultValue = "1000")
    long marginMillis;

    /** Remembers {@code stored} until the current transaction ends. */
    public void writing(Instant stored) {
        long id = ids.incrementAndGet();
        open.put(id, stored);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                open.remove(id);
            }
        });
    }

    public Instant consistentThrough() {
        Instant now = clock.instant();
        Instant oldest = open.values().stream().min(Instant::compareTo).orElse(now);
        return (oldest.isBefore(now) ? oldest : now).minusMillis(marginMillis);
    }
}
