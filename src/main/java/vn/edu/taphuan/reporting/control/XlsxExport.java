package vn.edu.taphuan.reporting.control;

import vn.edu.taphuan.platform.VietnameseText;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import java.util.ArrayList;
import java.util.List;

/**
 * The official report as an Excel workbook in the administrative layout: header block, title, the table with
 * its merged two-level heading and column-number row, a bold total, and the signature block. Counts are number
 * cells and percentages are number cells formatted "0.0%", so the reader's Excel shows them with its own
 * decimal separator (a comma in Vietnamese settings); "no percentage" is the text "-".
 * A4 landscape, fitted to the page width, Decree 30/2020 margins.
 * <p>
 * Streamed (SXSSF): rows are written out as they are made, never looked at again, and cell texts go inline instead
 * of through a shared-strings table; the in-memory workbook cost the city-scale export (3,541 rows) about a second
 * (issue 16, docs/performance.md).
 */
public final class XlsxExport {
    static final String SHEET = "Báo cáo";
    private static final int COLUMNS = 11;
    private static final int[] WIDTHS = {6, 38, 15, 14, 8, 10, 8, 12, 10, 12, 24};

    private final SXSSFWorkbook book = new SXSSFWorkbook(new XSSFWorkbook(), 200);
    private final Sheet sheet = book.createSheet(SHEET);
    private final CellStyle plain, bold, boldUnderline, italic, boldItalic, title, wrapLeft, head, cellText, cellCentre, cellInt, cellPct,
            totalText, totalInt, totalPct, smallLeft;
    private int next;

    private XlsxExport() {
        plain = style(false, false, false, 12, HorizontalAlignment.CENTER, false);
        bold = style(true, false, false, 12, HorizontalAlignment.CENTER, false);
        boldUnderline = style(true, false, true, 13, HorizontalAlignment.CENTER, false);
        italic = style(false, true, false, 13, HorizontalAlignment.CENTER, false);
        boldItalic = style(true, true, false, 12, HorizontalAlignment.LEFT, false);
        title = style(true, false, false, 14, HorizontalAlignment.CENTER, false);
        wrapLeft = style(false, false, false, 13, HorizontalAlignment.LEFT, false);
        wrapLeft.setWrapText(true);
        head = style(true, false, false, 11, HorizontalAlignment.CENTER, true);
        head.setWrapText(true);
        head.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        head.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        cellText = style(false, false, false, 11, HorizontalAlignment.LEFT, true);
        cellText.setWrapText(true);
        cellCentre = style(false, false, false, 11, HorizontalAlignment.CENTER, true);
        cellInt = number(style(false, false, false, 11, HorizontalAlignment.RIGHT, true), "#,##0");
        cellPct = number(style(false, false, false, 11, HorizontalAlignment.RIGHT, true), "0.0%");
        totalText = style(true, false, false, 11, HorizontalAlignment.CENTER, true);
        totalInt = number(style(true, false, false, 11, HorizontalAlignment.RIGHT, true), "#,##0");
        totalPct = number(style(true, false, false, 11, HorizontalAlignment.RIGHT, true), "0.0%");
        smallLeft = style(false, false, false, 11, HorizontalAlignment.LEFT, false);
    }

    public static void write(OfficialReport r, OutputStream out) throws IOException {
        write(r, out, null);
    }

    /**
     * As {@link #write(OfficialReport, OutputStream)}, with the workbook's created and modified dates set to
     * {@code created} when given (a filed report's filing time) instead of the moment of writing.
     */
    public static void write(OfficialReport r, OutputStream out, Instant created) throws IOException {
        XlsxExport x = new XlsxExport();
        x.fill(r);
        if (created == null) {
            x.book.write(out);
            x.book.close();
            return;
        }
        var core = x.book.getXSSFWorkbook().getProperties().getCoreProperties();
        core.setCreated(Optional.of(Date.from(created)));
        core.setModified(Optional.of(Date.from(created)));
        ByteArrayOutputStream written = new ByteArrayOutputStream();
        x.book.write(written);
        x.book.close();
        DatedZip.copy(written.toByteArray(), created, out);
    }

