package vn.edu.taphuan.reporting.control;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfEncryption;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfWriter;

import vn.edu.taphuan.platform.VietnameseText;

import static vn.edu.taphuan.reporting.control.PdfStyle.BOLD;
import static vn.edu.taphuan.reporting.control.PdfStyle.BOLD_ITALIC;
import static vn.edu.taphuan.reporting.control.PdfStyle.ITALIC;
import static vn.edu.taphuan.reporting.control.PdfStyle.REGULAR;
import static vn.edu.taphuan.reporting.control.PdfStyle.borderless;
import static vn.edu.taphuan.reporting.control.PdfStyle.cell;
import static vn.edu.taphuan.reporting.control.PdfStyle.font;
import static vn.edu.taphuan.reporting.control.PdfStyle.paragraph;
import static vn.edu.taphuan.reporting.control.PdfStyle.rule;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Calendar;
import java.util.List;
import java.util.TimeZone;

/**
 * The official report as PDF in the layout of Decree 30/2020/NĐ-CP: A4 landscape (the table is wide), margins
 * left 30 mm, right 15 mm, top and bottom 20 mm; page numbers centred at the top from page 2; the header as a
 * borderless two-column table; the numbers written out in Vietnamese form ("1.250", "70,5%", "-").
 * The signature block and "Nơi nhận" never stand alone on the last page: when they would, the last rows of the
 * table go over with them. Fonts and cells: {@link PdfStyle}.
 */
public final class PdfExport {
    private static final float MM = 72f / 25.4f;
    /** Rows of the last table that go over with the signature block when it would stand alone on the last page. */
    static final int ROWS_WITH_SIGNATURES = 3;
    private static final float[] WIDTHS = {4, 22, 11, 10, 6, 7, 6, 9, 7, 9, 13};

    private PdfExport() {
    }

    public static void write(OfficialReport r, OutputStream out) throws IOException {
        write(r, out, null);
    }

    /**
     * As {@link #write(OfficialReport, OutputStream)}, dated {@code created} inside the file (creation and modification
     * dates, and the file identifier derived from it) instead of the moment of writing, when given: a filed report's
     * files carry the filing time, so writing the same report again at the same filing time gives the same dates.
     */
    public static void write(OfficialReport r, OutputStream out, Instant created) throws IOException {
        ByteArrayOutputStream first = new ByteArrayOutputStream();
        if (!render(r, first, created, 0)) {
            first.writeTo(out);
            return;
        }
        // the signature block would stand alone on the last page: take the last rows of the table over with it
        render(r, out, created, ROWS_WITH_SIGNATURES);
    }

    /**
     * Writes the report; with {@code tail} > 0 the last {@code tail} rows of the last table start a new page (under the
     * table's repeated heading). Answers whether the signature block began a page without any row of the table.
     */
    private static boolean render(OfficialReport r, OutputStream out, Instant created, int tail) throws IOException {
        Document doc = new Document(PageSize.A4.rotate(), 30 * MM, 15 * MM, 20 * MM, 20 * MM);
        try {
            PdfWriter writer = PdfWriter.getInstance(doc, out);
            writer.setPageEvent(new PdfStyle.PageNumbers());
            doc.addTitle(OfficialReport.TITLE + " — " + r.subject());
            writer.getExtraCatalog().put(com.lowagie.text.pdf.PdfName.LANG, new com.lowagie.text.pdf.PdfString("vi"));
            doc.open();
            if (created != null) {
                dated(writer, created, r);
            }
            header(doc, r);
            Paragraph title = paragraph(OfficialReport.TITLE, font(BOLD, 14), Element.ALIGN_CENTER);
            title.setSpacingBefore(14);
            doc.add(title);
            doc.add(paragraph(r.subject(), font(BOLD, 13), Element.ALIGN_CENTER));
            for (String line : r.intro()) {
                Paragraph p = paragraph(line, font(REGULAR, 12), Element.ALIGN_JUSTIFIED);
                p.setFirstLineIndent(10 * MM);
                p.setSpacingBefore(4);
                doc.add(p);
            }
            int lastRowPage = tables(doc, writer, r, tail);
            doc.add(signatures(r));
            boolean alone = writer.getPageNumber() > lastRowPage;
            doc.close();
            return alone;
        } catch (DocumentException e) {
            throw new IOException("PDF could not be written: " + e.getMessage(), e);
        }
    }

