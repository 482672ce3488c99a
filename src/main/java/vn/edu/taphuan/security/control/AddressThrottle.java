package vn.edu.taphuan.security.control;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Slows password guessing across many usernames from one address: after {@value #MAX_FAILURES} failures in a
 * {@value #WINDOW_MINUTES}-minute window, that address is refused until the window ends. Per-account locking
 * is kept in the database (shared by all instances); this per-address guard is per instance, which is enough
 * to make spraying expensive.
 */
@ApplicationScoped
public class AddressThrottle {
    static final int MAX_FAILURES = 50;
    static final int WINDOW_MINUTES = 15;

    private record Window(long startMillis, int failures) {
    }

    private final ConcurrentMap<String, Window> windows = new ConcurrentHashMap<>();

    public boolean blocked(String address) {
        Window w = windows.get(address);
        return w != null && !expired(w) && w.failures() >= MAX_FAILURES;
    }

    public void failed(String address) {
        if (windows.size() > 100_000) {
            windows.values().removeIf(this::expired);
        }
        windows.merge(address, new Window(System.currentTimeMillis(), 1),
                (old, one) -> expired(old) ? one : new Window(old.startMillis(), old.failures() + 1));
    }

    public long windowMinutes() {
        return WINDOW_MINUTES;
    }

    private boolean expired(Window w) {
        return System.currentTimeMillis() - w.startMillis() > WINDOW_MINUTES * 60_000L;
    }
}
