package vn.edu.taphuan.directory.control;

import org.junit.jupiter.api.Test;
import vn.edu.taphuan.directory.RosterFile;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ImportFileTest {
    final ImportProblems problems = new ImportProblems(Locale.ENGLISH, 100);

    ImportFile.Sheet read(byte[] bytes, String name) {
        return ImportFile.read(bytes, name, 1000, problems);
    }

    @Test
    void whenCsvHasByteOrderMarkThenTheFirstHeaderIsClean() {
        byte[] bytes = RosterFile.staffVi().person("GV1", "Nguyễn Thị Hoa", "THCS01").csvWithBom();
        assertEquals((byte) 0xEF, bytes[0]);
        var sheet = read(bytes, "a.csv");
        assertFalse(problems.any(), problems.details().toString());
        assertEquals(ImportFile.Format.CSV, sheet.format());
        assertEquals("Mã nhân sự", sheet.rows().get(0).cell(0));
        assertEquals("Nguyễn Thị Hoa", sheet.rows().get(1).cell(1));
    }

    @Test
    void whenCsvHasNoByteOrderMarkThenItReadsTheSame() {
        var sheet = read(RosterFile.staffVi().person("GV1", "Nguyễn Thị Hoa", "THCS01").csv(), null);
        assertFalse(problems.any());
        assertEquals("Mã nhân sự", sheet.rows().get(0).cell(0));
        assertEquals(2, sheet.rows().get(1).number());
    }

    @Test
    void whenCsvUsesSemicolonsThenTheyAreTheDelimiter() {
        var sheet = read("Mã trường;Tên trường;Phường/xã;Loại hình\nT1;\"Trường A, B\";P1;CL\n".getBytes(StandardCharsets.UTF_8), "x.csv");
        assertArrayEquals(new String[]{"T1", "Trường A, B", "P1", "CL"}, sheet.rows().get(1).cells());
    }

    @Test
    void whenBlankLinesOrQuotedLineBreaksThenRowNumbersStayAsExcelShowsThem() {
        String text = "a,b\r\n\r\n\"x\ny\",2\r\nlast,3\r\n";
        var sheet = read(text.getBytes(StandardCharsets.UTF_8), "x.csv");
        assertEquals(3, sheet.rows().size());
        assertEquals(3, sheet.rows().get(1).number());
        assertEquals(4, sheet.rows().get(2).number());
    }

    @Test
    void whenCsvIsWindows1258ThenWrongEncodingNamesRowAndColumn() {
        Charset cp1258 = Charset.forName("windows-1258");
        RosterFile file = RosterFile.staffEn().person("GV1", "Le Van An", "THCS01")
                .person("GV2", Normalizer.normalize("Nguyễn Thị Hoa", Normalizer.Form.NFD), "THCS01")
                .person("GV3", "Pham Van Binh", "THCS01");
        var sheet = read(file.csv(cp1258, false), "roster.csv");
        assertTrue(sheet.rows().isEmpty());
        assertEquals(1, problems.count(), problems.details().toString());
        var d = problems.details().get(0);
        assertEquals(3, d.row());
        assertEquals("full_name", d.field());
        assertTrue(d.problem().startsWith("Wrong encoding"), d.problem());
        assertTrue(d.fix().contains("CSV UTF-8"), d.fix());
    }

    @Test
    void whenCsvIsUtf16ThenItIsRefusedAsWrongEncoding() {
        byte[] bytes = "\uFEFFMã trường\tTên trường\n".getBytes(StandardCharsets.UTF_16LE);
        read(bytes, "x.txt");
        assertTrue(problems.details().get(0).problem().contains("UTF-16"));
    }

    @Test
    void whenFileIsEmptyOrOnlyAByteOrderMarkThenItIsEmpty() {
        read(new byte[0], "x.csv");
        read(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "x.csv");
        assertEquals(2, problems.count());
        assertTrue(problems.details().stream().allMatch(d -> d.problem().contains("empty")));
    }

    @Test
    void whenFileIsOldExcelThenItIsRefusedWithAHowTo() {
        read(new byte[]{(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0, 0, 0}, "ds.xls");
        assertTrue(problems.details().get(0).fix().contains(".xlsx"));
    }

    @Test
    void whenXlsxHasDateCellsThenTheyComeAsIsoDatesWhateverTheDisplay() {
        var sheet = read(RosterFile.staffVi().person("GV1", "Trần Văn Nam", "THCS01").row("00123", "Lê B", "Nam", "CBQL", "", "2019-12-31", "", "THCS01").xlsx(), "a.bin");
        assertFalse(problems.any(), problems.details().toString());
        assertEquals(ImportFile.Format.XLSX, sheet.format());
        assertEquals("2020-09-01", sheet.rows().get(1).cell(5));
        assertEquals("2019-12-31", sheet.rows().get(2).cell(5));
        assertEquals("", sheet.rows().get(2).cell(6));
        assertEquals("00123", sheet.rows().get(2).cell(0));
        assertEquals(3, sheet.rows().get(2).number());
    }

    @Test
    void whenZipIsNoWorkbookThenItIsUnreadable() {
        read(new byte[]{'P', 'K', 3, 4, 1, 2, 3}, "a.xlsx");
        assertEquals(1, problems.count());
        assertTrue(problems.details().get(0).problem().contains(".xlsx"));
    }

    @Test
    void whenThereAreMoreRowsThanAllowedThenTheFileIsRefused() {
        RosterFile file = RosterFile.schoolsVi();
        for (int i = 0; i < 5; i++) {
            file.school("T" + i, "Trường " + i, "P1");
        }
        assertTrue(ImportFile.read(file.csv(), "a.csv", 4, problems).rows().isEmpty());
        assertTrue(ImportFile.read(file.xlsx(), "a.xlsx", 4, problems).rows().isEmpty());
        assertEquals(2, problems.count());
        assertEquals(5, problems.details().get(0).row());
        assertEquals(5, problems.details().get(1).row());
    }
}
