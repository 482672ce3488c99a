package vn.edu.taphuan.reporting.control;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfEncryption;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.pdf.draw.LineSeparator;

import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Calendar;
import java.util.TimeZone;

/**
 * The official report as PDF in the layout of Decree 30/2020/NĐ-CP: A4 landscape (the table is wide), margins
 * left 30 mm, right 15 mm, top and bottom 20 mm; page numbers centred at the top from page 2; the header as a
 * borderless two-column table; the numbers written out in Vietnamese form ("1.250", "70,5%", "-").
 * <p>
 * Font: Liberation Serif, metrically compatible with Times New Roman (which the decree names and which cannot be
 * shipped), with every Vietnamese glyph, embedded from the {@code openpdf-fonts-extra} jar so the output does
 * not depend on the fonts of the server.
 */
public final class PdfExport {
    private static final float MM = 72f / 25.4f;
    private static final BaseFont REGULAR = font("LiberationSerif-Regular.ttf", 'A');
    private static final BaseFont BOLD = font("LiberationSerif-Bold.ttf", 'B');
    private static final BaseFont ITALIC = font("LiberationSerif-Italic.ttf", 'C');
    private static final BaseFont BOLD_ITALIC = font("LiberationSerif-BoldItalic.ttf", 'D');
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
        Document doc = new Document(PageSize.A4.rotate(), 30 * MM, 15 * MM, 20 * MM, 20 * MM);
        try {
            PdfWriter writer = PdfWriter.getInstance(doc, out);
            writer.setPageEvent(new PageNumbers());
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
            doc.add(table(r));
            if (!r.untrained().isEmpty()) {
                Paragraph t = paragraph(OfficialReport.UNTRAINED_TITLE, font(BOLD, 12), Element.ALIGN_CENTER);
                t.setSpacingBefore(10);
                doc.add(t);
                doc.add(untrained(r));
            }
            doc.add(signatures(r));
            doc.close();
        } catch (DocumentException e) {
            throw new IOException("PDF could not be written: " + e.getMessage(), e);
        }
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

    private static PdfPTable table(OfficialReport r) throws DocumentException {
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
        for (OfficialReport.Line l : r.lines()) {
            line(t, l, font(REGULAR, 11));
        }
        line(t, r.total(), font(BOLD, 11));
        return t;
    }

    private static void line(PdfPTable t, OfficialReport.Line l, Font f) {
        t.addCell(cell(l.number(), f, Element.ALIGN_CENTER));
        t.addCell(cell(l.unit(), f, l.number().isEmpty() ? Element.ALIGN_CENTER : Element.ALIGN_LEFT));
        t.addCell(cell(l.type(), f, Element.ALIGN_CENTER));
        for (long n : new long[]{l.inScope(), l.managers(), l.employees(), l.women(), l.trained()}) {
            t.addCell(cell(VietnameseFormat.integer(n), f, Element.ALIGN_RIGHT));
        }
        t.addCell(cell(VietnameseFormat.percent(l.percent()), f, l.percent() == null ? Element.ALIGN_CENTER : Element.ALIGN_RIGHT));
        t.addCell(cell(l.met(), f, Element.ALIGN_CENTER));
        t.addCell(cell(l.note(), f, Element.ALIGN_LEFT));
    }

    private static PdfPTable untrained(OfficialReport r) throws DocumentException {
        PdfPTable t = new PdfPTable(new float[]{4, 26, 10, 12, 48});
        t.setWidthPercentage(100);
        t.setSpacingBefore(6);
        t.setHeaderRows(1);
        for (String h : OfficialReport.UNTRAINED_COLUMNS) {
            t.addCell(cell(h, font(BOLD, 10.5f), Element.ALIGN_CENTER));
        }
        Font f = font(REGULAR, 11);
        for (OfficialReport.Person p : r.untrained()) {
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

    /** Page numbers centred in the top margin, not on the first page. */
    static final class PageNumbers extends PdfPageEventHelper {
        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            int page = writer.getPageNumber();
            if (page > 1) {
                Rectangle size = document.getPageSize();
                ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_CENTER,
                        new Phrase(Integer.toString(page), font(REGULAR, 12)), (document.left() + document.right()) / 2, size.getHeight() - 12 * MM, 0);
            }
        }
    }

    private static Paragraph paragraph(String text, Font f, int align) {
        Paragraph p = new Paragraph(text, f);
        p.setAlignment(align);
        p.setLeading(f.getSize() * 1.25f);
        return p;
    }

    private static Paragraph rule(float percent) {
        Paragraph p = new Paragraph();
        p.setFont(font(REGULAR, 4)); // or the library embeds its default font for the line's empty chunk
        p.setLeading(4);
        p.setSpacingBefore(2);
        p.add(new Chunk(new LineSeparator(0.8f, Math.min(100, percent), Color.BLACK, Element.ALIGN_CENTER, 0)));
        return p;
    }

    private static PdfPCell cell(String text, Font f, int align) {
        PdfPCell c = new PdfPCell(new Phrase(text, f));
        c.setHorizontalAlignment(align);
        c.setVerticalAlignment(Element.ALIGN_MIDDLE);
        c.setPadding(3);
        c.setPaddingBottom(5);
        return c;
    }

    private static PdfPCell borderless() {
        PdfPCell c = new PdfPCell();
        c.setBorder(Rectangle.NO_BORDER);
        return c;
    }

    private static Font font(BaseFont base, float size) {
        return new Font(base, size);
    }

    /**
     * The font, embedded as a subset tagged with six times {@code tag} ("AAAAAA+LiberationSerif") instead of six random
     * letters: the same report then gives the same bytes (a filed report's files, docs/reporting.md). The tag only
     * tells subsets of one font apart inside one PDF, and each of ours embeds one subset per font.
     */
    private static BaseFont font(String file, char tag) {
        BaseFont font = font(file);
        font.setSecureRandom(new SecureRandom() {
            @Override
            public double nextDouble() {
                return (tag - 'A' + 0.5) / 26;
            }
        });
        return font;
    }

    private static BaseFont font(String file) {
        try (InputStream in = PdfExport.class.getClassLoader().getResourceAsStream("liberation/" + file)) {
            if (in == null) {
                throw new IllegalStateException("Font liberation/" + file + " is missing (artifact openpdf-fonts-extra)");
            }
            return BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
