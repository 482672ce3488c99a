package vn.edu.taphuan.directory.control;

import org.junit.jupiter.api.Test;
import vn.edu.taphuan.audit.entity.AuditKind;
import vn.edu.taphuan.directory.entity.Gender;
import vn.edu.taphuan.directory.entity.StaffCategory;
import vn.edu.taphuan.directory.entity.StaffStatus;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which audit entries a roster change leaves: one kind per change that can move a figure, names never written. */
class RosterChangesTest {
    static final RosterChanges.Facts LAN = new RosterChanges.Facts("GV-1", "Nguyễn Thị Lan", Gender.FEMALE, StaffCategory.EMPLOYEE,
            StaffStatus.ACTIVE, LocalDate.of(2020, 9, 1), null, "THCS01");

    static RosterChanges.Facts with(StaffCategory category, StaffStatus status, LocalDate end, String school, String name) {
        return new RosterChanges.Facts("GV-1", name, Gender.FEMALE, category, status, LAN.startDate(), end, school);
    }

    @Test
    void whenNothingChangedThenNoEntry() {
        assertEquals(List.of(), RosterChanges.between(LAN, LAN));
    }

    @Test
    void whenCategoryMovesThenOneFigureMovingEntryWithBeforeAndAfter() {
        List<RosterChanges.Change> changes = RosterChanges.between(LAN, with(StaffCategory.OTHER, StaffStatus.ACTIVE, null, "THCS01", LAN.fullName()));
        assertEquals(1, changes.size());
        RosterChanges.Change c = changes.get(0);
        assertEquals(AuditKind.STAFF_CATEGORY_CHANGED, c.kind());
        assertEquals("EMPLOYEE", c.before());
        assertEquals("OTHER", c.after());
        assertEquals("THCS01", c.schoolCode());
        assertTrue(c.kind().movesFigure());
    }

    @Test
    void whenPersonMovesSchoolThenBothSchoolsGetAnEntry() {
        List<RosterChanges.Change> changes = RosterChanges.between(LAN, with(StaffCategory.EMPLOYEE, StaffStatus.ACTIVE, null, "THCS02", LAN.fullName()));
        assertEquals(List.of("THCS01", "THCS02"), changes.stream().map(RosterChanges.Change::schoolCode).toList());
        assertTrue(changes.stream().allMatch(c -> c.kind() == AuditKind.STAFF_SCHOOL_CHANGED && c.after().equals("THCS02")));
    }

    @Test
    void whenPersonLeavesThenLeavingEntryNotAStatusChange() {
        List<RosterChanges.Change> changes = RosterChanges.between(LAN,
                with(StaffCategory.EMPLOYEE, StaffStatus.LEFT, LocalDate.of(2024, 6, 30), "THCS01", LAN.fullName()));
        assertEquals(List.of(AuditKind.STAFF_LEFT), changes.stream().map(RosterChanges.Change::kind).toList());
        assertEquals("status=LEFT; end=2024-06-30", changes.get(0).after());
    }

    @Test
    void whenOnlyTheNameChangesThenTheEntryHoldsNoName() {
        List<RosterChanges.Change> changes = RosterChanges.between(LAN, with(StaffCategory.EMPLOYEE, StaffStatus.ACTIVE, null, "THCS01", "Nguyễn Thị Lan Anh"));
        assertEquals(List.of(AuditKind.STAFF_CHANGED), changes.stream().map(RosterChanges.Change::kind).toList());
        assertFalse(changes.get(0).after().contains("Lan"), changes.get(0).after());
        assertFalse(changes.get(0).kind().movesFigure());
    }

    @Test
    void whenStartDateMovesThenDatesEntry() {
        var later = new RosterChanges.Facts("GV-1", LAN.fullName(), Gender.FEMALE, StaffCategory.EMPLOYEE, StaffStatus.ACTIVE,
                LocalDate.of(2025, 1, 1), null, "THCS01");
        RosterChanges.Change c = RosterChanges.between(LAN, later).get(0);
        assertEquals(AuditKind.STAFF_DATES_CHANGED, c.kind());
        assertTrue(c.before().contains("start=2020-09-01") && c.after().contains("start=2025-01-01"));
    }
}
