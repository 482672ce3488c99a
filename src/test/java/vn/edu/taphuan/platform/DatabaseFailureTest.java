package vn.edu.taphuan.platform;

import jakarta.persistence.PersistenceException;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The SQL state's class types a failure; a constraint's refusal is found however deep JPA wrapped it. */
class DatabaseFailureTest {

    @Test
    void theStateClassTypesTheFailure() {
        assertInstanceOf(DatabaseFailure.Duplicate.class, DatabaseFailure.of("Saving", new SQLException("dup", "23505")));
        assertInstanceOf(DatabaseFailure.Contention.class, DatabaseFailure.of("Saving", new SQLException("deadlock", "40001")));
    }

    @Test
    void aDuplicateIsFoundUnderJpasWrappers() {
        RuntimeException flush = new PersistenceException("flush", new IllegalStateException("EclipseLink", new SQLException("dup", "23505")));
        assertTrue(DatabaseFailure.duplicateIn(flush));
        assertFalse(DatabaseFailure.duplicateIn(new PersistenceException("flush", new SQLException("deadlock", "40001"))));
        assertFalse(DatabaseFailure.duplicateIn(new IllegalStateException("no SQL at all")));
        assertFalse(DatabaseFailure.duplicateIn(new PersistenceException("no state", new SQLException("unknown"))));
    }
}
