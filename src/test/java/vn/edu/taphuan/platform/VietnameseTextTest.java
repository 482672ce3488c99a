package vn.edu.taphuan.platform;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VietnameseTextTest {
    static final BigDecimal SEVENTY = new BigDecimal("70");

    @Test
    void whenNamesAreSortedThenTheVietnameseAlphabetDecidesNotTheCharacterCodes() {
        List<String> names = new ArrayList<>(List.of("Đặng Văn Nam", "Huỳnh Thị Mai", "Ông Văn Tú", "Dương Thị Hà", "Hồ Văn An", "Ân Thị Hoa",
                "An Văn Bình", "Ấn Thị Lan", "Êban Y Luân", "Bùi Thị Ngọc", "Ơn Văn Sáu", "Ưng Thị Nở", "Ư Văn Tám", "Uông Văn Chín"));
        names.sort(VietnameseText.NAMES);
        assertEquals(List.of("An Văn Bình", "Ân Thị Hoa", "Ấn Thị Lan", "Bùi Thị Ngọc", "Dương Thị Hà", "Đặng Văn Nam", "Êban Y Luân",
                "Hồ Văn An", "Huỳnh Thị Mai", "Ông Văn Tú", "Ơn Văn Sáu", "Uông Văn Chín", "Ư Văn Tám", "Ưng Thị Nở"), names);
    }

    @Test
    void whenTheIssuesExamplesAreSortedThenHoComesBeforeHuynhAndDangBetweenDuongAndE() {
        assertTrue(VietnameseText.NAMES.compare("Hồ", "Huỳnh") < 0, "Hồ before Huỳnh");
        assertTrue(VietnameseText.NAMES.compare("Dương", "Đặng") < 0, "Đặng after Dương");
        assertTrue(VietnameseText.NAMES.compare("Đặng", "E") < 0, "Đặng before E");
        assertTrue(VietnameseText.NAMES.compare("Đặng", "Zô") < 0, "Đ is not sorted after the Latin letters");
        assertTrue(VietnameseText.NAMES.compare("An Văn Bình", "Anh Thị Bảo") < 0, "word by word: An before Anh");
    }

    @Test
    void whenTheSameNameIsWrittenDecomposedThenItSortsInTheSamePlace() {
        String nfd = Normalizer.normalize("Hồ Văn An", Normalizer.Form.NFD);
        List<String> names = new ArrayList<>(List.of("Huỳnh Thị Mai", nfd, "Dương Thị Hà"));
        names.sort(VietnameseText.NAMES);
        assertEquals(List.of("Dương Thị Hà", nfd, "Huỳnh Thị Mai"), names);
        assertEquals(1, VietnameseText.NAMES.compare(null, "A"), "nulls last");
    }

    @Test
    void whenNamesAreCollatedOnceThenEveryPairComparesAsTheNamesOrderSays() {
        String nfd = Normalizer.normalize("Hồ Văn An", Normalizer.Form.NFD);
        List<String> names = new ArrayList<>(List.of("Đặng Văn Nam", "Huỳnh Thị Mai", "Ông Văn Tú", "Dương Thị Hà", "Hồ Văn An", nfd,
                "Ân Thị Hoa", "An Văn Bình", "Anh Thị Bảo", "An", " An ", "An  Văn Bình", "Ấn Thị Lan", "Êban Y Luân", "Ư Văn Tám",
                "Trường THCS Số 1", "Trường THCS số 1", "Trường Tiểu học Hòa Bình", "Trường Tiểu học Hoà Bình", "Zô", "E"));
        names.add(null);
        java.util.Comparator<String> once = VietnameseText.namesCollatedOnce();
        for (String a : names) {
            for (String b : names) {
                assertEquals(Integer.signum(VietnameseText.NAMES.compare(a, b)), Integer.signum(once.compare(a, b)), a + " vs " + b);
            }
        }
        List<String> sorted = new ArrayList<>(names);
        sorted.sort(VietnameseText.namesCollatedOnce());
        names.sort(VietnameseText.NAMES);
        assertEquals(names, sorted);
    }

    @Test
    void whenAShareIsRoundedThenItIsHalfUpButNeverReachesATargetItMisses() {
        assertEquals(new BigDecimal("66.7"), VietnameseText.share(2, 3, SEVENTY), "2 of 3 is 66.666…%");
        assertEquals(new BigDecimal("69.9"), VietnameseText.share(2099, 3000, SEVENTY), "69.966…% would round to 70.0");
        assertEquals(new BigDecimal("69.9"), VietnameseText.share(1399, 2000, SEVENTY), "69.95% would round to 70.0");
        assertEquals(new BigDecimal("70.0"), VietnameseText.share(1399, 2000, null), "without a target, plain half-up");
        assertEquals(new BigDecimal("70.0"), VietnameseText.share(7, 10, SEVENTY));
        assertEquals(new BigDecimal("70.1"), VietnameseText.share(1401, 2000, SEVENTY), "70.05% rounds up");
        assertEquals(new BigDecimal("44.4"), VietnameseText.share(4, 9, SEVENTY));
        assertEquals(new BigDecimal("100.0"), VietnameseText.share(3, 3, SEVENTY));
        assertEquals(new BigDecimal("0.0"), VietnameseText.share(0, 3, SEVENTY));
        assertNull(VietnameseText.share(0, 0, SEVENTY), "nobody in scope: no percentage");
        assertEquals(new BigDecimal("72.4"), VietnameseText.share(7247, 10000, new BigDecimal("72.48")), "72.47% under a 72.48% target");
    }

    @Test
    void whenAComputedPercentageIsRoundedThenTheSameRuleHolds() {
        assertEquals(new BigDecimal("69.9"), VietnameseText.rounded(new BigDecimal("69.96"), SEVENTY));
        assertEquals(new BigDecimal("70.0"), VietnameseText.rounded(new BigDecimal("69.96"), null));
        assertEquals(new BigDecimal("66.7"), VietnameseText.rounded(new BigDecimal("66.6666"), SEVENTY));
        assertEquals(new BigDecimal("70.0"), VietnameseText.rounded(new BigDecimal("70.04"), SEVENTY));
        assertNull(VietnameseText.rounded(null, SEVENTY));
        assertEquals("69,9%", VietnameseText.percent(VietnameseText.rounded(new BigDecimal("69.96"), SEVENTY)));
        assertEquals("66,7%", VietnameseText.percent(VietnameseText.share(2, 3, SEVENTY)));
    }

    @Test
    void whenNumbersAreWrittenThenThousandsTakeADotAndDecimalsAComma() {
        assertEquals("0", VietnameseText.integer(0));
        assertEquals("999", VietnameseText.integer(999));
        assertEquals("1.250", VietnameseText.integer(1250));
        assertEquals("111.512", VietnameseText.integer(111_512));
        assertEquals("1.000.000", VietnameseText.integer(1_000_000));
        assertEquals("70,5%", VietnameseText.percent(new BigDecimal("70.5")));
        assertEquals("100,0%", VietnameseText.percent(new BigDecimal("100.0")));
        assertEquals("-", VietnameseText.percent(null));
        assertEquals("-", VietnameseText.integer((Long) null));
        assertEquals("1.250,5", VietnameseText.decimal(new BigDecimal("1250.5")));
        assertEquals("-0,5", VietnameseText.decimal(new BigDecimal("-0.5")));
    }

    /**
     * The JDK's vi-VN format took over from digits grouped by hand: over a spread of whole numbers and decimals (signs,
     * scales 0 to 3, group boundaries) it writes what the hand-written rule wrote, kept here as the reference.
     */
    @Test
    void whenTheJdksVietnameseFormatWritesNumbersThenTheTextIsTheHandWrittenRulesText() {
        java.util.Random random = new java.util.Random(14);
        for (int i = 0; i < 20_000; i++) {
            long n = i < 2_000 ? i - 1_000 : random.nextLong() >> random.nextInt(64);
            assertEquals(handWritten(n), VietnameseText.integer(n));
            BigDecimal d = BigDecimal.valueOf(n, random.nextInt(4));
            assertEquals(handWritten(d), VietnameseText.decimal(d), d.toPlainString());
        }
        assertEquals("1.000", VietnameseText.decimal(new BigDecimal("1E+3")));
    }

    /** The rule before the JDK's format: a dot every three digits from the right, a decimal comma. */
    private static String handWritten(long n) {
        String digits = Long.toString(Math.abs(n));
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                sb.append('.');
            }
            sb.append(digits.charAt(i));
        }
        return (n < 0 ? "-" : "") + sb;
    }

    private static String handWritten(BigDecimal p) {
        String plain = p.abs().toPlainString();
        int dot = plain.indexOf('.');
        String whole = dot < 0 ? plain : plain.substring(0, dot);
        return (p.signum() < 0 ? "-" : "") + handWritten(Long.parseLong(whole)) + (dot < 0 ? "" : "," + plain.substring(dot + 1));
    }

    @Test
    void whenATargetIsWrittenThenNeedlessZerosGo() {
        assertEquals("70%", VietnameseText.target(new BigDecimal("70.00")));
        assertEquals("72,5%", VietnameseText.target(new BigDecimal("72.50")));
        assertEquals("100%", VietnameseText.target(new BigDecimal("100")));
    }

    @Test
    void whenTheDateLineIsWrittenThenDaysUnderTenAndJanuaryFebruaryGetALeadingZero() {
        assertEquals("Phường Tân Mỹ, ngày 05 tháng 3 năm 2026", VietnameseText.placeAndDate("Phường Tân Mỹ", LocalDate.of(2026, 3, 5)));
        assertEquals("ngày 01 tháng 02 năm 2026", VietnameseText.dateWords(LocalDate.of(2026, 2, 1)));
        assertEquals("ngày 12 tháng 3 năm 2026", VietnameseText.dateWords(LocalDate.of(2026, 3, 12)));
        assertEquals("ngày 31 tháng 12 năm 2024", VietnameseText.dateWords(LocalDate.of(2024, 12, 31)));
        assertEquals("05/03/2026", VietnameseText.date(LocalDate.of(2026, 3, 5)));
        assertEquals("-", VietnameseText.date(null));
        assertEquals("05/03/2026 07:08:09", VietnameseText.dateTime(LocalDateTime.of(2026, 3, 5, 7, 8, 9)));
    }
}
