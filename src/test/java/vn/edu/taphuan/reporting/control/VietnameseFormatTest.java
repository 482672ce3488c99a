package vn.edu.taphuan.reporting.control;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;

class VietnameseFormatTest {

    @Test
    void whenNumbersAreWrittenThenThousandsTakeADotAndDecimalsAComma() {
        assertEquals("0", VietnameseFormat.integer(0));
        assertEquals("999", VietnameseFormat.integer(999));
        assertEquals("1.250", VietnameseFormat.integer(1250));
        assertEquals("111.512", VietnameseFormat.integer(111_512));
        assertEquals("1.000.000", VietnameseFormat.integer(1_000_000));
        assertEquals("70,5%", VietnameseFormat.percent(new BigDecimal("70.5")));
        assertEquals("100,0%", VietnameseFormat.percent(new BigDecimal("100.0")));
        assertEquals("-", VietnameseFormat.percent(null));
        assertEquals("-", VietnameseFormat.integer((Long) null));
    }

    @Test
    void whenATargetIsWrittenThenNeedlessZerosGo() {
        assertEquals("70%", VietnameseFormat.target(new BigDecimal("70.00")));
        assertEquals("72,5%", VietnameseFormat.target(new BigDecimal("72.50")));
        assertEquals("100%", VietnameseFormat.target(new BigDecimal("100")));
    }

    @Test
    void whenTheDateLineIsWrittenThenDaysUnderTenAndJanuaryFebruaryGetALeadingZero() {
        assertEquals("Phường Tân Mỹ, ngày 05 tháng 3 năm 2026", VietnameseFormat.placeAndDate("Phường Tân Mỹ", LocalDate.of(2026, 3, 5)));
        assertEquals("ngày 01 tháng 02 năm 2026", VietnameseFormat.dateWords(LocalDate.of(2026, 2, 1)));
        assertEquals("ngày 12 tháng 3 năm 2026", VietnameseFormat.dateWords(LocalDate.of(2026, 3, 12)));
        assertEquals("ngày 31 tháng 12 năm 2024", VietnameseFormat.dateWords(LocalDate.of(2024, 12, 31)));
        assertEquals("05/03/2026", VietnameseFormat.date(LocalDate.of(2026, 3, 5)));
    }
}