    private void fill(OfficialReport r) {
        for (int i = 0; i < COLUMNS; i++) {
            sheet.setColumnWidth(i, WIDTHS[i] * 256 + 200);
        }
        header(r);
        next++;
        merged(title, OfficialReport.TITLE);
        merged(bold, r.subject());
        next++;
        for (String line : r.intro()) {
            Row row = merged(wrapLeft, line);
            row.setHeightInPoints(line.length() > 150 ? 36 : 18);
        }
        next++;
        table(r);
        if (!r.untrained().isEmpty()) {
            untrained(r);
        }
        next++;
        signatures(r);
        page();
    }

    /** Left (≈40%): superior body, issuing unit in bold, "Số"; right: national heading, motto, place and date. */
    private void header(OfficialReport r) {
        List<Object[]> left = new ArrayList<>();
        r.superiorBody().forEach(l -> left.add(new Object[]{l, plain}));
        r.issuingUnit().forEach(l -> left.add(new Object[]{l, bold}));
        List<Object[]> right = new ArrayList<>();
        right.add(new Object[]{OfficialReport.NATION, bold});
        right.add(new Object[]{OfficialReport.MOTTO, boldUnderline});
        int rows = Math.max(left.size(), right.size());
        for (int i = 0; i < rows; i++) {
            Row row = sheet.createRow(next++);
            if (i < left.size()) {
                put(row, 0, 2, (String) left.get(i)[0], (CellStyle) left.get(i)[1]);
            }
            if (i < right.size()) {
                put(row, 3, COLUMNS - 1, (String) right.get(i)[0], (CellStyle) right.get(i)[1]);
            }
        }
        Row row = sheet.createRow(next++);
        put(row, 0, 2, "Số: " + r.documentSymbol(), plain);
        put(row, 3, COLUMNS - 1, r.placeAndDate(), italic);
    }

    private void table(OfficialReport r) {
        int top = next;
        Row h1 = sheet.createRow(next++);
        Row h2 = sheet.createRow(next++);
        h1.setHeightInPoints(45);
        h2.setHeightInPoints(30);
        for (int c = 0; c < COLUMNS; c++) {
            cell(h1, c, head, c >= 4 && c <= 6 ? (c == 4 ? OfficialReport.OF_WHICH : "") : r.columnTitle(c));
            cell(h2, c, head, c >= 4 && c <= 6 ? r.columnTitle(c) : "");
            if (c < 4 || c > 6) {
                sheet.addMergedRegion(new CellRangeAddress(top, top + 1, c, c));
            }
        }
        sheet.addMergedRegion(new CellRangeAddress(top, top, 4, 6));
        Row numbers = sheet.createRow(next++);
        for (int c = 0; c < COLUMNS; c++) {
            cell(numbers, c, cellCentre, "(" + (c + 1) + ")");
        }
        for (OfficialReport.Line l : r.lines()) {
            line(l, false);
        }
        line(r.total(), true);
    }

    private void line(OfficialReport.Line l, boolean total) {
        Row row = sheet.createRow(next++);
        CellStyle text = total ? totalText : cellText;
        CellStyle ints = total ? totalInt : cellInt;
        cell(row, 0, total ? totalText : cellCentre, l.number());
        cell(row, 1, text, l.unit());
        cell(row, 2, total ? totalText : cellCentre, l.type());
        long[] counts = {l.inScope(), l.managers(), l.employees(), l.women(), l.trained()};
        int[] columns = {3, 4, 5, 6, 7};
        for (int i = 0; i < counts.length; i++) {
            Cell c = row.createCell(columns[i]);
            c.setCellValue(counts[i]);
            c.setCellStyle(ints);
        }
        Cell pct = row.createCell(8);
        if (l.percent() == null) {
            pct.setCellValue(VietnameseText.NIL);
            pct.setCellStyle(total ? totalText : cellCentre);
        } else {
            pct.setCellValue(l.percent().movePointLeft(2).doubleValue());
            pct.setCellStyle(total ? totalPct : cellPct);
        }
        cell(row, 9, total ? totalText : cellCentre, l.met());
        cell(row, 10, text, l.note());
    }

