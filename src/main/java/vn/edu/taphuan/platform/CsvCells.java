package vn.edu.taphuan.platform;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Every CSV the service writes follows one convention, the one Excel with Vietnamese regional settings opens by a
 * double click (docs/reporting.md, "CSV files"): UTF-8 with a byte-order mark (or Excel reads the diacritics as
 * ANSI), {@code ;} between cells (the list separator of locales whose decimal mark is a comma), a decimal comma
 * ("66,7"), dates dd/MM/yyyy, CRLF line ends and RFC 4180 quoting. Open files through {@link #printer}.
 * <p>
 * Text that goes into a cell is made safe for spreadsheet programs: a cell that starts with {@code = + - @}, a tab
 * or a carriage return is read as a formula by Excel and LibreOffice (CSV injection); OWASP's rule is to prefix
 * such a cell with a single quote so it stays text. Every CSV the service writes passes its cells through here.
 *
 * @see <a href="https://owasp.org/www-community/attacks/CSV_Injection">OWASP: CSV Injection</a>
 */
public final class CsvCells {
    private static final java.util.regex.Pattern PLAIN = java.util.regex.Pattern.compile("[-+]|[-+]?\\d+([.,]\\d+)?");
    private static final char BOM = '\uFEFF';

    /** The service's CSV dialect: RFC 4180 (quotes, CRLF) with {@code ;} between cells. */
    public static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setDelimiter(';').get();

    private CsvCells() {
    }

    /** A CSV file on {@code out}: the byte-order mark written, cells separated by {@code ;}. The caller closes it. */
    public static CSVPrinter printer(OutputStream out) throws IOException {
        OutputStreamWriter w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write(BOM);
        return new CSVPrinter(w, FORMAT);
    }

    /** As {@link #printer(OutputStream)}, into text (the caller encodes it as UTF-8). */
    public static CSVPrinter printer(Appendable out) throws IOException {
        out.append(BOM);
        return new CSVPrinter(out, FORMAT);
    }

    /**
     * The cell as text a spreadsheet will not evaluate; decimals with a comma (66.7 → "66,7"); whole numbers and null
     * pass unchanged.
     */
    public static Object safe(Object cell) {
        if (cell instanceof BigDecimal || cell instanceof Double || cell instanceof Float) {
            return decimal(cell);
        }
        if (!(cell instanceof CharSequence text) || text.isEmpty()) {
            return cell;
        }
        char first = text.charAt(0);
        boolean formula = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        // a plain signed number ("-5", "+0,5") and the lone dash the reports write for "not applicable" are no formulas
        return formula && !PLAIN.matcher(text).matches() ? "'" + text : text.toString();
    }

    /** A whole record, each cell through {@link #safe(Object)}. */
    public static Object[] safe(Object... cells) {
        return Arrays.stream(cells).map(CsvCells::safe).toArray();
    }

    private static String decimal(Object number) {
        BigDecimal d = number instanceof BigDecimal b ? b : BigDecimal.valueOf(((Number) number).doubleValue());
        return d.toPlainString().replace('.', ',');
    }
}
