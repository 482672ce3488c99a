package vn.edu.taphuan.reporting.control;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.Document;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.draw.LineSeparator;

import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.SecureRandom;

/**
 * The PDF's fonts and the paragraphs and cells made with them. Fonts: Liberation Serif, metrically compatible with
 * Times New Roman (which Decree 30/2020 names and which cannot be shipped), with every Vietnamese glyph, embedded
 * from the {@code openpdf-fonts-extra} jar so the output does not depend on the fonts of the server.
 */
final class PdfStyle {
    static final BaseFont REGULAR = font("LiberationSerif-Regular.ttf", 'A');
    static final BaseFont BOLD = font("LiberationSerif-Bold.ttf", 'B');
    static final BaseFont ITALIC = font("LiberationSerif-Italic.ttf", 'C');
    static final BaseFont BOLD_ITALIC = font("LiberationSerif-BoldItalic.ttf", 'D');

    private PdfStyle() {
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
        try (InputStream in = PdfStyle.class.getClassLoader().getResourceAsStream("liberation/" + file)) {
            if (in == null) {
                throw new IllegalStateException("Font liberation/" + file + " is missing (artifact openpdf-fonts-extra)");
            }
            return BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Paragraph paragraph(String text, Font f, int align) {
        Paragraph p = new Paragraph(text, f);
        p.setAlignment(align);
        p.setLeading(f.getSize() * 1.25f);
        return p;
    }

    static Paragraph rule(float percent) {
        Paragraph p = new Paragraph();
        p.setFont(font(REGULAR, 4)); // or the library embeds its default font for the line's empty chunk
        p.setLeading(4);
        p.setSpacingBefore(2);
        p.add(new Chunk(new LineSeparator(0.8f, Math.min(100, percent), Color.BLACK, Element.ALIGN_CENTER, 0)));
        return p;
    }

    static PdfPCell cell(String text, Font f, int align) {
        PdfPCell c = new PdfPCell(new Phrase(text, f));
        c.setHorizontalAlignment(align);
        c.setVerticalAlignment(Element.ALIGN_MIDDLE);
        c.setPadding(3);
        c.setPaddingBottom(5);
        return c;
    }

    static PdfPCell borderless() {
        PdfPCell c = new PdfPCell();
        c.setBorder(Rectangle.NO_BORDER);
        return c;
    }

    static Font font(BaseFont base, float size) {
        return new Font(base, size);
    }

    /** Page numbers centred in the top margin, not on the first page. */
    static final class PageNumbers extends PdfPageEventHelper {
        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            int page = writer.getPageNumber();
            if (page > 1) {
                Rectangle size = document.getPageSize();
                ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_CENTER,
                        new Phrase(Integer.toString(page), font(REGULAR, 12)), (document.left() + document.right()) / 2, size.getHeight() - 12 * 72f / 25.4f, 0);
            }
        }
    }
}
