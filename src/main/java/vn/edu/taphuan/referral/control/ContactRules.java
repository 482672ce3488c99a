package vn.edu.taphuan.referral.control;

import vn.edu.taphuan.directory.control.ImportValues;
import vn.edu.taphuan.directory.entity.School;
import vn.edu.taphuan.referral.entity.ContactDraft;
import vn.edu.taphuan.referral.entity.ContactKind;
import vn.edu.taphuan.referral.entity.ContactLevel;
import vn.edu.taphuan.referral.entity.PhoneNumber;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The checks every contact passes, whether typed in the form or read from a file row: one rule set, so both say
 * the same things. Each problem names the field, the value, a message key (with its {@code .fix} companion) and
 * its arguments; the caller puts them in the user's language.
 */
public final class ContactRules {

    /** Where a problem is sent: the form collects details, the import adds them to the row. */
    @FunctionalInterface
    public interface Report {
        void problem(ContactField field, String value, String key, Object... args);
    }

    /** The schools and wards the values may name, looked up beforehand (by code; wards as schools carry them). */
    public record Places(Map<String, School> schools, Set<String> wards) {
    }

    static final Map<ContactLevel, List<String>> LEVEL_WORDS = Map.of(
            ContactLevel.SCHOOL, List.of("school", "trường", "nhà trường"),
            ContactLevel.WARD, List.of("ward", "phường/xã", "phường", "xã", "phường xã", "commune"),
            ContactLevel.CITY, List.of("city", "thành phố", "toàn thành phố", "tỉnh", "sở", "toàn đơn vị", "office"));
    static final List<String> YES = List.of("có", "yes", "x", "true", "1", "ví dụ", "mẫu", "example");
    static final List<String> NO = List.of("không", "no", "false", "0");

    private ContactRules() {
    }

    /**
     * Every value cleaned (NFC, single spaces, trimmed); empty text becomes null. The apostrophe CsvCells puts before
     * a cell that starts like a formula is taken off again, so an exported file imports back unchanged.
     */
    public static Map<ContactField, String> cleaned(Map<ContactField, String> raw) {
        Map<ContactField, String> v = new EnumMap<>(ContactField.class);
        raw.forEach((f, text) -> {
            String c = ImportValues.clean(text);
            if (c.length() > 1 && c.charAt(0) == '\'' && "=+-@".indexOf(c.charAt(1)) >= 0) {
                c = c.substring(1);
            }
            if (!c.isEmpty()) {
                v.put(f, c);
            }
        });
        return v;
    }

    /** The draft, or empty when a problem was reported. */
    public static Optional<ContactDraft> check(Map<ContactField, String> raw, Places places, Report report) {
        Map<ContactField, String> v = cleaned(raw);
        int[] problems = {0};
        Report counting = (f, value, key, args) -> {
            problems[0]++;
            report.problem(f, value, key, args);
        };
        lengths(v, counting);
        Optional<ContactKind> kind = kind(v.get(ContactField.KIND), counting);
        Optional<PhoneNumber> phone = phone(v.get(ContactField.PHONE), counting);
        if (!v.containsKey(ContactField.NAME)) {
            counting.problem(ContactField.NAME, null, "contact.required");
        }
        Boolean example = example(v.get(ContactField.EXAMPLE), counting);
        Optional<ContactLevel> level = level(v, counting);
        School school = level.filter(l -> l == ContactLevel.SCHOOL).map(l -> school(v.get(ContactField.SCHOOL), places, counting)).orElse(null);
        String ward = level.filter(l -> l == ContactLevel.WARD).map(l -> ward(v.get(ContactField.WARD), places, counting)).orElse(null);
        if (problems[0] > 0) {
            return Optional.empty();
        }
        return Optional.of(new ContactDraft(kind.orElseThrow(), level.orElseThrow(), ward, school, v.get(ContactField.NAME),
                phone.orElseThrow(), v.get(ContactField.ADDRESS), v.get(ContactField.HOURS), v.get(ContactField.NOTE), example));
    }

