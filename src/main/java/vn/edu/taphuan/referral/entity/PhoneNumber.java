package vn.edu.taphuan.referral.entity;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A Vietnamese telephone number as an admin wrote it ({@code 028 3811 1234}, {@code (028) 3811-1234},
 * {@code +84 91 234 5678}) and as a phone dials it (digits only, {@code +84} written as {@code 0}). Accepted:
 * the 3-digit emergency and hotline numbers (111, 113, 114, 115), 1800/1900 numbers of 8 or 10 digits, landlines
 * of 11 digits (02x area code) and mobiles of 10 digits (03, 05, 07, 08, 09). An extension does not fit here; it goes in the note.
 */
public record PhoneNumber(String written, String digits) {
    public static final int MAX_WRITTEN = 40;
    private static final Pattern SEPARATORS = Pattern.compile("[\\s.\\-()/\\u00A0]");
    private static final Pattern DIGITS = Pattern.compile("\\d+");

    public static Optional<PhoneNumber> parse(String text) {
        if (text == null || text.isBlank() || text.strip().length() > MAX_WRITTEN) {
            return Optional.empty();
        }
        // a leading apostrophe is how spreadsheets (and our CSV export) keep "+84 …" as text
        String written = text.strip().replaceFirst("^'", "").strip().replaceAll("\\s+", " ");
        String compact = SEPARATORS.matcher(written).replaceAll("");
        if (compact.startsWith("+84")) {
            compact = "0" + compact.substring(3);
        } else if (compact.startsWith("0084")) {
            compact = "0" + compact.substring(4);
        }
        if (!DIGITS.matcher(compact).matches() || !plausible(compact)) {
            return Optional.empty();
        }
        return Optional.of(new PhoneNumber(written, compact));
    }

    private static boolean plausible(String d) {
        int n = d.length();
        if (d.startsWith("02")) {
            return n == 11; // landlines since 2017: 0 + a 3-digit area code beginning with 2 + 8 digits
        }
        if (d.startsWith("0")) {
            return n == 10 && "35789".indexOf(d.charAt(1)) >= 0; // mobiles: 03, 05, 07, 08, 09 + 8 digits
        }
        if (d.startsWith("1800") || d.startsWith("1900")) {
            return n == 8 || n == 10;
        }
        return n == 3 && d.startsWith("11");
    }

    /** The link a phone opens its dialler with. */
    public String tel() {
        return "tel:" + digits;
    }
}