    private void untrained(OfficialReport r) {
        next++;
        merged(bold, OfficialReport.UNTRAINED_TITLE);
        int[][] spans = {{0, 0}, {1, 2}, {3, 3}, {4, 5}, {6, 10}};
        Row h = sheet.createRow(next++);
        for (int i = 0; i < spans.length; i++) {
            put(h, spans[i][0], spans[i][1], OfficialReport.UNTRAINED_COLUMNS.get(i), head);
        }
        for (OfficialReport.Person p : r.untrained()) {
            Row row = sheet.createRow(next++);
            String[] values = {p.number(), p.fullName(), p.code(), p.category(), p.lacking()};
            for (int i = 0; i < spans.length; i++) {
                put(row, spans[i][0], spans[i][1], values[i], i == 0 ? cellCentre : cellText);
            }
        }
    }

    /** Left: "Nơi nhận" and its lines; right: the signer's title, room to sign, the name. */
    private void signatures(OfficialReport r) {
        List<String> left = new ArrayList<>();
        left.add(OfficialReport.RECIPIENTS);
        r.recipients().forEach(l -> left.add("- " + l));
        List<String> right = new ArrayList<>(r.signerTitle());
        right.addAll(List.of("", "", "", ""));
        right.add(r.signerName());
        for (int i = 0; i < Math.max(left.size(), right.size()); i++) {
            Row row = sheet.createRow(next++);
            if (i < left.size()) {
                put(row, 0, 2, left.get(i), i == 0 ? boldItalic : smallLeft);
            }
            if (i < right.size()) {
                put(row, 6, COLUMNS - 1, right.get(i), bold);
            }
        }
    }

    private void page() {
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setMargin(PageMargin.LEFT, 30 / 25.4);
        sheet.setMargin(PageMargin.RIGHT, 15 / 25.4);
        sheet.setMargin(PageMargin.TOP, 20 / 25.4);
        sheet.setMargin(PageMargin.BOTTOM, 20 / 25.4);
        sheet.setHorizontallyCenter(true);
    }

    private Row merged(CellStyle style, String text) {
        Row row = sheet.createRow(next++);
        put(row, 0, COLUMNS - 1, text, style);
        return row;
    }

    private void put(Row row, int from, int to, String text, CellStyle style) {
        for (int c = from; c <= to; c++) {
            cell(row, c, style, c == from ? text : "");
        }
        if (to > from) {
            sheet.addMergedRegion(new CellRangeAddress(row.getRowNum(), row.getRowNum(), from, to));
        }
    }

    private static void cell(Row row, int column, CellStyle style, String text) {
        Cell c = row.createCell(column);
        c.setCellValue(text);
        c.setCellStyle(style);
    }

    private CellStyle style(boolean isBold, boolean isItalic, boolean underline, int points, HorizontalAlignment align, boolean border) {
        Font font = book.createFont();
        font.setFontName("Times New Roman");
        font.setFontHeightInPoints((short) points);
        font.setBold(isBold);
        font.setItalic(isItalic);
        if (underline) {
            font.setUnderline(Font.U_SINGLE);
        }
        CellStyle s = book.createCellStyle();
        s.setFont(font);
        s.setAlignment(align);
        s.setVerticalAlignment(VerticalAlignment.CENTER);
        if (border) {
            s.setBorderTop(BorderStyle.THIN);
            s.setBorderBottom(BorderStyle.THIN);
            s.setBorderLeft(BorderStyle.THIN);
            s.setBorderRight(BorderStyle.THIN);
        }
        return s;
    }

    private CellStyle number(CellStyle s, String format) {
        s.setDataFormat(book.createDataFormat().getFormat(format));
        return s;
    }
}
