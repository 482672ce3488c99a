package vn.edu.taphuan.testing;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads an environment file as systemd's {@code EnvironmentFile=} does (systemd.exec(5)): one {@code KEY=value} per
 * line; blank lines and lines whose first non-blank character is {@code #} or {@code ;} are skipped; a trailing
 * backslash continues the line; a value in double or single quotes loses its quotes (with {@code \"}, {@code \\},
 * {@code \$} and {@code \`} escapes in double quotes), an unquoted backslash keeps the character after it; anything
 * else after the {@code =} — spaces, {@code #}, further assignments — is part of the value, only leading and trailing
 * blanks are dropped. A line without {@code =} is ignored.
 */
public final class EnvFile {
    private EnvFile() {
    }

    public static Map<String, String> parse(String text) {
        Map<String, String> result = new LinkedHashMap<>();
        StringBuilder logical = new StringBuilder();
        for (String raw : text.split("\n", -1)) {
            String line = raw.endsWith("\r") ? raw.substring(0, raw.length() - 1) : raw;
            if (logical.isEmpty() && (line.isBlank() || line.strip().startsWith("#") || line.strip().startsWith(";"))) {
                continue;
            }
            if (continues(line)) {
                logical.append(line, 0, line.length() - 1);
                continue;
            }
            logical.append(line);
            assign(logical.toString(), result);
            logical.setLength(0);
        }
        if (!logical.isEmpty()) {
            assign(logical.toString(), result);
        }
        return result;
    }

    /** An odd number of backslashes at the end: the last one escapes the newline ("\\\\" is one backslash). */
    private static boolean continues(String line) {
        int n = 0;
        while (n < line.length() && line.charAt(line.length() - 1 - n) == '\\') {
            n++;
        }
        return n % 2 == 1;
    }

    private static void assign(String line, Map<String, String> result) {
        int eq = line.indexOf('=');
        if (eq < 0) {
            return;
        }
        String key = line.substring(0, eq).strip();
        String value = line.substring(eq + 1).strip();
        if (!key.matches("[A-Za-z_][A-Za-z0-9_]*")) {
            return;
        }
        result.put(key, unquote(value));
    }

    private static String unquote(String value) {
        if (value.length() >= 2 && value.startsWith("'") && value.endsWith("'")) {
            return value.substring(1, value.length() - 1);
        }
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            return value.substring(1, value.length() - 1).replaceAll("\\\\([\"\\\\$`])", "$1");
        }
        // unquoted: a backslash keeps the character after it, as in a POSIX shell
        return value.replaceAll("\\\\(.)", "$1");
    }
}
