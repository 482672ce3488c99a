package vn.edu.taphuan.directory.control;

import vn.edu.taphuan.directory.entity.Gender;
import vn.edu.taphuan.directory.entity.SchoolType;
import vn.edu.taphuan.directory.entity.StaffCategory;
import vn.edu.taphuan.directory.entity.StaffStatus;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.IntConsumer;

/**
 * The rows of an import file as schools or staff, with every problem a row can have on its own or against the
 * other rows of the file (missing or too-long values, unknown words, bad dates, end before start, a code twice).
 * Checks against the database (unknown school, someone else's school) come later, in {@link RosterWriter}.
 * A field that is wrong is null in its row; such rows are never written, since any problem stops the import.
 */
public final class RosterRows {
    /** Default level of a school when the file has no level, or an empty cell. */
    public static final String DEFAULT_LEVEL = "THCS";

    public record SchoolRow(int row, String code, String name, String ward, SchoolType type, String level) {
    }

    /** {@code status} is ACTIVE when the cell is empty. */
    public record StaffRow(int row, String code, String fullName, Gender gender, StaffCategory category,
                           StaffStatus status, LocalDate startDate, LocalDate endDate, String schoolCode) {
    }

    /** The schools of a file; {@code hasLevel} false means "keep each school's level" (new ones get THCS). */
    public record Schools(List<SchoolRow> rows, boolean hasLevel) {
    }

    /** The staff of a file; a column the file lacks keeps the stored value (new people: active, no dates). */
    public record Staff(List<StaffRow> rows, boolean hasStatus, boolean hasStartDate, boolean hasEndDate) {
    }

    private final ImportHeader header;
    private final ImportProblems problems;
    private final Map<String, Integer> firstRowOfCode = new HashMap<>();
    /** Each distinct cell text of a word column is folded once: 100,000 rows hold a handful of distinct words. */
    private final Map<ImportColumn, Map<String, Optional<?>>> words = new java.util.EnumMap<>(ImportColumn.class);

    private RosterRows(ImportHeader header, ImportProblems problems) {
        this.header = header;
        this.problems = problems;
    }

    public static Schools schools(ImportHeader header, ImportProblems problems, IntConsumer progress) {
        return new Schools(read(header, problems, progress, RosterRows::school), header.has(ImportColumn.LEVEL));
    }

    public static Staff staff(ImportHeader header, ImportProblems problems, IntConsumer progress) {
        return new Staff(read(header, problems, progress, RosterRows::staffMember),
                header.has(ImportColumn.STATUS), header.has(ImportColumn.START_DATE), header.has(ImportColumn.END_DATE));
    }

    /** Reads every data row of the file with {@code one}, telling progress after each. */
    private static <T> List<T> read(ImportHeader header, ImportProblems problems, IntConsumer progress,
                                    BiFunction<RosterRows, ImportFile.Row, T> one) {
        RosterRows r = new RosterRows(header, problems);
        List<T> rows = new ArrayList<>(header.data().size());
        int n = 0;
        for (ImportFile.Row row : header.data()) {
            rows.add(one.apply(r, row));
            progress.accept(++n);
        }
        return rows;
    }

    private SchoolRow school(ImportFile.Row row) {
        String code = code(row, ImportColumn.SCHOOL_CODE);
        String name = text(row, ImportColumn.SCHOOL_NAME);
        String ward = text(row, ImportColumn.WARD);
        SchoolType type = word(row, ImportColumn.SCHOOL_TYPE, ImportValues::schoolType, ImportValues.SCHOOL_TYPES, "import.type", null);
        String level = text(row, ImportColumn.LEVEL);
        return new SchoolRow(row.number(), code, name, ward, type, level == null || level.isEmpty() ? DEFAULT_LEVEL : level);
    }

    private StaffRow staffMember(ImportFile.Row row) {
        String code = code(row, ImportColumn.STAFF_CODE);
        String name = text(row, ImportColumn.FULL_NAME);
        Gender gender = word(row, ImportColumn.GENDER, ImportValues::gender, ImportValues.GENDERS, "import.gender", null);
        StaffCategory category = word(row, ImportColumn.CATEGORY, ImportValues::category, ImportValues.CATEGORIES, "import.category", null);
        StaffStatus status = word(row, ImportColumn.STATUS, ImportValues::status, ImportValues.STATUSES, "import.status", StaffStatus.ACTIVE);
        LocalDate start = date(row, ImportColumn.START_DATE);
        LocalDate end = date(row, ImportColumn.END_DATE);
        if (start != null && end != null && end.isBefore(start)) {
            problems.add(row.number(), header.name(ImportColumn.END_DATE), header.cell(row, ImportColumn.END_DATE),
                    "import.dates.order", header.cell(row, ImportColumn.START_DATE));
        }
        String school = text(row, ImportColumn.STAFF_SCHOOL);
        if (school != null && !school.isEmpty() && !ImportValues.isCode(school)) {
            problems.add(row.number(), header.name(ImportColumn.STAFF_SCHOOL), school, "import.code.pattern");
            school = null;
        }
        return new StaffRow(row.number(), code, name, gender, category, status, start, end, school);
    }

    /**
     * The cell as stored, or null when it is required and empty, or too long (problems added). An optional
     * column the file lacks gives "".
     */
    private String text(ImportFile.Row row, ImportColumn column) {
        String value = ImportValues.clean(header.cell(row, column));
        if (value.isEmpty()) {
            if (column.required()) {
                problems.add(row.number(), header.name(column), null, "import.required", header.name(column));
                return null;
            }
            return value;
        }
        if (column.maxLength() > 0 && value.length() > column.maxLength()) {
            problems.add(row.number(), header.name(column), shorten(value), "import.tooLong", column.maxLength(), value.length());
            return null;
        }
        return value;
    }

    /** A key code: required, letters/digits/._- only, and once per file. */
    private String code(ImportFile.Row row, ImportColumn column) {
        String value = text(row, column);
        if (value == null) {
            return null;
        }
        if (!ImportValues.isCode(value)) {
            problems.add(row.number(), header.name(column), value, "import.code.pattern");
            return null;
        }
        Integer first = firstRowOfCode.putIfAbsent(value, row.number());
        if (first != null) {
            problems.add(row.number(), header.name(column), value, "import.duplicate", value, String.valueOf(first));
            return null;
        }
        return value;
    }

    private <E extends Enum<E>> E word(ImportFile.Row row, ImportColumn column, Function<String, Optional<E>> parse,
                                       Map<E, List<String>> allowed, String key, E whenEmpty) {
        String value = ImportValues.clean(header.cell(row, column));
        if (value.isEmpty()) {
            if (whenEmpty == null) {
                problems.add(row.number(), header.name(column), null, "import.required", header.name(column));
            }
            return whenEmpty;
        }
        @SuppressWarnings("unchecked")
        Optional<E> parsed = (Optional<E>) words.computeIfAbsent(column, c -> new HashMap<>()).computeIfAbsent(value, parse);
        if (parsed.isEmpty()) {
            problems.add(row.number(), header.name(column), value, key, ImportValues.shown(allowed));
        }
        return parsed.orElse(null);
    }

    private LocalDate date(ImportFile.Row row, ImportColumn column) {
        String value = ImportValues.clean(header.cell(row, column));
        if (value.isEmpty()) {
            return null;
        }
        Optional<LocalDate> parsed = ImportValues.date(value);
        if (parsed.isEmpty()) {
            problems.add(row.number(), header.name(column), value, "import.date");
        }
        return parsed.orElse(null);
    }

    private static String shorten(String value) {
        return value.length() <= 60 ? value : value.substring(0, 57) + "…";
    }
}
