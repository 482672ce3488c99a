package vn.edu.taphuan.xapi.control;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BackoffTest {
    final Backoff backoff = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(60), new Random(7));

    @Test
    void whenFailuresRepeatThenTheWaitDoublesWithinHalfToFullOfTheStep() {
        for (int failures = 1; failures <= 6; failures++) {
            long step = 1000L << (failures - 1);
            for (int i = 0; i < 50; i++) {
                long wait = backoff.after(failures).toMillis();
                assertTrue(wait >= step / 2 && wait <= step, failures + " failures waited " + wait + " ms, step " + step);
            }
        }
    }

    @Test
    void whenFailuresAreManyThenTheWaitStaysUnderTheCeiling() {
        for (int i = 0; i < 100; i++) {
            long wait = backoff.after(40).toMillis();
            assertTrue(wait >= 30_000 && wait <= 60_000, "waited " + wait);
        }
        assertEquals(Duration.ZERO, backoff.after(0));
    }

    @Test
    void whenTwoTargetsFailTogetherThenTheirWaitsDiffer() {
        long a = backoff.after(5).toMillis();
        long b = backoff.after(5).toMillis();
        long c = backoff.after(5).toMillis();
        assertTrue(a != b || b != c, "jitter spreads retries: " + a + " " + b + " " + c);
    }
}
