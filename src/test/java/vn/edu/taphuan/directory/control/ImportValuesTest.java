package vn.edu.taphuan.directory.control;

import org.junit.jupiter.api.Test;
import vn.edu.taphuan.directory.entity.Gender;
import vn.edu.taphuan.directory.entity.SchoolType;
import vn.edu.taphuan.directory.entity.StaffCategory;
import vn.edu.taphuan.directory.entity.StaffStatus;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ImportValuesTest {

    @Test
    void whenFoldingThenCaseDiacriticsAndPunctuationDisappear() {
        assertEquals("can bo quan ly", ImportValues.fold("  Cán Bộ  Quản-Lý "));
        assertEquals("ngoai cong lap", ImportValues.fold("NGOÀI CÔNG LẬP"));
        assertEquals("dang lam viec", ImportValues.fold("Đang làm việc"));
        assertEquals("non public", ImportValues.fold("NON_PUBLIC"));
    }

    @Test
    void whenCleaningThenDecomposedAccentsBecomeComposedAndSpacesSingle() {
        String decomposed = Normalizer.normalize("Nguyễn  Thị\u00A0Ánh", Normalizer.Form.NFD);
        assertEquals("Nguyễn Thị Ánh", ImportValues.clean(" " + decomposed + " "));
    }

    @Test
    void whenGenderIsVietnameseOrEnglishThenItIsUnderstood() {
        assertEquals(Optional.of(Gender.FEMALE), ImportValues.gender("Nữ"));
        assertEquals(Optional.of(Gender.FEMALE), ImportValues.gender("nu"));
        assertEquals(Optional.of(Gender.FEMALE), ImportValues.gender("Female"));
        assertEquals(Optional.of(Gender.MALE), ImportValues.gender("NAM"));
        assertEquals(Optional.of(Gender.MALE), ImportValues.gender("male"));
        assertEquals(Optional.of(Gender.OTHER), ImportValues.gender("Khác"));
        // as people write it on forms (issue 13): "Nữ giới", "Nam giới", "Phụ nữ"
        assertEquals(Optional.of(Gender.FEMALE), ImportValues.gender("Nữ giới"));
        assertEquals(Optional.of(Gender.FEMALE), ImportValues.gender("phụ nữ"));
        assertEquals(Optional.of(Gender.MALE), ImportValues.gender("Nam giới"));
        assertTrue(ImportValues.gender("Nữ giới?x").isEmpty());
    }

    @Test
    void whenCategoryIsWrittenAnyUsualWayThenItIsUnderstood() {
        assertEquals(Optional.of(StaffCategory.MANAGER), ImportValues.category("Cán bộ quản lý"));
        assertEquals(Optional.of(StaffCategory.MANAGER), ImportValues.category("CBQL"));
        assertEquals(Optional.of(StaffCategory.MANAGER), ImportValues.category("manager"));
        assertEquals(Optional.of(StaffCategory.EMPLOYEE), ImportValues.category("viên chức"));
        assertEquals(Optional.of(StaffCategory.EMPLOYEE), ImportValues.category("Giáo viên"));
        assertEquals(Optional.of(StaffCategory.EMPLOYEE), ImportValues.category("EMPLOYEE"));
        assertEquals(Optional.of(StaffCategory.OTHER), ImportValues.category("Nhân viên"));
        assertTrue(ImportValues.category("Hiệu trưởng").isEmpty());
    }

    @Test
    void whenStatusOrSchoolTypeIsGivenThenBothLanguagesWork() {
        assertEquals(Optional.of(StaffStatus.ACTIVE), ImportValues.status("Đang làm việc"));
        assertEquals(Optional.of(StaffStatus.ON_LEAVE), ImportValues.status("on leave"));
        assertEquals(Optional.of(StaffStatus.ON_LEAVE), ImportValues.status("ON_LEAVE"));
        assertEquals(Optional.of(StaffStatus.LEFT), ImportValues.status("Đã nghỉ"));
        assertEquals(Optional.of(SchoolType.PUBLIC), ImportValues.schoolType("Công lập"));
        assertEquals(Optional.of(SchoolType.NON_PUBLIC), ImportValues.schoolType("Ngoài công lập"));
        assertEquals(Optional.of(SchoolType.NON_PUBLIC), ImportValues.schoolType("non-public"));
        assertEquals(Optional.of(SchoolType.NON_PUBLIC), ImportValues.schoolType("Tư thục"));
        assertTrue(ImportValues.schoolType("bán công x").isEmpty());
    }

    @Test
    void whenDateIsDayMonthYearOrIsoThenItIsRead() {
        LocalDate sep1 = LocalDate.of(2020, 9, 1);
        assertEquals(Optional.of(sep1), ImportValues.date("01/09/2020"));
        assertEquals(Optional.of(sep1), ImportValues.date("1/9/2020"));
        assertEquals(Optional.of(sep1), ImportValues.date("01-09-2020"));
        assertEquals(Optional.of(sep1), ImportValues.date("01.09.2020"));
        assertEquals(Optional.of(sep1), ImportValues.date("2020-09-01"));
        assertEquals(Optional.of(sep1), ImportValues.date("2020-09-01 00:00:00"));
    }

    @Test
    void whenDateIsNoRealDayThenItIsRefused() {
        assertTrue(ImportValues.date("31/02/2024").isEmpty());
        assertTrue(ImportValues.date("13/13/2020").isEmpty());
        assertTrue(ImportValues.date("01/09/0202").isEmpty());
        assertTrue(ImportValues.date("2020/09/01 extra").isEmpty());
        assertTrue(ImportValues.date("1 tháng 9 2020").isEmpty());
        assertTrue(ImportValues.date("01/09/20").isEmpty());
    }

    @Test
    void whenCodeHasSpacesOrAccentsThenItIsNoCode() {
        assertTrue(ImportValues.isCode("GV-001.a_b"));
        assertTrue(!ImportValues.isCode("GV 001"));
        assertTrue(!ImportValues.isCode("Mã01"));
    }
}
