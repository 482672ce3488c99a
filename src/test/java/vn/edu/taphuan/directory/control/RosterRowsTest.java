package vn.edu.taphuan.directory.control;

import org.junit.jupiter.api.Test;
import vn.edu.taphuan.directory.RosterFile;
import vn.edu.taphuan.directory.entity.Gender;
import vn.edu.taphuan.directory.entity.ImportKind;
import vn.edu.taphuan.directory.entity.SchoolType;
import vn.edu.taphuan.directory.entity.StaffCategory;
import vn.edu.taphuan.directory.entity.StaffStatus;
import vn.edu.taphuan.platform.Problem;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RosterRowsTest {
    final ImportProblems problems = new ImportProblems(new Locale("vi"), 100);

    RosterRows.Staff staff(RosterFile file) {
        var sheet = ImportFile.read(file.csv(), "a.csv", 1000, problems);
        var header = ImportHeader.resolve(ImportKind.STAFF, sheet.rows(), problems).orElseThrow();
        return RosterRows.staff(header, problems, n -> { });
    }

    @Test
    void whenRowsAreGoodThenTheyBecomeStaffWithoutProblems() {
        RosterRows.Staff s = staff(RosterFile.staffVi().person("GV1", "Nguyễn Thị Hoa", "THCS01")
                .row("GV2", "Trần Văn Nam", "nam", "cbql", "tạm nghỉ", "2018-01-15", "31/12/2024", "THCS02"));
        assertFalse(problems.any(), problems.details().toString());
        assertTrue(s.hasStatus() && s.hasStartDate() && s.hasEndDate());
        var r = s.rows().get(1);
        assertEquals(3, r.row());
        assertEquals(Gender.MALE, r.gender());
        assertEquals(StaffCategory.MANAGER, r.category());
        assertEquals(StaffStatus.ON_LEAVE, r.status());
        assertEquals(LocalDate.of(2018, 1, 15), r.startDate());
        assertEquals(LocalDate.of(2024, 12, 31), r.endDate());
    }

    @Test
    void whenStatusColumnIsMissingThenNewPeopleAreActiveAndTheFileSaysSo() {
        RosterRows.Staff s = staff(RosterFile.staffEn().person("GV1", "A B", "THCS01").without("status").without("end_date"));
        assertFalse(problems.any(), problems.details().toString());
        assertFalse(s.hasStatus());
        assertFalse(s.hasEndDate());
        assertEquals(StaffStatus.ACTIVE, s.rows().get(0).status());
    }

    @Test
    void whenManyRowsAreBadThenEveryProblemIsListedWithRowColumnValueAndFix() {
        staff(RosterFile.staffVi()
                .person("GV1", "Nguyễn Thị Hoa", "THCS01")                                            // row 2: fine
                .person("GV1", "Nguyễn Thị Hoa", "THCS01")                                            // row 3: code twice
                .row("GV3", "", "Nữ", "Viên chức", "", "", "", "THCS01")                              // row 4: no name
                .row("GV4", "Lê Văn Bình", "Nam", "Giáo viên chủ nhiệm", "", "", "", "THCS01")        // row 5: bad category
                .row("GV5", "Lê Văn Bình", "Trai gái", "Viên chức", "", "", "", "THCS01")             // row 6: bad gender
                .row("GV6", "Lê Văn Bình", "Nam", "Viên chức", "Nghỉ dài", "", "", "THCS01")          // row 7: bad status
                .row("GV7", "Lê Văn Bình", "Nam", "Viên chức", "", "31/02/2024", "", "THCS01")        // row 8: bad date
                .row("GV8", "Lê Văn Bình", "Nam", "Viên chức", "", "01/09/2024", "01/01/2024", "THCS01") // row 9: end before start
                .row("GV 9", "Lê Văn Bình", "Nam", "Viên chức", "", "", "", "THCS01")                 // row 10: code with space
                .row("GV10", "Lê".repeat(101), "Nam", "Viên chức", "", "", "", "THCS01"));           // row 11: name too long
        List<Problem.Detail> d = problems.details();
        assertEquals(List.of(3, 4, 5, 6, 7, 8, 9, 10, 11), d.stream().map(Problem.Detail::row).toList(), d.toString());
        assertEquals(List.of("Mã nhân sự", "Họ và tên", "Nhóm", "Giới tính", "Trạng thái", "Ngày bắt đầu", "Ngày kết thúc", "Mã nhân sự", "Họ và tên"),
                d.stream().map(Problem.Detail::field).toList());
        assertTrue(d.get(0).problem().contains("dòng 2"), d.get(0).problem());
        assertNull(d.get(1).value());
        assertEquals("Giáo viên chủ nhiệm", d.get(2).value());
        assertTrue(d.get(2).fix().contains("Cán bộ quản lý / Manager"), d.get(2).fix());
        assertTrue(d.get(6).problem().contains("01/09/2024"), d.get(6).problem());
        assertTrue(d.get(8).problem().contains("202"), d.get(8).problem());
        assertTrue(d.stream().allMatch(p -> p.fix() != null && !p.fix().startsWith("import.")), d.toString());
    }

    @Test
    void whenSchoolsAreReadThenTypeAndDefaultLevelAreSet() {
        var sheet = ImportFile.read(RosterFile.schoolsVi().without("Cấp học").school("T1", "Trường 1", "P1")
                .row("T2", "Trường 2", "P2", "Ngoài công lập").row("T3", "Trường 3", "P2", "Bán công").csv(), "a.csv", 100, problems);
        var header = ImportHeader.resolve(ImportKind.SCHOOLS, sheet.rows(), problems).orElseThrow();
        RosterRows.Schools s = RosterRows.schools(header, problems, n -> { });
        assertFalse(s.hasLevel());
        assertEquals(SchoolType.NON_PUBLIC, s.rows().get(1).type());
        assertEquals(RosterRows.DEFAULT_LEVEL, s.rows().get(0).level());
        assertEquals(1, problems.count());
        assertEquals(4, problems.details().get(0).row());
        assertEquals("Loại hình", problems.details().get(0).field());
    }

    @Test
    void whenProblemsPassTheLimitThenAllAreCountedAndTheFirstListed() {
        ImportProblems few = new ImportProblems(Locale.ENGLISH, 2);
        for (int i = 0; i < 5; i++) {
            few.add(i + 2, "gender", "x", "import.gender", "Nữ / Female");
        }
        assertEquals(5, few.count());
        assertEquals(2, few.details().size());
        assertTrue(few.message().contains("5 problems"), few.message());
        assertEquals(2, few.toProblem().details().size());
    }
}
