package vn.edu.taphuan.courses.entity;

import vn.edu.taphuan.platform.Messages;

import java.util.List;
import java.util.Locale;

/**
 * What is wrong in a course file: the file (relative to the courses folder), the line (1-based, null when the
 * problem is the file as a whole) and what is wrong, as a message key with its arguments so the admin page can
 * show it in the reader's language. An error refuses the course; a warning (a quality rule the course should meet,
 * docs/authoring-courses.md) is reported while the course loads.
 */
public record CourseProblem(String file, Integer line, String key, List<String> args, boolean warning) {

    public static CourseProblem of(String file, Integer line, String key, Object... args) {
        return new CourseProblem(file, line, key, java.util.Arrays.stream(args).map(String::valueOf).toList(), false);
    }

    public static CourseProblem warning(String file, Integer line, String key, Object... args) {
        return new CourseProblem(file, line, key, java.util.Arrays.stream(args).map(String::valueOf).toList(), true);
    }

    public String message(Locale locale) {
        // an argument "@key" is itself a message (e.g. the expected type), translated too
        return Messages.format(locale, key, args.stream()
                .map(a -> a.startsWith("@") ? Messages.format(locale, a.substring(1)) : a).toArray());
    }

    /** For the log: {@code law-and-policy/course.yaml:12: ...}. */
    public String describe(Locale locale) {
        return file + (line == null ? "" : ":" + line) + ": " + (warning ? "(warning) " : "") + message(locale);
    }
}
