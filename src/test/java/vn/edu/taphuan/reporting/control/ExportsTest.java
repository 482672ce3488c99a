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
import vn.edu.taphuan.reporting.entity.Rules;
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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.edu.taphuan.reporting.control.RosterFixture.day;

/** CSV, XLSX and PDF written from the hand-built roster of {@link ReportsTest} carry its numbers and the filed layout. */
class ExportsTest extends OnScenario {
    static final ReportHeader HEADER = new ReportHeader("ỦY BAN NHÂN DÂN PHƯỜNG TÂN MỸ", "PHÒNG VĂN HÓA - XÃ HỘI", "Phường Tân Mỹ",
            "05/BC-VHXH", "KT. TRƯỞNG PHÒNG\nPHÓ TRƯỞNG PHÒNG", "Nguyễn Thị Ánh Tuyết", "UBND Phường (để báo cáo);\nCác trường THCS;\nLưu: VT, VHXH.");
    static final ProgrammeView PROGRAMME = new ProgrammeView(1L, "Bồi dưỡng phòng, chống mại dâm năm 2024", ReportsTest.RULES.periodStart(),
            ReportsTest.RULES.deadline(), ReportsTest.RULES.targetPercent(), ReportsTest.RULES.courseIds(), ReportsTest.PROGRAMME.courses(),
            ReportsTest.RULES.categories(), HEADER, 0, null, ReportsTest.RULES.periodStart());


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
        List<CSVRecord> rows = csv(csv);
        assertTrue(new String(csv, StandardCharsets.UTF_8).contains("\r\n1;S2;Trường S2;"), "cells separated by ';', CRLF line ends");
        assertEquals(List.of("1", "S2", "Trường S2", "Ngoài công lập", "10", "0", "10", "5", "7", "70,0", "Đạt", ""), rows.get(1).toList());
        assertEquals(List.of("2", "S1", "Trường S1", "Công lập", "9", "1", "8", "7", "4", "44,4", "Chưa đạt", "Còn thiếu 3 người"), rows.get(2).toList());
        assertEquals(List.of("", "S3", "-", "Không có người thuộc diện"), List.of(rows.get(3).get(9), rows.get(3).get(1), rows.get(3).get(10), rows.get(3).get(11)));
        assertEquals(List.of("", "", "Tổng cộng", "", "19", "1", "18", "12", "11", "57,9", "1/2 trường", "1 trường không có người thuộc diện"),
                rows.get(4).toList(), "S3 has nobody in scope: it neither meets nor misses the target");
        assertEquals("Đạt chỉ tiêu 70%", rows.get(0).get(10));
    }

    /** The service's CSV convention (platform/CsvCells): byte-order mark, then ';'-separated RFC 4180. */
    static List<CSVRecord> csv(byte[] csv) throws Exception {
        assertEquals((byte) 0xEF, csv[0], "UTF-8 byte-order mark");
        return CSVFormat.RFC4180.builder().setDelimiter(';').get()
                .parse(new InputStreamReader(new ByteArrayInputStream(csv, 3, csv.length - 3), StandardCharsets.UTF_8)).getRecords();
    }

    @Test
    void whenASchoolIsWrittenAsCsvThenEveryoneInScopeIsListedWithEachCourseAndTheSchoolsFigures() throws Exception {
        Reports reports = roster.reports(PROGRAMME, ReportsTest.RULES, "2024-06-30");
        SchoolReport school = reports.school(roster.schoolId("S1"));
        List<CSVRecord> rows = csv(bytes(out -> CsvExport.school(school, reports.staff(roster.schoolId("S1")), out)));
        assertEquals(List.of("STT", "Mã nhân sự", "Họ và tên", "Nhóm", "Pháp luật", "Giảm hại", "Hoàn thành tất cả chuyên đề", "Ghi chú"), rows.get(0).toList());
        assertEquals(1 + 9 + 2, rows.size(), "heading, the 9 people in scope on 30 June, total and percentage lines");
        assertEquals(List.of("1", "p1", "Người p1", "Cán bộ quản lý", "Đã hoàn thành", "Đã hoàn thành", "Có", ""), rows.get(1).toList());
        assertEquals(List.of("p1", "p10", "p11", "p13", "p2", "p3", "p7", "p8", "p9"), rows.subList(1, 10).stream().map(r -> r.get(1)).toList(),
                "by name («Người p10» before «Người p2», as in any dictionary)");
        CSVRecord p3 = rows.get(6);
        assertEquals(List.of("p3", "Có", "Tạm nghỉ"), List.of(p3.get(1), p3.get(6), p3.get(7)), "on leave, still counted");
        CSVRecord p9 = rows.get(9);
        assertEquals(List.of("Viên chức", "Đã hoàn thành", "Chưa hoàn thành", "Không"), List.of(p9.get(3), p9.get(4), p9.get(5), p9.get(6)));
        assertEquals(List.of("", "", "Tổng cộng", "9 người thuộc diện", "8", "4", "4", "Còn thiếu 3 người"), rows.get(10).toList());
        assertEquals(List.of("", "", "Tỷ lệ (%)", "", "88,9", "44,4", "44,4", "Chưa đạt"), rows.get(11).toList());
        assertTrue(rows.stream().noneMatch(r -> r.get(1).equals("p5") || r.get(1).equals("p4")), "not in scope: joined later / other staff");
    }

    @Test
    void whenASchoolHasNobodyInScopeThenItsCsvSaysSo() throws Exception {
        Reports reports = roster.reports(PROGRAMME, ReportsTest.RULES, "2024-06-30");
        SchoolReport school = reports.school(roster.schoolId("S3"));
        List<CSVRecord> rows = csv(bytes(out -> CsvExport.school(school, reports.staff(roster.schoolId("S3")), out)));
        assertEquals(3, rows.size());
        assertEquals(List.of("", "", "Tổng cộng", "0 người thuộc diện", "0", "0", "0", "Không có người thuộc diện"), rows.get(1).toList());
        assertEquals(List.of("", "", "Tỷ lệ (%)", "", "", "", "", "-"), rows.get(2).toList());
        OfficialReport r = OfficialReport.of(school);
        assertEquals("-", r.total().met(), "no verdict for a school with nobody in scope");
        assertEquals("Không có người thuộc diện", r.lines().get(0).note());
    }

    @Test
    void whenExportedThenTheFileNameSaysWhoseReportWhichYearAndDayAndNoInternalId() throws Exception {
        assertEquals("bao-cao-toan-dia-ban-nam-2024-ngay-30-06-2024", OfficialReport.of(district()).fileName());
        SchoolReport school = roster.reports(PROGRAMME, ReportsTest.RULES, "2024-06-30").school(roster.schoolId("S1"));
        assertEquals("bao-cao-S1-nam-2024-ngay-30-06-2024", OfficialReport.of(school).fileName());
        assertEquals("bao-cao-THCS-01-nam-2025-2026-so-03-ngay-05-01-2026", OfficialReport.fileName(day("2025-09-05"), day("2026-05-31"), "THCS 01", 3,
                day("2026-01-05")));
    }

    @Test
    void whenNotYetFiledThenTheNumberIsLeftToFillInAndNoInternalCodeShows() throws Exception {
        assertEquals("……/BC-VHXH", OfficialReport.of(district()).documentSymbol(), "the programme's symbol, without the number typed into it");
        assertEquals("……/BC-VHXH", OfficialReport.unnumbered("BC-VHXH"));
        assertEquals("……/BC-……", OfficialReport.unnumbered(" "));
        SchoolReport school = roster.reports(PROGRAMME, ReportsTest.RULES, "2024-06-30").school(roster.schoolId("S1"));
        assertEquals("……/BC-……", OfficialReport.of(school).documentSymbol(), "a school's register gives its own number and symbol");
    }

    /** With just enough schools to push the signature block onto a page of its own, the last rows go over with it. */
    @Test
    void whenTheSignatureBlockWouldStandAloneThenTheLastRowsOfTheTableGoWithIt() throws Exception {
        OfficialReport base = OfficialReport.of(district());
        for (int n = 1; n <= 40; n++) {
            List<OfficialReport.Line> lines = new java.util.ArrayList<>();
            for (int i = 1; i <= n; i++) {
                lines.add(new OfficialReport.Line(Integer.toString(i), "T" + i, "Trường THCS Số " + i, "Công lập", 10, 1, 9, 5, 7,
                        new java.math.BigDecimal("70.0"), "Đạt", ""));
            }
            OfficialReport r = new OfficialReport(base.superiorBody(), base.issuingUnit(), base.documentSymbol(), base.placeAndDate(), base.subject(),
                    base.intro(), base.targetLabel(), lines, base.total(), List.of(), base.recipients(), base.signerTitle(), base.signerName(), "x");
            try (PDDocument doc = Loader.loadPDF(bytes(out -> PdfExport.write(r, out)))) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(doc.getNumberOfPages());
                stripper.setEndPage(doc.getNumberOfPages());
                String last = stripper.getText(doc);
                assertTrue(last.contains("Nơi nhận:"), n + " rows: the signature block is on the last page");
                assertTrue(last.contains(OfficialReport.TOTAL) && last.contains("Trường THCS Số " + n),
                        n + " rows, " + doc.getNumberOfPages() + " pages: the last page holds the last rows too:\n" + last);
            }
        }
    }

    @Test
    void whenWrittenAsXlsxThenTheTableHasTheMergedHeadingNumbersAndTotal() throws Exception {
        OfficialReport r = OfficialReport.of(district());
        byte[] xlsx = bytes(out -> XlsxExport.write(r, out));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet s = book.getSheet(XlsxExport.SHEET);
            assertEquals("ỦY BAN NHÂN DÂN PHƯỜNG TÂN MỸ", s.getRow(0).getCell(0).getStringCellValue());
            assertEquals(OfficialReport.NATION, s.getRow(0).getCell(3).getStringCellValue());
            assertEquals("Số: ……/BC-VHXH", s.getRow(2).getCell(0).getStringCellValue());
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
        for (String expected : List.of(OfficialReport.NATION, OfficialReport.MOTTO, "PHÒNG VĂN HÓA - XÃ HỘI", "Số: ……/BC-VHXH",
                "Phường Tân Mỹ, ngày 30 tháng 6 năm 2024", "BÁO CÁO", "Kết quả thực hiện bồi dưỡng phòng, chống mại dâm năm 2024",
                "44,4%", "70,0%", "57,9%", "Còn thiếu 3 người", "Tổng cộng", "1/2 trường", "Nơi nhận:", "PHÓ TRƯỞNG PHÒNG", "Nguyễn Thị Ánh Tuyết")) {
            assertTrue(text.contains(expected), "PDF lacks «" + expected + "»:\n" + text);
        }
    }

    @Test
    void whenCompletionsCountFromAnotherDayThanThePeriodStartThenTheReportSaysFromWhen() throws Exception {
        String line = "Các chuyên đề hoàn thành từ ngày";
        assertFalse(text(bytes(out -> PdfExport.write(OfficialReport.of(district()), out))).contains(line), "not said when it is the period start");
        Rules rules = ReportsTest.validFrom("2022-01-01");
        ProgrammeView p = PROGRAMME;
        ProgrammeView earlier = new ProgrammeView(p.id(), p.name(), p.periodStart(), p.deadline(), p.targetPercent(), p.courseIds(), p.courses(),
                p.categories(), p.header(), p.version(), rules.completionsValidFrom(), rules.countsFrom());
        OfficialReport r = OfficialReport.of(roster.reports(earlier, rules, "2024-06-30").district(Filter.NONE));
        assertTrue(text(bytes(out -> PdfExport.write(r, out))).contains(line + " 01/01/2022 được tính."));
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