    /**
     * The statistics table and its total, then (a school's report) the people not yet trained; with {@code tail} > 0 the
     * last {@code tail} rows of the last table go to a new page. Answers the page the last school's or person's row
     * ended on: the signature block must share it (a total row alone with the signatures is not enough).
     */
    private static int tables(Document doc, PdfWriter writer, OfficialReport r, int tail) throws DocumentException {
        List<OfficialReport.Line> lines = r.lines();
        boolean list = !r.untrained().isEmpty();
        int cut = list || tail == 0 ? lines.size() : Math.max(lines.size() > 1 ? 1 : 0, lines.size() - tail);
        if (cut > 0 || lines.isEmpty()) {
            doc.add(table(r, lines.subList(0, cut)));
        }
        if (cut < lines.size()) {
            doc.newPage();
            doc.add(table(r, lines.subList(cut, lines.size())));
        }
        int lastRow = pageWritten(doc, writer);
        doc.add(total(r));
        if (!list) {
            return lastRow;
        }
        List<OfficialReport.Person> people = r.untrained();
        int split = tail == 0 ? people.size() : Math.max(0, people.size() - tail);
        if (split == 0) {
            doc.newPage();
        }
        Paragraph t = paragraph(OfficialReport.UNTRAINED_TITLE, font(BOLD, 12), Element.ALIGN_CENTER);
        t.setSpacingBefore(10);
        doc.add(t);
        if (split > 0) {
            doc.add(untrained(people.subList(0, split)));
        }
        if (split < people.size()) {
            if (split > 0) {
                doc.newPage();
            }
            doc.add(untrained(people.subList(split, people.size())));
        }
        return pageWritten(doc, writer);
    }

    /**
     * The page the last thing added ended on: a table that fills its page to the bottom leaves the writer on a new,
     * still empty page (its position at the top), which is not where the rows are.
     */
    private static int pageWritten(Document doc, PdfWriter writer) {
        return writer.getPageNumber() - (writer.getVerticalPosition(false) >= doc.top() - 0.5f ? 1 : 0);
    }

    private static void dated(PdfWriter writer, Instant created, OfficialReport r) {
        Calendar at = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
        at.setTimeInMillis(created.toEpochMilli());
        writer.getInfo().put(PdfName.CREATIONDATE, new PdfDate(at));
        writer.getInfo().put(PdfName.MODDATE, new PdfDate(at));
        byte[] id = digest(created + "\n" + r.documentSymbol() + "\n" + r.subject());
        writer.getInfo().put(PdfName.FILEID, PdfEncryption.createInfoId(id, id));
    }

