package vn.edu.taphuan.learning.control;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import vn.edu.taphuan.learning.entity.Certificate;
import vn.edu.taphuan.learning.entity.Fixtures;

import java.io.IOException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CertificatePdfTest {

    @Test
    void whenRenderedThenThePdfCarriesNameCourseDateScoreAndCodeWithVietnameseIntact() throws IOException {
        Certificate c = new Certificate(Fixtures.startedBy(7, Fixtures.safeSchool()), "Nguyễn Thị Ánh Tuyết",
                "Phòng, chống bạo lực trên cơ sở giới", "Preventing gender-based violence", 90, Fixtures.MONDAY.withHour(20));
        byte[] pdf = CertificatePdf.render(c, "https://taphuan.example/verify.html?code=" + c.displayCode());
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertEquals(1, doc.getNumberOfPages());
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("Nguyễn Thị Ánh Tuyết"), text);
            assertTrue(text.contains("GIẤY CHỨNG NHẬN HOÀN THÀNH KHÓA TẬP HUẤN"), text);
            assertTrue(text.contains("Phòng, chống bạo lực trên cơ sở giới"), text);
            assertTrue(text.contains("90%"), text);
            assertTrue(text.contains("03/03/2026"), "20:00 UTC is the next day in Vietnam: " + text);
            assertTrue(text.contains(c.displayCode()), text);
            assertTrue(doc.getPage(0).getResources().getFontNames().iterator().hasNext());
        }
    }
}
