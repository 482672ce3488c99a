package vn.edu.taphuan.xapi.control.validation;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The string formats xAPI requires (xAPI Data 2.2.s4.b1.b4: a value that does not follow its format is rejected,
 * the empty string included). IRIs and language tags are checked best-effort, as Data 2.2.s4.b6/b7 allow.
 */
public final class Formats {
    private static final Pattern IRI = Pattern.compile("[A-Za-z][A-Za-z0-9+.\\-]*:[^\\s]+");
    private static final Pattern MAILTO = Pattern.compile("mailto:[^@\\s]+@[^@\\s]+");
    private static final Pattern UUID = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern SHA1 = Pattern.compile("[0-9a-fA-F]{40}");
    private static final Pattern SHA2 = Pattern.compile("[0-9a-fA-F]{56}|[0-9a-fA-F]{64}|[0-9a-fA-F]{96}|[0-9a-fA-F]{128}");
    /** Data 2.4.10.s2.b1: formatted as the version header of Communication 3.3, which takes "1.0" as 1.0.0 (3.3.s3.b3). */
    private static final Pattern VERSION = Pattern.compile("1\\.0(\\.\\d+)?");
    private static final Pattern MEDIA_TYPE = Pattern.compile("[\\w.+\\-]+/[\\w.+\\-]+\\s*(;.*)?");
    private static final Pattern TIMESTAMP = Pattern.compile(
            "(\\d{4})-(\\d{2})-(\\d{2})T(\\d{2}):(\\d{2}):(\\d{2})(\\.\\d+)?(Z|[+\\-]\\d{2}(?::?\\d{2})?)?");
    // ISO 8601:2004 4.4.3.2: PnYnMnDTnHnMnS or PnW; the last component may carry a fraction. The seconds-only
    // form without T (P16559.14S) is accepted because the specification uses it as an example (Data 4.6).
    private static final Pattern DURATION = Pattern.compile(
            "P(?:\\d+(?:[.,]\\d+)?W|(?=\\d|T\\d)(?:\\d+(?:[.,]\\d+)?Y)?(?:\\d+(?:[.,]\\d+)?M)?(?:\\d+(?:[.,]\\d+)?D)?"
                    + "(?:T(?=\\d)(?:\\d+(?:[.,]\\d+)?H)?(?:\\d+(?:[.,]\\d+)?M)?(?:\\d+(?:[.,]\\d+)?S)?)?|\\d+(?:[.,]\\d+)?S)");
    // RFC 5646 langtag with the token lengths of section 2.1, private use and the grandfathered tags. The
    // reserved 4-letter and registered 5-8-letter primary subtags are refused: none exists, and they catch
    // mistakes such as "english".
    private static final Pattern LANGUAGE = Pattern.compile(
            "[A-Za-z]{2,3}(?:-[A-Za-z]{3}){0,3}"
                    + "(?:-[A-Za-z]{4})?(?:-(?:[A-Za-z]{2}|\\d{3}))?(?:-(?:[A-Za-z0-9]{5,8}|\\d[A-Za-z0-9]{3}))*"
                    + "(?:-[0-9A-WY-Za-wy-z](?:-[A-Za-z0-9]{2,8})+)*(?:-x(?:-[A-Za-z0-9]{1,8})+)?"
                    + "|x(?:-[A-Za-z0-9]{1,8})+");
    private static final Set<String> GRANDFATHERED = Set.of("en-GB-oed", "i-ami", "i-bnn", "i-default", "i-enochian",
            "i-hak", "i-klingon", "i-lux", "i-mingo", "i-navajo", "i-pwn", "i-tao", "i-tay", "i-tsu", "sgn-BE-FR",
            "sgn-BE-NL", "sgn-CH-DE", "art-lojban", "cel-gaulish", "no-bok", "no-nyn", "zh-guoyu", "zh-hakka",
            "zh-min", "zh-min-nan", "zh-xiang");

    private Formats() {
    }

    /** An absolute IRI: a scheme, a colon, no white space (Data 2.2.s4.b1.b8, 4.3). */
    public static boolean iri(String s) {
        return s != null && IRI.matcher(s).matches();
    }

    public static boolean mailto(String s) {
        return s != null && MAILTO.matcher(s).matches();
    }

    /** The standard string form 8-4-4-4-12 (Data 4.4). */
    public static boolean uuid(String s) {
        return s != null && UUID.matcher(s).matches();
    }

    public static boolean sha1(String s) {
        return s != null && SHA1.matcher(s).matches();
    }

    public static boolean sha2(String s) {
        return s != null && SHA2.matcher(s).matches();
    }

    /** A statement version: 1.0 or 1.0.x (Data 2.4.10.s2.b1, s3.b1, s3.b2). */
    public static boolean version(String s) {
        return s != null && VERSION.matcher(s).matches();
    }

    public static boolean mediaType(String s) {
        return s != null && MEDIA_TYPE.matcher(s).matches();
    }

    public static boolean duration(String s) {
        return s != null && DURATION.matcher(s).matches() && !s.equals("P") && !s.endsWith("T");
    }

    public static boolean languageTag(String s) {
        return s != null && (LANGUAGE.matcher(s).matches() || GRANDFATHERED.contains(s));
    }

    /**
     * Whether a statement's (or a query parameter's) timestamp is one this LRS accepts: ISO 8601 <em>with a time
     * zone</em> ({@code Z} or an offset). xAPI Data 4.5 says a Timestamp "SHOULD* include the time zone" and "SHOULD*
     * be expressed using the format described in RFC 3339" (whose date-time requires an offset); About 2.1 asks
     * adopters to implement SHOULD* "as though they were MUST requirements". Without a zone the point in time is
     * unknown — a Vietnamese LMS's local 08:30 read as UTC would be seven hours off, and a completion could move
     * across a programme's deadline — so it is refused instead of guessed (issue 11).
     */
    public static boolean timestamp(String s) {
        if (s == null) {
            return false;
        }
        Matcher m = TIMESTAMP.matcher(s);
        return m.matches() && m.group(8) != null && instant(s) != null;
    }

    /**
     * The point in time of an ISO 8601 timestamp (Data 4.5), or null when it is not one. A timestamp without a
     * time zone is read as UTC: only statements stored before zones were required can have one (new ones are
     * refused by {@link #timestamp}). The offset {@code -00:00} is refused: ISO 8601 forbids it (RFC 3339 uses it
     * for "unknown offset", which cannot be stored as a point in time).
     */
    public static Instant instant(String s) {
        if (s == null) {
            return null;
        }
        Matcher m = TIMESTAMP.matcher(s);
        if (!m.matches()) {
            return null;
        }
        String zone = m.group(8);
        if (zone != null && zone.startsWith("-") && zone.replaceAll("[^0-9]", "").matches("0+")) {
            return null;
        }
        try {
            int nanos = 0;
            if (m.group(7) != null) {
                String fraction = (m.group(7).substring(1) + "000000000").substring(0, 9);
                nanos = Integer.parseInt(fraction);
            }
            LocalDateTime local = LocalDateTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
                    Integer.parseInt(m.group(6)), nanos);
            ZoneOffset offset = ZoneOffset.UTC;
            if (zone != null && !zone.equals("Z")) {
                String digits = zone.substring(1).replace(":", "");
                int hours = Integer.parseInt(digits.substring(0, 2));
                int minutes = digits.length() > 2 ? Integer.parseInt(digits.substring(2)) : 0;
                int sign = zone.startsWith("-") ? -1 : 1;
                offset = ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
            }
            return local.toInstant(offset);
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }
}
