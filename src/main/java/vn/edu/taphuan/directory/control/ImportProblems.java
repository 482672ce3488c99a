package vn.edu.taphuan.directory.control;

import vn.edu.taphuan.platform.Messages;
import vn.edu.taphuan.platform.Problem;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Every problem found in one import file, in the uploader's language. Each message key {@code k} has a
 * companion {@code k.fix} saying how to put it right; both get the same arguments. The list keeps the first
 * {@code limit} problems (a file saved in the wrong encoding can have one per row) but counts them all.
 */
public final class ImportProblems {
    private final Locale locale;
    private final int limit;
    private final List<Problem.Detail> details = new ArrayList<>();
    private int count;

    public ImportProblems(Locale locale, int limit) {
        this.locale = locale;
        this.limit = limit;
    }

    /** A problem with one cell (row as Excel numbers it, header row = 1; column as its header reads in the file). */
    public void add(Integer row, String column, String value, String key, Object... args) {
        count++;
        if (details.size() < limit) {
            details.add(new Problem.Detail(row, column, value, text(key, args), text(key + ".fix", args)));
        }
    }

    public String text(String key, Object... args) {
        return Messages.format(locale, key, args);
    }

    public Locale locale() {
        return locale;
    }

    public boolean any() {
        return count > 0;
    }

    public int count() {
        return count;
    }

    public List<Problem.Detail> details() {
        return List.copyOf(details);
    }

    /** The answer for a file with problems: 400, nothing imported, every problem listed (up to the limit). */
    public Problem.Body toProblem() {
        return new Problem.Body(400, "IMPORT_INVALID", message(), details());
    }

    /** "The file has 3 problem(s); nothing was imported…", saying so when not all are listed. */
    public String message() {
        return count > details.size()
                ? text("import.invalid.truncated", count, details.size())
                : text("import.invalid", count);
    }
}
