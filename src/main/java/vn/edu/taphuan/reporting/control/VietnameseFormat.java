package vn.edu.taphuan.reporting.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * Numbers and dates as Vietnamese administrative documents write them (notes/report-layout.md): thousands dot,
 * decimal comma, "70,5%" with no space, nil as "-", "ngày 05 tháng 3 năm 2026" with a leading zero for days
 * under 10 and for months 1 and 2.
 */
public final class VietnameseFormat {
    public static final String NIL = "-";
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private VietnameseFormat() {
    }

    public static String integer(long n) {
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

    public static String integer(Long n) {
        return n == null ? NIL : integer(n.longValue());
    }

    /** A percentage as computed (one decimal): 70.5 → "70,5%"; null → "-". */
    public static String percent(BigDecimal p) {
        return p == null ? NIL : decimal(p) + "%";
    }

    /** A target such as 70 or 72.5 → "70%", "72,5%". */
    public static String target(BigDecimal p) {
        BigDecimal t = p.stripTrailingZeros();
        return decimal(t.scale() < 0 ? t.setScale(0) : t) + "%";
    }

    private static String decimal(BigDecimal p) {
        String plain = p.toPlainString();
        int dot = plain.indexOf('.');
        String whole = dot < 0 ? plain : plain.substring(0, dot);
        return integer(Long.parseLong(whole)) + (dot < 0 ? "" : "," + plain.substring(dot + 1));
    }

    /** "Phường Tân Mỹ, ngày 05 tháng 3 năm 2026". */
    public static String placeAndDate(String place, LocalDate date) {
        return (place == null || place.isBlank() ? "" : place.strip() + ", ") + dateWords(date);
    }

    /** "ngày 05 tháng 3 năm 2026", "ngày 12 tháng 02 năm 2026". */
    public static String dateWords(LocalDate date) {
        int month = date.getMonthValue();
        return "ngày " + String.format("%02d", date.getDayOfMonth()) + " tháng " + (month <= 2 ? String.format("%02d", month) : month)
                + " năm " + date.getYear();
    }

    /** "05/03/2026". */
    public static String date(LocalDate date) {
        return date.format(SHORT);
    }
}
