package vn.edu.taphuan.directory.control;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * Reads an uploaded file into rows of text cells, numbered as a spreadsheet program shows them (first row = 1).
 * The format is told by content: an XLSX file is a zip ("PK"), anything else is read as CSV in UTF-8 (with or
 * without byte-order mark). A CSV that is not valid UTF-8 (saved by Excel as plain "CSV", i.e. Windows-1258,
 * or in TCVN3/VNI) is refused with the rows where it shows, rather than imported with broken names.
 */
public final class ImportFile {
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final char REPLACEMENT = '\uFFFD';

    /** One non-blank row: its number as the spreadsheet shows it, and its cells (may be fewer than the header's). */
    public record Row(int number, String[] cells) {
        public String cell(int index) {
            return index < cells.length && cells[index] != null ? cells[index] : "";
        }

        public boolean blank() {
            for (String c : cells) {
                if (c != null && !c.isBlank()) {
                    return false;
                }
            }
            return true;
        }
    }

    public enum Format { CSV, XLSX }

    /** How far down a table's header is looked for. */
    static final int HEADER_SEARCH_ROWS = 10;

    /**
     * Where a table's header row is (an index in {@code rows}): the first of the first {@value #HEADER_SEARCH_ROWS}
     * rows with at least two cells that {@code names} knows as column names, so a title above the table is skipped;
     * the first row when none is.
     */
    public static int headerAt(List<Row> rows, Predicate<String> names) {
        for (int i = 0; i < Math.min(HEADER_SEARCH_ROWS, rows.size()); i++) {
            if (Arrays.stream(rows.get(i).cells()).filter(c -> c != null && names.test(c)).count() >= 2) {
                return i;
            }
        }
        return 0;
    }

    /** What was read: the format and the non-blank rows; {@code rows} is empty when the file could not be read. */
    public record Sheet(Format format, List<Row> rows) {
    }

    private ImportFile() {
    }

    /**
     * Reads the file; problems that stop reading (empty, not a table, wrong encoding, too many rows) are added to
     * {@code problems} and give an empty sheet. {@code maxRows} counts non-blank rows, header included.
     */
    public static Sheet read(byte[] bytes, String fileName, int maxRows, ImportProblems problems) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (bytes.length == 0 || (bytes.length == UTF8_BOM.length && startsWith(bytes, UTF8_BOM))) {
            problems.add(1, null, null, "import.empty");
            return new Sheet(Format.CSV, List.of());
        }
        if (startsWith(bytes, ZIP)) {
            return new Sheet(Format.XLSX, XlsxSheet.read(bytes, maxRows, problems));
        }
        if (startsWith(bytes, OLE2) || name.endsWith(".xls")) {
            problems.add(null, null, fileName, "import.format.xls");
            return new Sheet(Format.XLSX, List.of());
        }
        if (name.endsWith(".xlsx")) {
            problems.add(null, null, fileName, "import.format.xlsx");
            return new Sheet(Format.XLSX, List.of());
        }
        return new Sheet(Format.CSV, csv(bytes, maxRows, problems));
    }

    static List<Row> csv(byte[] bytes, int maxRows, ImportProblems problems) {
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE) || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF))) {
            problems.add(1, null, null, "import.encoding.utf16");
            return List.of();
        }
        int start = startsWith(bytes, UTF8_BOM) ? UTF8_BOM.length : 0;
        for (int i = start; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                problems.add(null, null, null, "import.format.binary");
                return List.of();
            }
        }
        String text;
        boolean utf8 = true;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
        } catch (CharacterCodingException e) {
            // read it anyway, with U+FFFD for each broken sequence, to tell the rows (and columns) where it shows
            text = new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
            utf8 = false;
        }
        List<Row> rows = parse(text, maxRows, problems);
        if (!utf8) {
            reportEncoding(rows, problems);
            return List.of();
        }
        return rows;
    }

    private static List<Row> parse(String text, int maxRows, ImportProblems problems) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter(text)).setIgnoreEmptyLines(false)
                .setIgnoreSurroundingSpaces(false).get();
        List<Row> rows = new ArrayList<>();
        long lastRow = 0;
        try (CSVParser parser = CSVParser.parse(text, format)) {
            for (CSVRecord record : parser) {
                lastRow = record.getRecordNumber();
                Row row = new Row((int) lastRow, record.values());
                if (row.blank()) {
                    continue;
                }
                if (rows.size() >= maxRows) {
                    problems.add(row.number(), null, null, "import.tooManyRows", maxRows - 1);
                    return List.of();
                }
                rows.add(row);
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            // commons-csv names the line of an unclosed quote; our row number is the record it could not finish
            problems.add((int) lastRow + 1, null, null, "import.csv.malformed", String.valueOf(e.getMessage()));
            return List.of();
        }
        return rows;
    }

    /** One problem per row that holds a broken sequence, naming the first column where it shows. */
    private static void reportEncoding(List<Row> rows, ImportProblems problems) {
        String[] header = rows.isEmpty() ? new String[0] : rows.get(0).cells();
        boolean any = false;
        for (Row row : rows) {
            for (int c = 0; c < row.cells().length; c++) {
                if (row.cells()[c].indexOf(REPLACEMENT) >= 0) {
                    String column = row.number() == rows.get(0).number() || c >= header.length ? null : header[c];
                    problems.add(row.number(), column, row.cells()[c], "import.encoding");
                    any = true;
                    break;
                }
            }
        }
        if (!any) {
            // the broken bytes sit in a part the table does not show (e.g. inside a quote left open)
            problems.add(1, null, null, "import.encoding");
        }
    }

    /** Comma, semicolon (Excel in locales with a decimal comma) or tab: whichever the first line has most of. */
    static char delimiter(String text) {
        int comma = 0, semicolon = 0, tab = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted && c == ',') {
                comma++;
            } else if (!quoted && c == ';') {
                semicolon++;
            } else if (!quoted && c == '\t') {
                tab++;
            }
        }
        if (semicolon > comma && semicolon >= tab) {
            return ';';
        }
        return tab > comma ? '\t' : ',';
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
