package vn.edu.taphuan.learning.control;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfWriter;
import vn.edu.taphuan.learning.entity.Certificate;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The certificate as a one-page A4 landscape PDF, Vietnamese with English beneath. The font (Liberation Sans,
 * which covers Vietnamese) is embedded from the classpath, so the PDF looks the same on every machine and the
 * server needs no fonts of its own.
 */
final class CertificatePdf {
    /** Dates on the certificate are Vietnam's (issue times are stored in UTC). */
    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final byte[] REGULAR = font("liberation/LiberationSans-Regular.ttf");
    private static final byte[] BOLD = font("liberation/LiberationSans-Bold.ttf");
    private static final Color INK = new Color(0x1b, 0x1f, 0x24);
    private static final Color ACCENT = new Color(0x0b, 0x5c, 0xad);
    private static final Color MUTED = new Color(0x4a, 0x55, 0x60);

    private CertificatePdf() {
    }

    static byte[] render(Certificate c, String verifyUrl) {
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

            String date = c.issuedAt().atOffset(ZoneOffset.UTC).atZoneSameInstant(VIETNAM).format(DATE);
            add(document, "GIẤY CHỨNG NHẬN HOÀN THÀNH KHÓA TẬP HUẤN", new Font(bold, 24, Font.NORMAL, ACCENT), 4);
            add(document, "Certificate of completion", new Font(regular, 14, Font.NORMAL, MUTED), 22);
            add(document, "Chứng nhận ông/bà · This certifies that", new Font(regular, 13, Font.NORMAL, INK), 6);
            add(document, c.holderName(), new Font(bold, 26, Font.NORMAL, INK), 14);
            add(document, "đã hoàn thành khóa tập huấn · has completed the training course", new Font(regular, 13, Font.NORMAL, INK), 6);
            add(document, c.courseTitleVi(), new Font(bold, 17, Font.NORMAL, INK), 2);
            add(document, c.courseTitleEn(), new Font(regular, 13, Font.NORMAL, MUTED), 18);
            add(document, "Điểm bài kiểm tra · Quiz score: " + c.scorePercent() + "%", new Font(regular, 13, Font.NORMAL, INK), 2);
            add(document, "Ngày hoàn thành · Date completed: " + date, new Font(regular, 13, Font.NORMAL, INK), 18);
            add(document, "Mã xác thực · Verification code: " + c.displayCode(), new Font(bold, 13, Font.NORMAL, INK), 2);
            add(document, "Kiểm tra tại · Verify at: " + verifyUrl, new Font(regular, 10, Font.NORMAL, MUTED), 0);
            document.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
