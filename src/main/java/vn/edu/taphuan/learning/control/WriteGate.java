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
 * When turned on ({@code taphuan.learning.concurrent-writes} &gt; 0), lets that many learner writes (quiz draw and
 * submit, lesson read, course launch: each one transaction) run at once and queues the rest in arrival order, before
 * they take a database connection. Every learner write appends to the same few places — the newest pages of the
 * statement tables and their indexes (every statement carries the programme, profile and verb keys), the transaction
 * log — and Derby guards a page with a latch whose waiters are all woken at each release. Unbounded (up to the pool's
 * 32 connections), 100 learners on a saturated 2-core machine spent far more time waiting for those pages, and then
 * for a pooled connection, than writing (docs/performance.md, "Learner pages and quiz"). Measured there: with 8 the
 * flat-out quiz tail shrank by a third at the same throughput, but below saturation the hand-over of a turn cost the
 * paced submits a little, so the gate is off by default (0) and meant for a service that is overloaded. A write waits
 * its turn; only a wait longer than {@code taphuan.learning.write-wait-seconds} is answered 503, and it wrote nothing.
 */
@ApplicationScoped
public class WriteGate {

    private final Semaphore permits;
    private final long waitSeconds;

    @Inject
    Messages messages;

    @Inject
    public WriteGate(@ConfigProperty(name = "taphuan.learning.concurrent-writes", defaultValue = "0") int concurrentWrites,
                     @ConfigProperty(name = "taphuan.learning.write-wait-seconds", defaultValue = "30") long waitSeconds) {
        this.permits = concurrentWrites > 0 ? new Semaphore(concurrentWrites, true) : null; // 0: no gate, the pool's 32 decide
        this.waitSeconds = waitSeconds;
    }

    /** For CDI's proxy. */
    protected WriteGate() {
        this.permits = null;
        this.waitSeconds = 0;
    }

    /** Runs the write (a transaction of its own) when its turn comes. */
    public <T> T through(Supplier<T> write) {
        if (permits == null) {
            return write.get();
        }
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
