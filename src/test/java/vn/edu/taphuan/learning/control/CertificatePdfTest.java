package vn.edu.taphuan.learning.control;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import vn.edu.taphuan.learning.entity.Certificate;
import vn.edu.taphuan.learning.entity.Fixtures;
import vn.edu.taphuan.reporting.entity.ReportHeader;

import java.io.IOException;
import java.time.ZoneId;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CertificatePdfTest {
    static final ZoneId HA_NOI = ZoneId.of("Asia/Ho_Chi_Minh");

    @Test
    void whenRenderedThenThePdfCarriesNameCourseDateScoreAndCodeWithVietnameseIntact() throws IOException {
        Certificate c = new Certificate(Fixtures.startedBy(7, Fixtures.safeSchool()), "Nguyễn Thị Ánh Tuyết",
                "Phòng, chống bạo lực trên cơ sở giới", "Preventing gender-based violence", 90, Fixtures.MONDAY.withHour(20));
        byte[] pdf = CertificatePdf.render(c, "https://taphuan.example/verify.html?code=" + c.displayCode(), HA_NOI);
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

    @Test
    void whenIssuedUnderAProgrammeThenTheIssuerMottoPlaceAndSignerAreOnTheOnePage() throws IOException {
        Certificate c = new Certificate(Fixtures.startedBy(7, Fixtures.safeSchool()), "Trần Văn Bình",
                "Pháp luật về phòng, chống mại dâm", "Law and policy", 100, Fixtures.MONDAY.withHour(3))
                .issuedUnder(new ReportHeader("Ủy ban nhân dân phường Tân Mỹ", "Phòng Văn hóa - Xã hội", "Tân Mỹ", "05/BC-VHXH",
                        "KT. TRƯỞNG PHÒNG\nPHÓ TRƯỞNG PHÒNG", "Lê Thị Hồng", "Như trên"));
        try (PDDocument doc = Loader.loadPDF(CertificatePdf.render(c, "https://taphuan.example/verify.html?code=" + c.displayCode(), HA_NOI))) {
            assertEquals(1, doc.getNumberOfPages(), "heading and signer still fit one page");
            String text = new PDFTextStripper().getText(doc);
            for (String expected : List.of("ỦY BAN NHÂN DÂN PHƯỜNG TÂN MỸ", "PHÒNG VĂN HÓA - XÃ HỘI", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                    "Độc lập - Tự do - Hạnh phúc", "Tân Mỹ, ngày 02 tháng 03 năm 2026", "KT. TRƯỞNG PHÒNG", "PHÓ TRƯỞNG PHÒNG",
                    "Lê Thị Hồng", c.displayCode())) {
                assertTrue(text.contains(expected), expected + " in: " + text);
            }
        }
    }

    @Test
    void whenIssuedOutsideAnyProgrammeThenOnlyTheNationalHeadingAndTheDayArePrinted() throws IOException {
        Certificate c = new Certificate(Fixtures.startedBy(7, Fixtures.safeSchool()), "Trần Văn Bình",
                "Pháp luật", "Law", 80, Fixtures.MONDAY.withHour(3));
        try (PDDocument doc = Loader.loadPDF(CertificatePdf.render(c, "https://taphuan.example/verify.html", HA_NOI))) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM") && text.contains("ngày 02 tháng 03 năm 2026"), text);
            assertFalse(text.contains("null"), text);
        }
    }
}
