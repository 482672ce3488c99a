package vn.edu.taphuan.learning.control;

import jakarta.persistence.PersistenceException;
import jakarta.transaction.TransactionalException;

import java.util.function.Supplier;

/**
 * Runs a learning write (its own transaction) again once when it failed on a database conflict: two first
 * requests for the same course both starting it, or a lock wait given up. The second run sees the other's
 * committed row. Errors for the user ({@code Problem}) are not retried.
 */
public final class Retry {

    private Retry() {
    }

    public static <T> T once(Supplier<T> transaction) {
        try {
            return transaction.get();
        } catch (PersistenceException | TransactionalException conflict) {
            return transaction.get();
        }
    }
}
