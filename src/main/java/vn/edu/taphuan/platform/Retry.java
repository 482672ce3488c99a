package vn.edu.taphuan.platform;

import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs work again when the database rolled it back for contention ({@link DatabaseFailure.Contention}): the one
 * retry policy of the service, used by the statement API (each attempt its own transaction) and the outbox claim.
 * Safe only for work whose failed attempt left nothing behind, which a rolled-back transaction guarantees. Every retry
 * is logged, so contention shows in the server log before it shows as failed requests.
 */
public final class Retry {
    private static final Logger LOG = Logger.getLogger(Retry.class.getName());

    private Retry() {
    }

    /** Runs {@code work} up to {@code attempts} times; the last attempt's contention is thrown on. */
    public static <T> T onContention(String what, int attempts, Supplier<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return work.get();
            } catch (DatabaseFailure.Contention e) {
                if (attempt >= attempts) {
                    throw e;
                }
                LOG.log(Level.INFO, "{0}: attempt {1} of {2} met contention, trying again ({3})",
                        new Object[]{what, attempt, attempts, e.getMessage()});
            }
        }
    }
}
