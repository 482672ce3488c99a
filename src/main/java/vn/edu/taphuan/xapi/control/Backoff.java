package vn.edu.taphuan.xapi.control;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * How long to wait after the n-th failure in a row: exponential (1 s, 2 s, 4 s, …) up to a ceiling, with "equal
 * jitter" — half the delay fixed, half random — so instances and targets that failed together do not retry together,
 * yet nobody retries at once.
 */
public final class Backoff {
    private final Duration base;
    private final Duration max;
    private final RandomGenerator random;

    public Backoff(Duration base, Duration max, RandomGenerator random) {
        this.base = base;
        this.max = max;
        this.random = random;
    }

    public Duration after(int failures) {
        if (failures <= 0) {
            return Duration.ZERO;
        }
        long ceiling = max.toMillis();
        long delay = base.toMillis();
        for (int i = 1; i < failures && delay < ceiling; i++) {
            delay *= 2;
        }
        delay = Math.min(delay, ceiling);
        long half = delay / 2;
        return Duration.ofMillis(half + (half == 0 ? 0 : random.nextLong(half + 1)));
    }
}
