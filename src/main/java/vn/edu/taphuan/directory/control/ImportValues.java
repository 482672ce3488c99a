package vn.edu.taphuan.directory.control;

import vn.edu.taphuan.directory.entity.Gender;
import vn.edu.taphuan.directory.entity.SchoolType;
import vn.edu.taphuan.directory.entity.StaffCategory;
import vn.edu.taphuan.directory.entity.StaffStatus;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.edu.taphuan.platform.Messages;

/**
 * The words people type in roster spreadsheets, in Vietnamese or English, turned into our values. Matching
 * ignores case, diacritics and punctuation ("Cán bộ quản lý", "CAN BO QUAN LY", "can-bo-quan-ly" are one
 * word), because spreadsheets are typed by hand, on keyboards with and without Vietnamese input.
 */
public final class ImportValues {
    private static final Pattern COMBINING = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_ALNUM = Pattern.compile("[^a-z0-9]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9._-]+");
    /** d/M/yyyy with "/", "-" or "." (Vietnamese order), optionally followed by a midnight time some exports add. */
    private static final Pattern DMY = Pattern.compile("(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})(?:[ T]0{1,2}:00(?::00(?:\\.0+)?)?)?");
    private static final Pattern YMD = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[ T]0{1,2}:00(?::00(?:\\.0+)?)?)?");

    /**
     * Accepted words per value: first its Vietnamese and its English label (enum.* in the bundles, the words shown
     * to people, as on the pages), then the other words people type for it.
     */
    public static final Map<Gender, List<String>> GENDERS = aliases(Map.of(
            Gender.FEMALE, List.of("F", "gái", "Nữ giới", "phụ nữ"),
            Gender.MALE, List.of("M", "trai", "Nam giới"),
            Gender.OTHER, List.of()), Gender.values());
    public static final Map<StaffCategory, List<String>> CATEGORIES = aliases(Map.of(
            StaffCategory.MANAGER, List.of("CBQL", "Quản lý", "management"),
            StaffCategory.EMPLOYEE, List.of("VC", "Giáo viên", "GV", "teacher"),
            StaffCategory.OTHER, List.of("Nhân viên", "Người lao động", "Hợp đồng")), StaffCategory.values());
    public static final Map<StaffStatus, List<String>> STATUSES = aliases(Map.of(
            StaffStatus.ACTIVE, List.of("Đang công tác", "Làm việc", "Đang dạy"),
            StaffStatus.ON_LEAVE, List.of("Nghỉ phép", "Nghỉ thai sản", "Nghỉ ốm"),
            StaffStatus.LEFT, List.of("Nghỉ việc", "Đã nghỉ việc", "Thôi việc", "Chuyển công tác", "Nghỉ hưu")),
            StaffStatus.values());
    public static final Map<SchoolType, List<String>> SCHOOL_TYPES = aliases(Map.of(
            SchoolType.PUBLIC, List.of("CL"),
            SchoolType.NON_PUBLIC, List.of("NCL", "Tư thục", "Dân lập", "private")),
            SchoolType.values());

    private static final Map<String, Gender> GENDER_WORDS = index(GENDERS);
    private static final Map<String, StaffCategory> CATEGORY_WORDS = index(CATEGORIES);
    private static final Map<String, StaffStatus> STATUS_WORDS = index(STATUSES);
    private static final Map<String, SchoolType> TYPE_WORDS = index(SCHOOL_TYPES);

    private ImportValues() {
    }

    /**
     * The comparison form of a word: no diacritics (đ → d), lower case, punctuation and runs of spaces turned
     * into one space. "Ngoài công lập" → "ngoai cong lap", "NON_PUBLIC" → "non public".
     */
    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String s = Normalizer.normalize(text, Normalizer.Form.NFD);
        s = COMBINING.matcher(s).replaceAll("").replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT);
        return NOT_ALNUM.matcher(s).replaceAll(" ").strip();
    }

    /**
     * A cell as stored: Unicode NFC (files converted from legacy Vietnamese encodings often carry decomposed
     * accents, which would compare unequal to the same name typed in a form), trimmed, inner spaces single.
     */
    public static String clean(String text) {
        if (text == null) {
            return "";
        }
        if (tidy(text)) {
            return text; // most cells: checked in one pass instead of normalising and matching 800,000 of them
        }
        return SPACES.matcher(Normalizer.normalize(text, Normalizer.Form.NFC).replace('\u00A0', ' ')).replaceAll(" ").strip();
    }

    /** No leading/trailing/double/odd whitespace, and composed (or plain ASCII) text. */
    private static boolean tidy(String s) {
        if (s.isEmpty()) {
            return true;
        }
        boolean ascii = true;
        char previous = ' ';
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                if (c != ' ' || previous == ' ') {
                    return false;
                }
            }
            ascii &= c < 0x80;
            previous = c;
        }
        return previous != ' ' && (ascii || Normalizer.isNormalized(s, Normalizer.Form.NFC));
    }

    public static boolean isCode(String value) {
        return CODE.matcher(value).matches();
    }

    public static Optional<Gender> gender(String value) {
        return Optional.ofNullable(GENDER_WORDS.get(fold(value)));
    }

    public static Optional<StaffCategory> category(String value) {
        return Optional.ofNullable(CATEGORY_WORDS.get(fold(value)));
    }

    public static Optional<StaffStatus> status(String value) {
        return Optional.ofNullable(STATUS_WORDS.get(fold(value)));
    }

    public static Optional<SchoolType> schoolType(String value) {
        return Optional.ofNullable(TYPE_WORDS.get(fold(value)));
    }

    /**
     * A date written dd/MM/yyyy (also with "-" or "."; day and month may have one digit) or yyyy-MM-dd, the
     * latter also being what the XLSX reader produces for real date cells. Empty when it is no real date
     * (31/02/2024) or the year is outside 1900–2100 (a typo such as 0224).
     */
    public static Optional<LocalDate> date(String value) {
        String v = value == null ? "" : value.strip();
        try {
            Matcher m = DMY.matcher(v);
            if (m.matches()) {
                return plausible(LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1))));
            }
            m = YMD.matcher(v);
            if (m.matches()) {
                return plausible(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
            }
        } catch (DateTimeException notADay) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> plausible(LocalDate d) {
        return d.getYear() >= 1900 && d.getYear() <= 2100 ? Optional.of(d) : Optional.empty();
    }

    /** "Nữ, female" style list of the shown words (first Vietnamese and first English) for error messages. */
    public static <E extends Enum<E>> String shown(Map<E, List<String>> aliases) {
        StringBuilder b = new StringBuilder();
        aliases.forEach((value, words) -> {
            if (b.length() > 0) {
                b.append("; ");
            }
            b.append(words.get(0)).append(" / ").append(words.get(1));
        });
        return b.toString();
    }

    /**
     * Puts each value's two labels first and its enum name (MANAGER, NON_PUBLIC, ON_LEAVE) last around its other
     * words, in declaration order.
     */
    private static <E extends Enum<E>> Map<E, List<String>> aliases(Map<E, List<String>> words, E[] order) {
        Map<E, List<String>> result = new LinkedHashMap<>();
        for (E e : order) {
            List<String> list = new java.util.ArrayList<>(List.of(Messages.label(Messages.VIETNAMESE, e), Messages.label(Locale.ENGLISH, e)));
            list.addAll(words.get(e));
            list.add(e.name());
            result.put(e, List.copyOf(list));
        }
        return java.util.Collections.unmodifiableMap(result);
    }

    private static <E> Map<String, E> index(Map<E, List<String>> aliases) {
        Map<String, E> result = new java.util.HashMap<>();
        aliases.forEach((value, words) -> words.forEach(w -> {
            E before = result.put(fold(w), value);
            if (before != null && before != value) {
                throw new IllegalStateException("Word '" + w + "' means both " + before + " and " + value);
            }
        }));
        return Map.copyOf(result);
    }
}
