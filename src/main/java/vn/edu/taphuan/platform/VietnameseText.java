package vn.edu.taphuan.platform;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.CollationKey;
import java.text.Collator;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The one place for how the service writes Vietnamese (docs/reporting.md, "Formats"): names in Vietnamese
 * alphabetical order, dates dd/MM/yyyy, percentages with one decimal, numbers with a thousands dot and a decimal
 * comma ("1.250", "70,5%", no space before %), nil as "-", and the date line of an official document
 * ("ngày 05 tháng 3 năm 2026", docs/reporting.md, "The filed report"). Java code that sorts names or prints dates or
 * percentages for people uses it; the pages use {@code App.formatDate} and {@code App.formatPercent}, which follow
 * the same rules.
 */
public final class VietnameseText {
    public static final String NIL = "-";
    public static final Locale VIETNAM = Locale.forLanguageTag("vi-VN");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter SHORT_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");
    private static final Collator COLLATOR = collator();
    private static final java.util.regex.Pattern WORDS = java.util.regex.Pattern.compile("\\s+");

    /**
     * Vietnamese alphabetical order ("Hồ" before "Huỳnh", "Dương" before "Đặng" before "E"; tones after the letter:
     * "An" before "Ấn"), whatever the Unicode normalisation of the text; names equal to the collator are kept
     * apart by their characters, so the order is total. Nulls last. Sorting by code point puts "Huỳnh" before "Hồ"
     * and every "Đ" after "Y".
     */
    public static final Comparator<String> NAMES = Comparator.nullsLast(VietnameseText::compareNames);

    private VietnameseText() {
    }

    /** Orders anything by a name it has, in {@link #NAMES} order. */
    public static <T> Comparator<T> byName(Function<T, String> name) {
        return Comparator.comparing(name, NAMES);
    }

    /**
     * Word by word ("An Văn" before "Anh Bảo"): the collator alone ignores spaces and would compare "AnVăn" with
     * "AnhBảo".
     */
    /**
     * {@link #NAMES} for one sort of many rows: each name is collated once into a {@link NameKey} and remembered, so
     * the n·log n comparisons of a sort compare keys (a district's 3,541 school names: ≈40,000 comparisons, each of
     * which split and collated both names). Make one per sort: it keeps every name it saw.
     */
    public static Comparator<String> namesCollatedOnce() {
        Map<String, NameKey> keys = new ConcurrentHashMap<>();
        return Comparator.nullsLast(Comparator.comparing(name -> keys.computeIfAbsent(name, NameKey::of)));
    }

    /** A name's place in {@link #NAMES} order, worked out once: its words' collation keys, then the name itself. */
    public static final class NameKey implements Comparable<NameKey> {
        private final String name;
        private final CollationKey[] words;

        private NameKey(String name, CollationKey[] words) {
            this.name = name;
            this.words = words;
        }

        public static NameKey of(String name) {
            String[] split = WORDS.split(name.strip());
            CollationKey[] words = new CollationKey[split.length];
            synchronized (COLLATOR) {
                for (int i = 0; i < split.length; i++) {
                    words[i] = COLLATOR.getCollationKey(split[i]);
                }
            }
            return new NameKey(name, words);
        }

        /** As {@link #compareNames}: word by word, then the shorter name first, then by characters. */
        @Override
        public int compareTo(NameKey other) {
            for (int i = 0; i < Math.min(words.length, other.words.length); i++) {
                int c = words[i].compareTo(other.words[i]);
                if (c != 0) {
                    return c;
                }
            }
            int c = Integer.compare(words.length, other.words.length);
            return c != 0 ? c : name.compareTo(other.name);
        }
    }

    private static int compareNames(String a, String b) {
        String[] x = WORDS.split(a.strip()), y = WORDS.split(b.strip());
        // a RuleBasedCollator is not safe for concurrent use
        synchronized (COLLATOR) {
            for (int i = 0; i < Math.min(x.length, y.length); i++) {
                int c = COLLATOR.compare(x[i], y[i]);
                if (c != 0) {
                    return c;
                }
            }
        }
        int c = Integer.compare(x.length, y.length);
        return c != 0 ? c : a.compareTo(b);
    }

    private static Collator collator() {
        Collator c = Collator.getInstance(VIETNAM);
        c.setDecomposition(Collator.CANONICAL_DECOMPOSITION);
        c.setStrength(Collator.TERTIARY);
        return c;
    }

    /**
     * {@code part} of {@code whole} as a percentage, one decimal, rounded half-up (2 of 3 → 66.7) — except that a share
     * below {@code target} is never rounded up to the target or above it (2,099 of 3,000 = 69.966…% → 69.9 for a 70%
     * target, not 70.0): the figure a school reads must not say it reached the target when it did not. Null when the
     * whole is 0 (nobody in scope: no percentage). {@code target} may be null (no target to guard).
     */
    public static BigDecimal share(long part, long whole, BigDecimal target) {
        if (whole <= 0) {
            return null;
        }
        BigDecimal hundredfold = BigDecimal.valueOf(part).multiply(HUNDRED);
        BigDecimal n = BigDecimal.valueOf(whole);
        BigDecimal rounded = hundredfold.divide(n, 1, RoundingMode.HALF_UP);
        boolean below = target != null && hundredfold.compareTo(target.multiply(n)) < 0;
        return below && rounded.compareTo(target) >= 0 ? hundredfold.divide(n, 1, RoundingMode.DOWN) : rounded;
    }

    /** A percentage already worked out (69.96) rounded the same way as {@link #share}: 69.96 with target 70 → 69.9. */
    public static BigDecimal rounded(BigDecimal percent, BigDecimal target) {
        if (percent == null) {
            return null;
        }
        BigDecimal rounded = percent.setScale(1, RoundingMode.HALF_UP);
        boolean below = target != null && percent.compareTo(target) < 0;
        return below && rounded.compareTo(target) >= 0 ? percent.setScale(1, RoundingMode.DOWN) : rounded;
    }

    /** 1250 → "1.250": the JDK's vi-VN number format (a thousands dot), which VietnameseTextTest holds to these rules. */
    public static String integer(long n) {
        return NumberFormat.getIntegerInstance(VIETNAM).format(n);
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

    /** A decimal number as written in Vietnamese, with the digits it has: 1250.5 → "1.250,5", -0.5 → "-0,5". */
    public static String decimal(BigDecimal p) {
        NumberFormat f = NumberFormat.getNumberInstance(VIETNAM); // a fresh one: a NumberFormat is not thread-safe
        int digits = Math.max(0, p.scale());
        f.setMinimumFractionDigits(digits);
        f.setMaximumFractionDigits(digits);
        return f.format(p);
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

    /** "05/03/2026"; null → "-". */
    public static String date(LocalDate date) {
        return date == null ? NIL : date.format(SHORT);
    }

    /** "05/03/2026 14:07:09"; null → "-". */
    public static String dateTime(LocalDateTime at) {
        return at == null ? NIL : at.format(SHORT_TIME);
    }
}
