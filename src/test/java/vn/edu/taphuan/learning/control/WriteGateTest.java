package vn.edu.taphuan.learning.control;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WriteGateTest {

    private static WriteGate gate(int concurrentWrites, long waitSeconds) {
        return new WriteGate(concurrentWrites, waitSeconds) {
            @Override
            RuntimeException busy() {
                return new Busy(); // the service answers a Problem (503 LEARNING_BUSY), which needs a JAX-RS runtime
            }
        };
    }

    static final class Busy extends RuntimeException {
    }

    @Test
    void whenMoreWritesArriveThanMayRunThenNoMoreThanThatRunAtOnceAndAllComplete() throws Exception {
        WriteGate gate = gate(2, 30);
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> done = new ArrayList<>();
            for (int i = 0; i < 24; i++) {
                int n = i;
                done.add(pool.submit(() -> gate.through(() -> {
                    most.accumulateAndGet(running.incrementAndGet(), Math::max);
                    sleep(5);
                    running.decrementAndGet();
                    return n;
                })));
            }
            List<Integer> results = new ArrayList<>();
            for (Future<Integer> f : done) {
                results.add(f.get(10, TimeUnit.SECONDS));
            }
            Collections.sort(results);
            assertEquals(24, results.size());
            assertEquals(23, results.get(23));
            assertTrue(most.get() <= 2, "at most 2 at once, saw " + most.get());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void whenAWriteFailsThenItsTurnIsGivenBack() {
        WriteGate gate = gate(1, 1);
        assertThrows(IllegalStateException.class, () -> gate.through(() -> {
            throw new IllegalStateException("rolled back");
        }));
        assertEquals("next", gate.through(() -> "next"));
    }

    @Test
    void whenAWriteWaitsLongerThanAllowedThenItIsRefusedWithoutRunning() throws Exception {
        WriteGate gate = gate(1, 0);
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread holder = new Thread(() -> gate.through(() -> {
            inside.countDown();
            await(release);
            return null;
        }));
        holder.start();
        assertTrue(inside.await(5, TimeUnit.SECONDS));
        AtomicInteger ran = new AtomicInteger();
        assertThrows(Busy.class, () -> gate.through(ran::incrementAndGet));
        release.countDown();
        holder.join(5000);
        assertEquals(0, ran.get());
    }

    @Test
    void whenTheGateIsTurnedOffThenWritesRunAtOnceWithoutWaiting() throws Exception {
        WriteGate gate = gate(0, 0);
        CountDownLatch both = new CountDownLatch(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Boolean>> done = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                done.add(pool.submit(() -> gate.through(() -> {
                    both.countDown();
                    try {
                        return both.await(5, TimeUnit.SECONDS); // true only when the other one runs at the same time
                    } catch (InterruptedException e) {
                        return false;
                    }
                })));
            }
            for (Future<Boolean> f : done) {
                assertTrue(f.get(10, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
