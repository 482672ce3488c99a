package vn.edu.taphuan.privacy.control;

import org.junit.jupiter.api.Test;
import vn.edu.taphuan.directory.entity.Gender;
import vn.edu.taphuan.directory.entity.School;
import vn.edu.taphuan.directory.entity.SchoolType;
import vn.edu.taphuan.directory.entity.Staff;
import vn.edu.taphuan.directory.entity.StaffCategory;
import vn.edu.taphuan.directory.entity.StaffStatus;
import vn.edu.taphuan.platform.Clocks;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** When a person's data may be erased: the day after their leaving date plus the retention period, never before. */
class ErasureTest {
    final Erasure erasure = new Erasure();
    final School school = new School("THCS01", "Trường THCS Ánh Dương", "Phường Tân Mỹ", SchoolType.PUBLIC, "THCS");

    ErasureTest() {
        erasure.retentionYears = 5;
        erasure.clock = java.time.Clock.system(ZoneId.of("Asia/Ho_Chi_Minh"));
    }

    @Test
    void aPersonWhoLeftMayBeErasedFiveYearsAndADayAfterTheirLeavingDate() {
        assertEquals(Optional.of(LocalDate.of(2025, 7, 1)), erasure.erasableFrom(staff(StaffStatus.LEFT, LocalDate.of(2020, 6, 30))));
    }

    @Test
    void whenTheClockReachesTheErasableDayThenThePersonBecomesErasable() {
        Staff left = staff(StaffStatus.LEFT, LocalDate.of(2020, 6, 30));
        erasure.clock = Clocks.onDay(LocalDate.of(2025, 6, 30), ZoneId.of("Asia/Ho_Chi_Minh"));
        assertFalse(erasure.erasable(left));
        erasure.clock = Clocks.onDay(LocalDate.of(2025, 7, 1), ZoneId.of("Asia/Ho_Chi_Minh"));
        assertTrue(erasure.erasable(left));
    }

    @Test
    void someoneStillOnTheRosterOrWithoutALeavingDateIsNeverErasable() {
        assertEquals(Optional.empty(), erasure.erasableFrom(staff(StaffStatus.ACTIVE, null)));
        assertEquals(Optional.empty(), erasure.erasableFrom(staff(StaffStatus.LEFT, null)));
        assertEquals(Optional.empty(), erasure.erasableFrom(staff(StaffStatus.ON_LEAVE, LocalDate.of(2010, 1, 1))));
    }

    private Staff staff(StaffStatus status, LocalDate end) {
        Staff s = new Staff("GV09999", school);
        s.describe("Phan Thị Riêng", Gender.FEMALE, StaffCategory.EMPLOYEE, status, LocalDate.of(2015, 1, 1), end, school);
        return s;
    }
}
