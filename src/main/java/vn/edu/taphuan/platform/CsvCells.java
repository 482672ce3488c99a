package vn.edu.taphuan.platform;

import java.util.Arrays;

/**
 * Text that goes into a CSV cell, made safe for spreadsheet programs. A cell that starts with {@code = + - @}, a tab
 * or a carriage return is read as a formula by Excel and LibreOffice (CSV injection); OWASP's rule is to prefix such
 * a cell with a single quote so it stays text. Every CSV the service writes passes its cells through here.
 *
 * @see <a href="https://owasp.org/www-community/attacks/CSV_Injection">OWASP: CSV Injection</a>
 */
public final class CsvCells {
    private static final java.util.regex.Pattern PLAIN = java.util.regex.Pattern.compile("[-+]|[-+]?\\d+([.,]\\d+)?");

    private CsvCells() {
    }

    /** The cell as text a spreadsheet will not evaluate; numbers and null pass unchanged. */
    public static Object safe(Object cell) {
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
}