    private static void lengths(Map<ContactField, String> v, Report report) {
        v.forEach((f, text) -> {
            if (f.maxLength() > 0 && text.length() > f.maxLength()) {
                report.problem(f, text, "contact.tooLong", f.maxLength(), text.length());
            }
        });
    }

    static Optional<ContactKind> kind(String text, Report report) {
        if (text == null) {
            report.problem(ContactField.KIND, null, "contact.required");
            return Optional.empty();
        }
        Optional<ContactKind> kind = ContactKind.of(text.toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        if (kind.isEmpty()) {
            report.problem(ContactField.KIND, text, "contact.kind", keys());
        }
        return kind;
    }

    /** Every kind key, for messages: "school-focal-point, school-counsellor, …". */
    public static String keys() {
        return Arrays.stream(ContactKind.values()).map(ContactKind::key).collect(Collectors.joining(", "));
    }

    private static Optional<PhoneNumber> phone(String text, Report report) {
        if (text == null) {
            report.problem(ContactField.PHONE, null, "contact.required");
            return Optional.empty();
        }
        Optional<PhoneNumber> phone = PhoneNumber.parse(text);
        if (phone.isEmpty() && text.length() <= PhoneNumber.MAX_WRITTEN) {
            report.problem(ContactField.PHONE, text, "contact.phone");
        }
        return phone;
    }

    private static Boolean example(String text, Report report) {
        String folded = ImportValues.fold(text);
        if (text == null || NO.stream().map(ImportValues::fold).anyMatch(folded::equals)) {
            return false;
        }
        if (YES.stream().map(ImportValues::fold).anyMatch(folded::equals)) {
            return true;
        }
        report.problem(ContactField.EXAMPLE, text, "contact.example");
        return false;
    }

    /**
     * The level as written, or told by the place when left empty: a school code makes it a school's entry, a ward
     * a ward's, neither the city's. A level that disagrees with the place is a problem, not a guess.
     */
    static Optional<ContactLevel> level(Map<ContactField, String> v, Report report) {
        String text = v.get(ContactField.LEVEL);
        boolean hasWard = v.containsKey(ContactField.WARD), hasSchool = v.containsKey(ContactField.SCHOOL);
        ContactLevel level;
        if (text == null) {
            level = hasSchool ? ContactLevel.SCHOOL : hasWard ? ContactLevel.WARD : ContactLevel.CITY;
        } else {
            String folded = ImportValues.fold(text);
            Optional<ContactLevel> named = Arrays.stream(ContactLevel.values()).filter(l -> ImportValues.fold(l.name()).equals(folded)
                    || LEVEL_WORDS.get(l).stream().map(ImportValues::fold).anyMatch(folded::equals)).findFirst();
            if (named.isEmpty()) {
                report.problem(ContactField.LEVEL, text, "contact.level");
                return Optional.empty();
            }
            level = named.get();
        }
        boolean agrees = switch (level) {
            case SCHOOL -> hasSchool && !hasWard;
            case WARD -> hasWard && !hasSchool;
            case CITY -> !hasWard && !hasSchool;
        };
        if (!agrees) {
            ContactField where = level == ContactLevel.WARD ? ContactField.WARD : ContactField.SCHOOL;
            report.problem(text == null ? where : ContactField.LEVEL, text, "contact.level." + level.name().toLowerCase(java.util.Locale.ROOT));
            return Optional.empty();
        }
        return Optional.of(level);
    }

    private static School school(String code, Places places, Report report) {
        School school = places.schools().get(code);
        if (school == null) {
            report.problem(ContactField.SCHOOL, code, "contact.school.unknown", code);
        }
        return school;
    }

    private static String ward(String ward, Places places, Report report) {
        if (!places.wards().contains(ward)) {
            report.problem(ContactField.WARD, ward, "contact.ward.unknown", ward);
            return null;
        }
        return ward;
    }
}
