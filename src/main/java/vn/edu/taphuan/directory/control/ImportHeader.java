package vn.edu.taphuan.directory.control;

import org.apache.poi.ss.util.CellReference;
import vn.edu.taphuan.directory.entity.ImportKind;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where each column of the file is. The header row is the first row (among the first ten, {@link ImportFile#headerAt})
 * that names at least two known columns, so a title such as "DANH SÁCH CÁN BỘ, GIÁO VIÊN…" above the table
 * is skipped; rows above the header are not read. A header cell may hold both languages ("Mã nhân sự /
 * staff_code"). Unknown, repeated and missing required headers are problems; so is a value under a blank header.
 */
public final class ImportHeader {
    private static final Pattern PARTS = Pattern.compile("[/()|\\[\\]\\n]");

    private final ImportFile.Row row;
    private final Map<ImportColumn, Integer> index;
    private final List<ImportFile.Row> data;

    private ImportHeader(ImportFile.Row row, Map<ImportColumn, Integer> index, List<ImportFile.Row> data) {
        this.row = row;
        this.index = index;
        this.data = data;
    }

    /** The header of {@code rows}, or empty (with problems added) when the file cannot be read as that kind. */
    public static Optional<ImportHeader> resolve(ImportKind kind, List<ImportFile.Row> rows, ImportProblems problems) {
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        List<ImportColumn> columns = ImportColumn.of(kind);
        int at = ImportFile.headerAt(rows, cell -> match(ImportValues.clean(cell), columns).isPresent());
        ImportFile.Row header = rows.get(at);
        List<ImportFile.Row> data = rows.subList(at + 1, rows.size());
        Map<ImportColumn, Integer> index = new EnumMap<>(ImportColumn.class);
        int before = problems.count();
        for (int c = 0; c < header.cells().length; c++) {
            String text = ImportValues.clean(header.cell(c));
            if (text.isEmpty()) {
                blankHeader(header, c, data, problems);
                continue;
            }
            Optional<ImportColumn> column = match(text, columns);
            if (column.isEmpty()) {
                if (!ImportColumn.ignored(ImportColumn.key(text))) {
                    problems.add(header.number(), text, text, "import.header.unknown",
                            String.join("; ", columns.stream().map(ImportColumn::bothHeaders).toList()));
                }
                continue;
            }
            Integer first = index.putIfAbsent(column.get(), c);
            if (first != null) {
                problems.add(header.number(), text, text, "import.header.duplicate", header.cell(first), letter(first), letter(c));
            }
        }
        for (ImportColumn column : columns) {
            if (column.required() && !index.containsKey(column)) {
                problems.add(header.number(), column.header(problems.locale()), null, "import.header.missing", column.bothHeaders());
            }
        }
        if (problems.count() > before) {
            return Optional.empty();
        }
        if (data.isEmpty()) {
            problems.add(header.number() + 1, null, null, "import.noRows");
            return Optional.empty();
        }
        return Optional.of(new ImportHeader(header, index, data));
    }

    private static void blankHeader(ImportFile.Row header, int c, List<ImportFile.Row> data, ImportProblems problems) {
        for (ImportFile.Row r : data) {
            if (!r.cell(c).isBlank()) {
                problems.add(header.number(), letter(c), r.cell(c), "import.header.blank", letter(c), String.valueOf(r.number()));
                return;
            }
        }
    }

    static Optional<ImportColumn> match(String text, List<ImportColumn> columns) {
        Optional<ImportColumn> whole = exact(ImportColumn.key(text), columns);
        if (whole.isPresent()) {
            return whole;
        }
        for (String part : PARTS.split(text)) {
            Optional<ImportColumn> found = exact(ImportColumn.key(part), columns);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private static Optional<ImportColumn> exact(String key, List<ImportColumn> columns) {
        if (key.isEmpty()) {
            return Optional.empty();
        }
        return columns.stream().filter(c -> c.matches(key)).findFirst();
    }

    /** Spreadsheet column letter (0 → A) for places that have no header text. */
    static String letter(int column) {
        return CellReference.convertNumToColString(column);
    }

    public boolean has(ImportColumn column) {
        return index.containsKey(column);
    }

    /** The cell of {@code column} in {@code row}, "" when the column is absent or the cell empty. */
    public String cell(ImportFile.Row row, ImportColumn column) {
        Integer i = index.get(column);
        return i == null ? "" : row.cell(i);
    }

    /** The column's header as written in the file, for problem reports. */
    public String name(ImportColumn column) {
        Integer i = index.get(column);
        return i == null ? column.header(java.util.Locale.ROOT) : ImportValues.clean(row.cell(i));
    }

    public int headerRow() {
        return row.number();
    }

    public List<ImportFile.Row> data() {
        return data;
    }
}
