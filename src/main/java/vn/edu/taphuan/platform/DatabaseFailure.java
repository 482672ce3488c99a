package vn.edu.taphuan.platform;

import java.sql.SQLException;

/**
 * A database failure, typed by what a caller can do about it, from the SQL state's class (the first two characters,
 * SQL:2016 and JDBC {@link SQLException#getSQLState()}): {@link Duplicate} (class 23, integrity constraint: another
 * writer stored the same key first) and {@link Contention} (class 40, transaction rollback: deadlock or lock time-out;
 * the work may simply be run again, see {@link Retry}). Anything else is a plain {@code DatabaseFailure}. An
 * {@link IllegalStateException}, as the untyped wrappers it replaces were, so no caller or error answer changes.
 */
public class DatabaseFailure extends IllegalStateException {

    DatabaseFailure(String message, SQLException cause) {
        super(message, cause);
    }

    /** Class 23: a unique or other integrity constraint refused the write. */
    public static final class Duplicate extends DatabaseFailure {
        Duplicate(String message, SQLException cause) {
            super(message, cause);
        }
    }

    /** Class 40: the database rolled the transaction back for contention; nothing of it remains. */
    public static final class Contention extends DatabaseFailure {
        public Contention(String message, SQLException cause) {
            super(message, cause);
        }
    }

    /** "{@code what} failed: reason", typed by the SQL state. */
    public static DatabaseFailure of(String what, SQLException e) {
        String message = what + " failed: " + e.getMessage();
        if (duplicate(e)) {
            return new Duplicate(message, e);
        }
        return contention(e) ? new Contention(message, e) : new DatabaseFailure(message, e);
    }

    /** Whether an integrity constraint refused the write (SQL state class 23). */
    public static boolean duplicate(SQLException e) {
        return stateClass(e, "23");
    }

    /**
     * Whether a failure anywhere in this chain of causes is an integrity constraint's refusal: for writes through JPA,
     * whose flush wraps the driver's exception in EclipseLink's and JPA's own.
     */
    public static boolean duplicateIn(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException e && duplicate(e)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the database rolled back for contention: deadlock, lock time-out (SQL state class 40). */
    public static boolean contention(SQLException e) {
        return stateClass(e, "40");
    }

    private static boolean stateClass(SQLException e, String stateClass) {
        return e.getSQLState() != null && e.getSQLState().startsWith(stateClass);
    }
}
