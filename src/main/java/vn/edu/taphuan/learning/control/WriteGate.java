package vn.edu.taphuan.learning.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.edu.taphuan.platform.Messages;
import vn.edu.taphuan.platform.Problem;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Lets a few learner writes (quiz draw and submit, lesson read, course launch: each one transaction) run at once and
 * queues the rest in arrival order, before they take a database connection. Every learner write appends to the same
 * few places — the newest pages of the statement tables and their indexes (every statement carries the programme and
 * profile keys), the transaction log — and Derby guards a page with a latch whose waiters are all woken at each
 * release: with 30 writers in flight on 2 cores, they spent more time waiting for, waking on and re-waiting for those
 * pages (and then for a pooled connection) than writing. A handful at a time keeps the disk and the cores busy
 * (commits of the writers in flight still share one log flush) without the pile-up (docs/performance.md, "Learner
 * pages and quiz"). Nothing is dropped: a write waits its turn; only a wait longer than
 * {@code taphuan.learning.write-wait-seconds} is answered 503, and it wrote nothing.
 */
@ApplicationScoped
public class WriteGate {

    private final Semaphore permits;
    private final long waitSeconds;

    @Inject
    Messages messages;

    @Inject
    public WriteGate(@ConfigProperty(name = "taphuan.learning.concurrent-writes", defaultValue = "4") int concurrentWrites,
                     @ConfigProperty(name = "taphuan.learning.write-wait-seconds", defaultValue = "30") long waitSeconds) {
        this.permits = new Semaphore(Math.max(1, concurrentWrites), true);
        this.waitSeconds = waitSeconds;
    }

    /** For CDI's proxy. */
    protected WriteGate() {
        this.permits = null;
        this.waitSeconds = 0;
    }

    /** Runs the write (a transaction of its own) when its turn comes. */
    public <T> T through(Supplier<T> write) {
        try {
            if (!permits.tryAcquire(waitSeconds, TimeUnit.SECONDS)) {
                throw busy();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw busy();
        }
        try {
            return write.get();
        } finally {
            permits.release();
        }
    }

    /** The answer to a write that waited too long (503; it wrote nothing). */
    RuntimeException busy() {
        return new Problem(503, "LEARNING_BUSY", messages.get("learning.busy"));
    }
}
