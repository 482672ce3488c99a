package vn.edu.taphuan.audit.control;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.edu.taphuan.audit.entity.Actor;
import vn.edu.taphuan.audit.entity.AuditEntry;
import vn.edu.taphuan.audit.entity.AuditFilter;
import vn.edu.taphuan.audit.entity.AuditKind;
import vn.edu.taphuan.platform.NumberBlocks;
import vn.edu.taphuan.platform.TestDatabase;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Reading the audit log on a real (in-memory) Derby with the service's migrations: filters, and a school's own changes. */
class AuditTrailTest {
    Connection c;
    AuditLog log;
    AuditTrail trail;

    @BeforeEach
    void entries() throws SQLException {
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
        EmbeddedDataSource ds = new EmbeddedDataSource();
        ds.setDatabaseName(c.getMetaData().getURL().substring("jdbc:derby:".length()));
        trail = new AuditTrail();
        trail.dataSource = ds;
        trail.zone = java.time.ZoneId.of("Asia/Ho_Chi_Minh");

        as(Actor.account("hieutruong", "10.0.0.1", "THCS01"));
        log.record(c, AuditKind.STAFF_CATEGORY_CHANGED, "THCS01", "GV-1", null, "EMPLOYEE", "OTHER");
        log.record(c, AuditKind.STAFF_CHANGED, "THCS01", "GV-1", null, "gender=MALE", "gender=FEMALE");
        as(Actor.account("admin", "10.0.0.2", null));
        log.record(c, AuditKind.STAFF_LEFT, "THCS01", "GV-2", null, "status=ACTIVE; end=-", "status=LEFT; end=2024-06-30");
        as(Actor.account("hieutruong2", "10.0.0.3", "THCS02"));
        log.record(c, AuditKind.STAFF_LEFT, "THCS02", "GV-3", null, "status=ACTIVE; end=-", "status=LEFT; end=2024-06-30");
        log.record(c, AuditKind.STAFF_SCHOOL_CHANGED, "THCS01", "GV-3", null, "THCS02", "THCS01");
    }

    void as(Actor actor) {
        log.context.use(actor);
    }

    @AfterEach
    void close() throws SQLException {
        c.close();
    }

    static AuditFilter school(String code) {
        return new AuditFilter(code, null, null, null, null, null, false);
    }

    @Test
    void filtersBySchoolPersonKindAndDay() {
        assertEquals(4, trail.page(school("THCS01"), 0, 50).total());
        assertEquals(2, trail.page(new AuditFilter(null, "GV-1", null, null, null, null, false), 0, 50).total());
        assertEquals(2, trail.page(new AuditFilter(null, null, AuditKind.STAFF_LEFT, null, null, null, false), 0, 50).total());
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        assertEquals(5, trail.page(new AuditFilter(null, null, null, today, today, null, false), 0, 50).total());
        assertEquals(0, trail.page(new AuditFilter(null, null, null, today.plusDays(1), null, null, false), 0, 50).total());
        assertEquals(0, trail.page(new AuditFilter(null, null, null, null, today.minusDays(1), null, false), 0, 50).total());
        List<AuditEntry> second = trail.page(school("THCS01"), 1, 3).items();
        assertEquals(1, second.size(), "pages of three: the fourth entry is on the second page");
        assertEquals("STAFF_CATEGORY_CHANGED", second.get(0).kind().name(), "newest first: the oldest is last");
    }

    @Test
    void aSchoolsOwnChangesAreThoseItsAccountsMadeThatMoveTheFigure() {
        Map<String, AuditTrail.SchoolChanges> own = trail.bySchoolsThemselves(LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")), 5);
        // THCS01: the principal's category change (not their gender fix, not the district's leaver, not THCS02's move in)
        assertEquals(1, own.get("THCS01").count());
        assertEquals("OTHER", own.get("THCS01").latest().get(0).after());
        assertEquals(1, own.get("THCS02").count());
        assertEquals(2, own.size());
        assertEquals(0, trail.bySchoolsThemselves(LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusDays(1), 5).size());
    }

    @Test
    void entriesOfSchoolsSinceAMomentOldestFirst() {
        List<AuditEntry> since = trail.since(Instant.now().minusSeconds(3600), List.of("THCS02", "THCS01"));
        assertEquals(5, since.size());
        assertEquals(AuditKind.STAFF_CATEGORY_CHANGED, since.get(0).kind());
        assertEquals(0, trail.since(Instant.now().plusSeconds(3600), List.of("THCS01")).size());
        assertEquals(0, trail.since(Instant.now().minusSeconds(3600), List.of()).size());
    }
}
