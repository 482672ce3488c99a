package vn.edu.taphuan.learning.control;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import vn.edu.taphuan.learning.entity.Certificate;
import vn.edu.taphuan.reporting.entity.ReportHeader;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The certificate as a one-page A4 landscape PDF, Vietnamese with English beneath, under the administrative heading
 * of its issuer and with the signer's block (from the programme's report header, as recorded at issue). The font (Liberation Sans,
 * which covers Vietnamese) is embedded from the classpath, so the PDF looks the same on every machine and the
 * server needs no fonts of its own.
 */
final class CertificatePdf {
    /** Dates on the certificate are Vietnam's (issue times are stored in UTC). */
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd");
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM");
    private static final Locale VI = Locale.forLanguageTag("vi-VN");
    private static final byte[] REGULAR = font("liberation/LiberationSans-Regular.ttf");
    private static final byte[] BOLD = font("liberation/LiberationSans-Bold.ttf");
    private static final Color INK = new Color(0x1b, 0x1f, 0x24);
    private static final Color ACCENT = new Color(0x0b, 0x5c, 0xad);
    private static final Color MUTED = new Color(0x4a, 0x55, 0x60);

    private CertificatePdf() {
    }

    static byte[] render(Certificate c, String verifyUrl, ZoneId zone) {
        try {
            BaseFont regular = BaseFont.createFont("LiberationSans-Regular.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, REGULAR, null);
            BaseFont bold = BaseFont.createFont("LiberationSans-Bold.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, BOLD, null);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Document document = new Document(PageSize.A4.rotate(), 60, 60, 50, 40);
            PdfWriter writer = PdfWriter.getInstance(document, out);
            document.addTitle("Giấy chứng nhận — Certificate " + c.displayCode());
            document.open();
            writer.getExtraCatalog().put(com.lowagie.text.pdf.PdfName.LANG, new com.lowagie.text.pdf.PdfString("vi"));
            border(writer.getDirectContent(), document.getPageSize());

            LocalDate day = c.issuedAt().atOffset(ZoneOffset.UTC).atZoneSameInstant(zone).toLocalDate();
            ReportHeader issuer = c.issuer();
            document.add(heading(issuer, regular, bold));
            add(document, "GIẤY CHỨNG NHẬN HOÀN THÀNH KHÓA TẬP HUẤN", new Font(bold, 22, Font.NORMAL, ACCENT), 2);
            add(document, "Certificate of completion", new Font(regular, 13, Font.NORMAL, MUTED), 12);
            add(document, "Chứng nhận ông/bà · This certifies that", new Font(regular, 12, Font.NORMAL, INK), 4);
            add(document, c.holderName(), new Font(bold, 24, Font.NORMAL, INK), 8);
            add(document, "đã hoàn thành khóa tập huấn · has completed the training course", new Font(regular, 12, Font.NORMAL, INK), 4);
            add(document, c.courseTitleVi(), new Font(bold, 16, Font.NORMAL, INK), 2);
            add(document, c.courseTitleEn(), new Font(regular, 12, Font.NORMAL, MUTED), 8);
            add(document, "Điểm bài kiểm tra · Quiz score: " + c.scorePercent() + "%   ·   Ngày hoàn thành · Date completed: "
                    + day.format(DATE), new Font(regular, 12, Font.NORMAL, INK), 18);
            document.add(footing(c, issuer, day, verifyUrl, regular, bold));
            document.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The administrative heading (Decree 30/2020/NĐ-CP): the issuing unit under its superior body on the left, the
     * national name and motto on the right. Without a recorded issuer only the right half is printed.
     */
    private static PdfPTable heading(ReportHeader issuer, BaseFont regular, BaseFont bold) {
        PdfPTable table = twoColumns();
        PdfPCell left = cell();
        if (present(issuer.issuingUnit())) {
            if (present(issuer.superiorBody())) {
                left.addElement(centred(issuer.superiorBody().toUpperCase(VI), new Font(regular, 11, Font.NORMAL, INK)));
            }
            left.addElement(centred(issuer.issuingUnit().toUpperCase(VI), new Font(bold, 11, Font.NORMAL, INK)));
        }
        table.addCell(left);
        PdfPCell right = cell();
        right.addElement(centred(ReportHeader.NATION, new Font(bold, 11, Font.NORMAL, INK)));
        right.addElement(centred(ReportHeader.MOTTO, new Font(bold, 12, Font.UNDERLINE, INK)));
        table.addCell(right);
        table.setSpacingAfter(22);
        return table;
    }

    /** The code and where to check it on the left; the place and day, the signer's title and name on the right. */
    private static PdfPTable footing(Certificate c, ReportHeader issuer, LocalDate day, String verifyUrl, BaseFont regular, BaseFont bold) {
        PdfPTable table = twoColumns();
        PdfPCell left = cell();
        left.addElement(centred("Mã xác thực · Verification code: " + c.displayCode(), new Font(bold, 12, Font.NORMAL, INK)));
        left.addElement(centred("Kiểm tra tại · Verify at: " + verifyUrl, new Font(regular, 9, Font.NORMAL, MUTED)));
        table.addCell(left);
        PdfPCell right = cell();
        String place = present(issuer.place()) ? issuer.place() + ", " : "";
        right.addElement(centred(place + "ngày " + day.format(DAY) + " tháng " + day.format(MONTH) + " năm " + day.getYear(),
                new Font(regular, 11, Font.ITALIC, INK)));
        if (present(issuer.signerTitle())) {
            right.addElement(centred(issuer.signerTitle(), new Font(bold, 11, Font.NORMAL, INK)));
        }
        if (present(issuer.signerName())) {
            Paragraph name = centred(issuer.signerName(), new Font(bold, 12, Font.NORMAL, INK));
            name.setSpacingBefore(34); // room for the signature and the seal
            right.addElement(name);
        }
        table.addCell(right);
        return table;
    }

    private static PdfPTable twoColumns() {
        PdfPTable table = new PdfPTable(2);
        table.setWidthPercentage(100);
        return table;
    }

    private static PdfPCell cell() {
        PdfPCell cell = new PdfPCell();
        cell.setBorder(Rectangle.NO_BORDER);
        return cell;
    }

    private static Paragraph centred(String text, Font font) {
        Paragraph p = new Paragraph(text, font);
        p.setAlignment(Element.ALIGN_CENTER);
        return p;
    }

    private static boolean present(String text) {
        return text != null && !text.isBlank();
    }

    private static void add(Document document, String text, Font font, float after) {
        Paragraph p = new Paragraph(text, font);
        p.setAlignment(Element.ALIGN_CENTER);
        p.setSpacingAfter(after);
        document.add(p);
    }

    private static void border(PdfContentByte canvas, Rectangle page) {
        canvas.setColorStroke(ACCENT);
        canvas.setLineWidth(3f);
        canvas.rectangle(24, 24, page.getWidth() - 48, page.getHeight() - 48);
        canvas.stroke();
        canvas.setLineWidth(0.8f);
        canvas.rectangle(32, 32, page.getWidth() - 64, page.getHeight() - 64);
        canvas.stroke();
    }

    private static byte[] font(String resource) {
        try (InputStream in = CertificatePdf.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Font " + resource + " is missing (artifact openpdf-fonts-extra)");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
