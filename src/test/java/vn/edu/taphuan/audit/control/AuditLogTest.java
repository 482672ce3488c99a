package vn.edu.taphuan.audit.control;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.edu.taphuan.audit.entity.Actor;
import vn.edu.taphuan.audit.entity.AuditKind;
import vn.edu.taphuan.platform.NumberBlocks;
import vn.edu.taphuan.platform.TestDatabase;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Audit entries on a real (in-memory) Derby with the service's migrations: written in the caller's transaction. */
class AuditLogTest {
    Connection c;
    AuditLog log;

    @BeforeEach
    void database() throws SQLException {
        c = TestDatabase.open();
        log = new AuditLog();
        AtomicLong next = new AtomicLong(1);
        log.numbers = new NumberBlocks() {
            @Override
            public long next(Counter counter) {
                return next.getAndIncrement();
            }
        };
        log.context = new AuditContext();
        log.context.use(Actor.account("hieutruong", "203.0.113.7", "THCS01"));
    }

    @AfterEach
    void close() throws SQLException {
        c.rollback();
        c.close();
    }

    @Test
    void whenTheCallersTransactionRollsBackThenTheEntryGoesWithIt() throws SQLException {
        c.setAutoCommit(false);
        log.record(c, AuditKind.STAFF_CATEGORY_CHANGED, "THCS01", "GV-1", "Nguyễn Thị Lan", "EMPLOYEE", "OTHER");
        assertEquals(1, count(), "the entry is visible inside the transaction");
        c.rollback();
        assertEquals(0, count(), "rolled back with the change it records");

        log.record(c, AuditKind.STAFF_CATEGORY_CHANGED, "THCS01", "GV-1", "Nguyễn Thị Lan", "EMPLOYEE", "OTHER");
        c.commit();
        assertEquals(1, count());
    }

    @Test
    void anEntryNamesWhoFromWhereWhatAndBeforeAfter() throws SQLException {
        log.record(c, AuditKind.STAFF_LEFT, "THCS01", "GV-2", "Trần Văn Minh", null, "x".repeat(3000));
        try (PreparedStatement p = c.prepareStatement("SELECT actor, actor_school, address, kind, school_code, staff_code, "
                + "subject, before_text, after_text, recorded_at FROM audit_entry");
             ResultSet rs = p.executeQuery()) {
            assertTrue(rs.next());
            assertEquals("account:hieutruong", rs.getString(1));
            assertEquals("THCS01", rs.getString(2));
            assertEquals("203.0.113.7", rs.getString(3));
            assertEquals("STAFF_LEFT", rs.getString(4));
            assertEquals("GV-2", rs.getString(6));
            assertEquals("Trần Văn Minh", rs.getString(7));
            assertEquals(null, rs.getString(8));
            assertEquals(2000, rs.getString(9).length(), "long texts are cut to the column, not refused");
            assertTrue(rs.getTimestamp(10) != null);
        }
    }

    @Test
    void aBatchWritesManyEntriesTaggedWithTheirImport() throws SQLException {
        c.setAutoCommit(false);
        try (AuditLog.Batch batch = log.batch(c, Actor.account("admin", "198.51.100.1", null), "job-1")) {
            for (int i = 0; i < 1234; i++) {
                batch.add(AuditKind.STAFF_SCHOOL_CHANGED, "THCS02", "GV-" + i, null, "THCS01", "THCS02");
            }
        }
        c.commit();
        try (PreparedStatement p = c.prepareStatement("SELECT COUNT(*), COUNT(DISTINCT id) FROM audit_entry "
                + "WHERE import_job = 'job-1' AND actor = 'account:admin' AND actor_school IS NULL");
             ResultSet rs = p.executeQuery()) {
            rs.next();
            assertEquals(1234, rs.getInt(1));
            assertEquals(1234, rs.getInt(2));
        }
    }

    @Test
    void nothingInTheAuditLogCanChangeOrRemoveAnEntry() {
        for (Class<?> type : new Class<?>[]{AuditLog.class, AuditLog.Batch.class, AuditContext.class}) {
            for (Method m : type.getDeclaredMethods()) {
                String name = m.getName().toLowerCase();
                assertFalse(Modifier.isPublic(m.getModifiers()) && (name.contains("update") || name.contains("delete")
                        || name.contains("remove") || name.contains("erase")), type.getSimpleName() + "." + m.getName());
            }
        }
        assertFalse(AuditLog.INSERT.toUpperCase().contains("UPDATE") || AuditLog.INSERT.toUpperCase().contains("DELETE"));
        assertTrue(Arrays.stream(AuditKind.values()).anyMatch(AuditKind::movesFigure));
    }

    private int count() throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT COUNT(*) FROM audit_entry"); ResultSet rs = p.executeQuery()) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
