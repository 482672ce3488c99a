package vn.edu.taphuan.security.control;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Slows password guessing with a growing delay instead of a lock (docs/decisions/0004-authentication.md). Failures
 * are counted under three keys, each with its own free attempts and delay curve; an attempt must wait until every
 * applicable delay since that key's last failure has passed, and while it waits it is refused without its password
 * being looked at (so waiting attempts neither count nor reveal anything):
 * <ul>
 * <li><b>name + address</b> — the guesser's own pair: 3 free, then 1 s, 2 s, 4 s … up to 15 minutes;</li>
 * <li><b>name</b> from any address — guessing one account from many places: 10 free, then 1 s … up to 1 minute,
 * never more, so nobody can lock an administrator out; skipped for a known-good device;</li>
 * <li><b>address</b> for any name — spraying from one place: 50 free (a school's staff share one public address),
 * then 1 s growing by a second per ten failures up to 10 s; skipped for a known-good device.</li>
 * </ul>
 * The name is the one typed (trimmed, lower case), whether an account has it or not: unknown names get the same
 * answers at the same moments. A key forgets its failures 15 minutes after the last one. Counts are kept per
 * instance: behind a load balancer with n instances a guesser gets at most n times the attempts.
 */
@ApplicationScoped
public class SignInThrottle {
    static final long FORGET_MILLIS = 15 * 60_000L;
    private static final int MAX_KEYS = 200_000;

    /** Free attempts, then a delay doubling (or growing by steps) up to a ceiling. */
    enum Curve {
        PAIR(3, 900, true), NAME(10, 60, true), ADDRESS(50, 10, false);

        final int free;
        final long maxSeconds;
        final boolean doubling;

        Curve(int free, long maxSeconds, boolean doubling) {
            this.free = free;
            this.maxSeconds = maxSeconds;
            this.doubling = doubling;
        }

        /** Seconds to wait after the {@code failures}-th failure in a row. */
        long delaySeconds(int failures) {
            if (failures < free) {
                return 0;
            }
            int over = failures - free;
            long delay = doubling ? (over >= 20 ? maxSeconds : 1L << over) : 1 + over / 10;
            return Math.min(delay, maxSeconds);
        }
    }

    private record Count(int failures, long lastMillis) {
    }

    private final Map<String, Count> counts = new ConcurrentHashMap<>();
    private final LongSupplier clock;

    public SignInThrottle() {
        this(System::currentTimeMillis);
    }

    SignInThrottle(LongSupplier clock) {
        this.clock = clock;
    }

    /** Seconds the next attempt of {@code name} from {@code address} must still wait; 0 = go ahead. */
    public long waitSeconds(String name, String address, boolean knownDevice) {
        long now = clock.getAsLong();
        long wait = remaining(pair(name, address), Curve.PAIR, now);
        if (!knownDevice) {
            wait = Math.max(wait, remaining("n\u0000" + normal(name), Curve.NAME, now));
            wait = Math.max(wait, remaining("a\u0000" + address, Curve.ADDRESS, now));
        }
        return wait;
    }

    public void failed(String name, String address) {
        long now = clock.getAsLong();
        if (counts.size() > MAX_KEYS) {
            counts.values().removeIf(c -> now - c.lastMillis() > FORGET_MILLIS);
        }
        count(pair(name, address), now);
        count("n\u0000" + normal(name), now);
        count("a\u0000" + address, now);
    }

    /**
     * The right password: the pair starts again. The name and address keep their counts until they are forgotten, so
     * a guesser gains nothing from the owner's sign-ins in between.
     */
    public void succeeded(String name, String address) {
        counts.remove(pair(name, address));
    }

    /** An administrator reset the password: the name starts again everywhere (on this instance). */
    public void forgive(String name) {
        String n = normal(name);
        counts.keySet().removeIf(k -> k.equals("n\u0000" + n) || k.startsWith("p\u0000" + n + "\u0000"));
    }

    private void count(String key, long now) {
        counts.merge(key, new Count(1, now), (old, one) ->
                now - old.lastMillis() > FORGET_MILLIS ? one : new Count(old.failures() + 1, now));
    }

    private long remaining(String key, Curve curve, long now) {
        Count c = counts.get(key);
        if (c == null || now - c.lastMillis() > FORGET_MILLIS) {
            return 0;
        }
        long until = c.lastMillis() + curve.delaySeconds(c.failures()) * 1000;
        return until <= now ? 0 : (until - now + 999) / 1000;
    }

    private static String pair(String name, String address) {
        return "p\u0000" + normal(name) + "\u0000" + address;
    }

    private static String normal(String name) {
        return name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
    }
}