    private static byte[] digest(String text) {
        try {
            return java.util.Arrays.copyOf(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)), 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Left ≈40%: superior body, the issuing unit in bold with a short line under it, "Số"; right: heading, motto, date. */
    private static void header(Document doc, OfficialReport r) throws DocumentException {
        PdfPTable t = new PdfPTable(new float[]{40, 60});
        t.setWidthPercentage(100);
        PdfPCell left = borderless();
        for (String l : r.superiorBody()) {
            left.addElement(paragraph(l, font(REGULAR, 12), Element.ALIGN_CENTER));
        }
        for (String l : r.issuingUnit()) {
            left.addElement(paragraph(l, font(BOLD, 12), Element.ALIGN_CENTER));
        }
        left.addElement(rule(35));
        Paragraph number = paragraph("Số: " + r.documentSymbol(), font(REGULAR, 13), Element.ALIGN_CENTER);
        number.setSpacingBefore(6);
        left.addElement(number);
        PdfPCell right = borderless();
        right.addElement(paragraph(OfficialReport.NATION, font(BOLD, 12), Element.ALIGN_CENTER));
        right.addElement(paragraph(OfficialReport.MOTTO, font(BOLD, 13), Element.ALIGN_CENTER));
        right.addElement(rule(BOLD.getWidthPoint(OfficialReport.MOTTO, 13) / (0.6f * (PageSize.A4.getHeight() - 45 * MM)) * 100));
        Paragraph date = paragraph(r.placeAndDate(), font(ITALIC, 13), Element.ALIGN_CENTER);
        date.setSpacingBefore(6);
        right.addElement(date);
        t.addCell(left);
        t.addCell(right);
        doc.add(t);
    }

    private static PdfPTable table(OfficialReport r, List<OfficialReport.Line> lines) throws DocumentException {
        PdfPTable t = new PdfPTable(WIDTHS);
        t.setWidthPercentage(100);
        t.setSpacingBefore(8);
        t.setHeaderRows(3);
        Font head = font(BOLD, 10.5f);
        for (int c = 0; c < 11; c++) {
            if (c == 4) {
                PdfPCell ofWhich = cell(OfficialReport.OF_WHICH, head, Element.ALIGN_CENTER);
                ofWhich.setColspan(3);
                t.addCell(ofWhich);
            } else if (c < 4 || c > 6) {
                PdfPCell h = cell(r.columnTitle(c), head, Element.ALIGN_CENTER);
                h.setRowspan(2);
                t.addCell(h);
            }
        }
        for (int c = 4; c <= 6; c++) {
            t.addCell(cell(r.columnTitle(c), head, Element.ALIGN_CENTER));
        }
        for (int c = 0; c < 11; c++) {
            t.addCell(cell("(" + (c + 1) + ")", font(ITALIC, 10), Element.ALIGN_CENTER));
        }
        for (OfficialReport.Line l : lines) {
            line(t, l, font(REGULAR, 11));
        }
        return t;
    }

    /** The bold total row, a table of its own right under the rows (so the page it lands on can be told). */
    private static PdfPTable total(OfficialReport r) {
        PdfPTable t = new PdfPTable(WIDTHS);
        t.setWidthPercentage(100);
        line(t, r.total(), font(BOLD, 11));
        return t;
    }

    private static void line(PdfPTable t, OfficialReport.Line l, Font f) {
        t.addCell(cell(l.number(), f, Element.ALIGN_CENTER));
        t.addCell(cell(l.unit(), f, l.number().isEmpty() ? Element.ALIGN_CENTER : Element.ALIGN_LEFT));
        t.addCell(cell(l.type(), f, Element.ALIGN_CENTER));
        for (long n : new long[]{l.inScope(), l.managers(), l.employees(), l.women(), l.trained()}) {
            t.addCell(cell(VietnameseText.integer(n), f, Element.ALIGN_RIGHT));
        }
        t.addCell(cell(VietnameseText.percent(l.percent()), f, l.percent() == null ? Element.ALIGN_CENTER : Element.ALIGN_RIGHT));
        t.addCell(cell(l.met(), f, Element.ALIGN_CENTER));
        t.addCell(cell(l.note(), f, Element.ALIGN_LEFT));
    }

    private static PdfPTable untrained(List<OfficialReport.Person> people) throws DocumentException {
        PdfPTable t = new PdfPTable(new float[]{4, 26, 10, 12, 48});
        t.setWidthPercentage(100);
        t.setSpacingBefore(6);
        t.setHeaderRows(1);
        for (String h : OfficialReport.UNTRAINED_COLUMNS) {
            t.addCell(cell(h, font(BOLD, 10.5f), Element.ALIGN_CENTER));
        }
        Font f = font(REGULAR, 11);
        for (OfficialReport.Person p : people) {
            t.addCell(cell(p.number(), f, Element.ALIGN_CENTER));
            t.addCell(cell(p.fullName(), f, Element.ALIGN_LEFT));
            t.addCell(cell(p.code(), f, Element.ALIGN_LEFT));
            t.addCell(cell(p.category(), f, Element.ALIGN_LEFT));
            t.addCell(cell(p.lacking(), f, Element.ALIGN_LEFT));
        }
        return t;
    }

    /** Left: "Nơi nhận:" (bold italic, 12 pt) and its lines (11 pt); right: the signer's title, room to sign, the name. */
    private static PdfPTable signatures(OfficialReport r) throws DocumentException {
        PdfPTable t = new PdfPTable(new float[]{45, 55});
        t.setWidthPercentage(100);
        t.setSpacingBefore(14);
        t.setKeepTogether(true);
        PdfPCell left = borderless();
        left.addElement(paragraph(OfficialReport.RECIPIENTS, font(BOLD_ITALIC, 12), Element.ALIGN_LEFT));
        for (String l : r.recipients()) {
            left.addElement(paragraph("- " + l, font(REGULAR, 11), Element.ALIGN_LEFT));
        }
        PdfPCell right = borderless();
        for (String l : r.signerTitle()) {
            right.addElement(paragraph(l, font(BOLD, 13), Element.ALIGN_CENTER));
        }
        Paragraph name = paragraph(r.signerName(), font(BOLD, 13), Element.ALIGN_CENTER);
        name.setSpacingBefore(70);
        right.addElement(name);
        t.addCell(left);
        t.addCell(right);
        return t;
    }

}
