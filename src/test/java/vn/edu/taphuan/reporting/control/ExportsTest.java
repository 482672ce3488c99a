package vn.edu.taphuan.reporting.control;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.edu.taphuan.reporting.entity.DistrictReport;
import vn.edu.taphuan.reporting.entity.Filter;
import vn.edu.taphuan.reporting.entity.ProgrammeView;
import vn.edu.taphuan.reporting.entity.ReportHeader;
import vn.edu.taphuan.reporting.entity.SchoolReport;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.edu.taphuan.reporting.control.RosterFixture.day;

/** CSV, XLSX and PDF written from the hand-built roster of {@link ReportsTest} carry its numbers and the filed layout. */
class ExportsTest extends OnScenario {
    static final ReportHeader HEADER = new ReportHeader("ỦY BAN NHÂN DÂN PHƯỜNG TÂN MỸ", "PHÒNG VĂN HÓA - XÃ HỘI", "Phường Tân Mỹ",
            "05/BC-VHXH", "KT. TRƯỞNG PHÒNG\nPHÓ TRƯỞNG PHÒNG", "Nguyễn Thị Ánh Tuyết", "UBND Phường (để báo cáo);\nCác trường THCS;\nLưu: VT, VHXH.");
    static final ProgrammeView PROGRAMME = new ProgrammeView(1L, "Bồi dưỡng phòng, chống mại dâm năm 2024", ReportsTest.RULES.periodStart(),
            ReportsTest.RULES.deadline(), ReportsTest.RULES.targetPercent(), ReportsTest.RULES.courseIds(), ReportsTest.PROGRAMME.courses(),
            ReportsTest.RULES.categories(), HEADER, 0);


    DistrictReport district() throws Exception {
        return roster.reports(PROGRAMME, ReportsTest.RULES, "2024-06-30").district(Filter.NONE);
    }

