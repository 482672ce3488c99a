package vn.edu.taphuan.directory.control;

import org.junit.jupiter.api.Test;
import vn.edu.taphuan.directory.entity.ImportKind;
import vn.edu.taphuan.platform.Messages;
import vn.edu.taphuan.platform.Problem;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ImportHeaderTest {
    final ImportProblems problems = new ImportProblems(Locale.ENGLISH, 100);

    static List<ImportFile.Row> rows(String[]... rows) {
        List<ImportFile.Row> result = new java.util.ArrayList<>();
        for (int i = 0; i < rows.length; i++) {
            result.add(new ImportFile.Row(i + 1, rows[i]));
        }
        return result;
    }

    static String[] cells(String... c) {
        return c;
    }

    @Test
    void whenHeadersAreVietnameseThenEveryColumnIsFound() {
        var header = ImportHeader.resolve(ImportKind.STAFF, rows(cells("Mã nhân sự", "Họ và tên", "Giới tính", "Nhóm", "Trạng thái",
                "Ngày bắt đầu", "Ngày kết thúc", "Mã trường"), cells("GV1", "A", "Nữ", "VC", "", "", "", "THCS01")), problems);
        assertTrue(header.isPresent(), problems.details().toString());
        assertEquals("THCS01", header.get().cell(header.get().data().get(0), ImportColumn.STAFF_SCHOOL));
        assertEquals("GV1", header.get().cell(header.get().data().get(0), ImportColumn.STAFF_CODE));
    }

    @Test
    void whenHeadersAreEnglishOrOddlyWrittenThenTheyMatchToo() {
        var header = ImportHeader.resolve(ImportKind.STAFF, rows(cells("STAFF CODE", "full-name", "Gioi tinh", "category", "school_code", "STT"),
                cells("GV1", "A", "Nữ", "VC", "THCS01", "1")), problems);
        assertTrue(header.isPresent(), problems.details().toString());
        assertFalse(header.get().has(ImportColumn.STATUS));
        assertEquals("A", header.get().cell(header.get().data().get(0), ImportColumn.FULL_NAME));
    }

    @Test
    void whenHeaderCellHoldsBothLanguagesThenEitherPartMatches() {
        assertEquals(Optional.of(ImportColumn.STAFF_CODE), ImportHeader.match("Mã nhân sự / staff_code", ImportColumn.of(ImportKind.STAFF)));
        assertEquals(Optional.of(ImportColumn.FULL_NAME), ImportHeader.match("Họ và tên (*)", ImportColumn.of(ImportKind.STAFF)));
        assertEquals(Optional.of(ImportColumn.WARD), ImportHeader.match("Phường/xã", ImportColumn.of(ImportKind.SCHOOLS)));
    }

    @Test
    void whenTitleRowsComeFirstThenTheHeaderRowIsFoundBelowThem() {
        var header = ImportHeader.resolve(ImportKind.SCHOOLS, rows(cells("DANH SÁCH TRƯỜNG THCS NĂM HỌC 2024-2025"), cells("", ""),
                cells("Mã trường", "Tên trường", "Phường/xã", "Loại hình"), cells("T1", "Trường 1", "P1", "CL")), problems);
        assertTrue(header.isPresent(), problems.details().toString());
        assertEquals(3, header.get().headerRow());
        assertEquals(4, header.get().data().get(0).number());
    }

    @Test
    void whenHeadersAreUnknownMissingOrRepeatedThenEachIsAProblemOnRowOne() {
        var header = ImportHeader.resolve(ImportKind.STAFF, rows(cells("Mã nhân sự", "Họ và tên", "Chức vụ", "Nhóm", "Mã trường", "full_name"),
                cells("GV1", "A", "GV", "VC", "THCS01", "A")), problems);
        assertTrue(header.isEmpty());
        List<Problem.Detail> d = problems.details();
        assertEquals(3, d.size(), d.toString());
        assertTrue(d.stream().allMatch(p -> p.row() == 1));
        assertEquals("Chức vụ", d.get(0).field());
        assertTrue(d.get(0).fix().contains("Giới tính / gender"), d.get(0).fix());
        assertEquals("full_name", d.get(1).field());
        assertTrue(d.get(1).problem().contains("twice"));
        assertEquals("gender", d.get(2).field());
        assertEquals(Messages.format(Locale.ENGLISH, "import.header.missing"), d.get(2).problem());
    }

    @Test
    void whenBlankHeaderHasValuesThenItIsAProblemNamingTheColumnLetter() {
        ImportHeader.resolve(ImportKind.SCHOOLS, rows(cells("Mã trường", "Tên trường", "Phường/xã", "Loại hình", ""),
                cells("T1", "Trường 1", "P1", "CL", "x")), problems);
        assertEquals(1, problems.count());
        assertEquals("E", problems.details().get(0).field());
    }

    @Test
    void whenOnlyTheHeaderIsThereThenNoRowsIsAProblem() {
        assertTrue(ImportHeader.resolve(ImportKind.SCHOOLS, rows(cells("Mã trường", "Tên trường", "Phường/xã", "Loại hình")), problems).isEmpty());
        assertEquals(2, problems.details().get(0).row());
    }
}