    static byte[] bytes(Writer w) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        w.write(out);
        return out.toByteArray();
    }

    interface Writer {
        void write(java.io.OutputStream out) throws Exception;
    }

    @Test
    void whenWrittenAsCsvThenEveryRowAndTheTotalCarryTheReportNumbers() throws Exception {
        OfficialReport r = OfficialReport.of(district());
        byte[] csv = bytes(out -> CsvExport.write(r, out));
        assertEquals((byte) 0xEF, csv[0], "UTF-8 byte-order mark");
        List<CSVRecord> rows = CSVFormat.RFC4180.parse(new InputStreamReader(new ByteArrayInputStream(csv, 3, csv.length - 3), StandardCharsets.UTF_8)).getRecords();
        assertEquals(List.of("1", "S2", "Trường S2", "Ngoài công lập", "10", "0", "10", "5", "7", "70.0", "Đạt", ""), rows.get(1).toList());
        assertEquals(List.of("2", "S1", "Trường S1", "Công lập", "9", "1", "8", "7", "4", "44.4", "Chưa đạt", "Còn thiếu 3 người"), rows.get(2).toList());
        assertEquals(List.of("", "S3", "-", "Không có người thuộc diện"), List.of(rows.get(3).get(9), rows.get(3).get(1), rows.get(3).get(10), rows.get(3).get(11)));
        assertEquals(List.of("", "", "Tổng cộng", "", "19", "1", "18", "12", "11", "57.8", "1/3 trường", ""), rows.get(4).toList());
        assertEquals("Đạt chỉ tiêu 70%", rows.get(0).get(10));
    }

    @Test
    void whenWrittenAsXlsxThenTheTableHasTheMergedHeadingNumbersAndTotal() throws Exception {
        OfficialReport r = OfficialReport.of(district());
        byte[] xlsx = bytes(out -> XlsxExport.write(r, out));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet s = book.getSheet(XlsxExport.SHEET);
            assertEquals("ỦY BAN NHÂN DÂN PHƯỜNG TÂN MỸ", s.getRow(0).getCell(0).getStringCellValue());
            assertEquals(OfficialReport.NATION, s.getRow(0).getCell(3).getStringCellValue());
            assertEquals("Số: 05/BC-VHXH", s.getRow(2).getCell(0).getStringCellValue());
            assertEquals("Phường Tân Mỹ, ngày 30 tháng 6 năm 2024", s.getRow(2).getCell(3).getStringCellValue());
            Row head = find(s, "STT");
            assertEquals(OfficialReport.OF_WHICH, head.getCell(4).getStringCellValue());
            Row sub = s.getRow(head.getRowNum() + 1);
            assertEquals(List.of("CBQL", "Viên chức", "Nữ"), List.of(sub.getCell(4).getStringCellValue(), sub.getCell(5).getStringCellValue(), sub.getCell(6).getStringCellValue()));
            assertEquals("(11)", s.getRow(head.getRowNum() + 2).getCell(10).getStringCellValue());
            Row s1 = s.getRow(head.getRowNum() + 4);
            assertEquals("Trường S1", s1.getCell(1).getStringCellValue());
            assertEquals(9, s1.getCell(3).getNumericCellValue());
            assertEquals(4, s1.getCell(7).getNumericCellValue());
            assertEquals(0.444, s1.getCell(8).getNumericCellValue(), 1e-9);
            assertEquals("0.0%", s1.getCell(8).getCellStyle().getDataFormatString());
            Row s3 = s.getRow(head.getRowNum() + 5);
            assertEquals("-", s3.getCell(8).getStringCellValue());
            Row total = find(s, OfficialReport.TOTAL);
            assertEquals(19, total.getCell(3).getNumericCellValue());
            assertEquals(11, total.getCell(7).getNumericCellValue());
            assertTrue(book.getFontAt(total.getCell(3).getCellStyle().getFontIndex()).getBold());
            assertTrue(s.getMergedRegions().stream().anyMatch(m -> m.getFirstRow() == head.getRowNum() && m.getFirstColumn() == 4 && m.getLastColumn() == 6));
            assertTrue(s.getPrintSetup().getLandscape());
            assertTrue(find(s, "Nơi nhận:") != null);
            assertTrue(find(s, "Nguyễn Thị Ánh Tuyết") != null || findAnywhere(s, "Nguyễn Thị Ánh Tuyết"));
        }
    }

    @Test
    void whenWrittenAsPdfThenTheTextIsTheVietnameseLayoutWithVietnameseNumbers() throws Exception {
        OfficialReport r = OfficialReport.of(district());
        byte[] pdf = bytes(out -> PdfExport.write(r, out));
        Files.createDirectories(Path.of("target/exports"));
        Files.write(Path.of("target/exports/district.pdf"), pdf);
        String text = text(pdf);
        for (String expected : List.of(OfficialReport.NATION, OfficialReport.MOTTO, "PHÒNG VĂN HÓA - XÃ HỘI", "Số: 05/BC-VHXH",
                "Phường Tân Mỹ, ngày 30 tháng 6 năm 2024", "BÁO CÁO", "Kết quả thực hiện bồi dưỡng phòng, chống mại dâm năm 2024",
                "44,4%", "70,0%", "57,8%", "Còn thiếu 3 người", "Tổng cộng", "1/3 trường", "Nơi nhận:", "PHÓ TRƯỞNG PHÒNG", "Nguyễn Thị Ánh Tuyết")) {
            assertTrue(text.contains(expected), "PDF lacks «" + expected + "»:\n" + text);
        }
    }

    @Test
    void whenASchoolIsExportedThenItsUntrainedStaffAreListedWithWhatTheyLack() throws Exception {
        SchoolReport school = roster.reports(PROGRAMME, ReportsTest.RULES, "2024-06-30").school(roster.schoolId("S1"));
        OfficialReport r = OfficialReport.of(school);
        assertEquals(List.of("TRƯỜNG S1"), r.issuingUnit());
        assertEquals(5, r.untrained().size());
        byte[] pdf = bytes(out -> PdfExport.write(r, out));
        Files.createDirectories(Path.of("target/exports"));
        Files.write(Path.of("target/exports/school.pdf"), pdf);
        String text = text(pdf);
        assertTrue(text.contains(OfficialReport.UNTRAINED_TITLE), text);
        assertTrue(text.contains("Người p7"), text);
        assertTrue(text.contains("Pháp luật; Giảm hại"), text);
        byte[] xlsx = bytes(out -> XlsxExport.write(r, out));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Row title = find(book.getSheet(XlsxExport.SHEET), OfficialReport.UNTRAINED_TITLE);
            assertEquals("Người p11", book.getSheet(XlsxExport.SHEET).getRow(title.getRowNum() + 2).getCell(1).getStringCellValue());
        }
    }

    static String text(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " "); // cells wrap their text
        }
    }

    static Row find(Sheet s, String firstCellText) {
        for (Row row : s) {
            for (var cell : row) {
                if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING && cell.getStringCellValue().equals(firstCellText)) {
                    return row;
                }
            }
        }
        return null;
    }

    static boolean findAnywhere(Sheet s, String text) {
        return find(s, text) != null;
    }

    /**
     * A filed report's files are dated the filing time, not the moment they are written: written again from the same
     * report at the same filing time, a second later, the XLSX and the PDF are the same byte for byte
     * (docs/reporting.md, "Filed reports").
     */
    @Test
    void whenWrittenForAFilingTimeThenTheFilesCarryThatTimeAndNotTheMomentOfWriting() throws Exception {
        OfficialReport r = OfficialReport.of(district()).filed("03/BC-VHXH", "Phường Tân Mỹ, ngày 05 tháng 01 năm 2025",
                List.of("TRƯỞNG PHÒNG"), "Nguyễn Văn Ký", "bao-cao-1-so-3-2024-06-30");
        java.time.Instant filed = java.time.Instant.parse("2025-01-05T02:03:04Z");
        byte[] xlsx = bytes(out -> XlsxExport.write(r, out, filed));
        byte[] pdf = bytes(out -> PdfExport.write(r, out, filed));
        Thread.sleep(1100);
        assertTrue(java.util.Arrays.equals(xlsx, bytes(out -> XlsxExport.write(r, out, filed))), "XLSX differs when written again");
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        assertTrue(text.contains("/CreationDate(D:20250105020304") && text.contains("/ModDate(D:20250105020304"), "PDF dates");
        byte[] pdfAgain = bytes(out -> PdfExport.write(r, out, filed));
        assertEquals(fileId(text), fileId(new String(pdfAgain, StandardCharsets.ISO_8859_1)));
        assertTrue(java.util.Arrays.equals(pdf, pdfAgain), "PDF differs when written again");
        assertTrue(text(pdf).contains("Số: 03/BC-VHXH") && text(pdf).contains("Nguyễn Văn Ký"), text(pdf));
    }

    static String fileId(String pdf) {
        int at = pdf.lastIndexOf("/ID");
        return pdf.substring(at, pdf.indexOf(']', at) + 1);
    }
}
