package vn.edu.taphuan.platform;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A request body the JSON binding could not read, told to the client in its own terms: the field and the allowed
 * values for a value outside a fixed list, the line and column for broken JSON, and never the binding library's
 * own message (which names our classes and its own).
 */
final class UnreadableBody {
    private static final Pattern ENUM = Pattern.compile("No enum constant ([\\w.$]+)\\.([^\\s]*)");
    private static final Pattern PROPERTY = Pattern.compile("property '?([\\w]+)'?");
    private static final Pattern POSITION = Pattern.compile("line no (\\d+), column no (\\d+)");

    private UnreadableBody() {
    }

    /** The cause in the chain that says the body was unreadable, if any. */
    static Optional<Throwable> in(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String name = t.getClass().getName();
            if (name.startsWith("jakarta.json.") || name.contains("JsonbException") || name.contains("DateTimeParseException")) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    static Problem problem(Throwable e, Messages messages) {
        String all = chain(e);
        Matcher enumValue = ENUM.matcher(all);
        if (enumValue.find()) {
            Matcher property = PROPERTY.matcher(all);
            String field = property.find() ? property.group(1) : "?";
            String allowed = allowed(enumValue.group(1));
            String message = messages.get("error.badValue", field, enumValue.group(2), allowed);
            return new Problem(400, "INVALID_INPUT", message, List.of(Problem.Detail.field(field, enumValue.group(2), message,
                    messages.get("error.badValue.fix", field, enumValue.group(2), allowed))));
        }
        Matcher position = POSITION.matcher(all);
        String where = position.find() ? position.group(1) + ":" + position.group(2) : "-";
        return new Problem(400, "UNREADABLE_BODY", messages.get("error.unreadableJson", where));
    }

    private static String chain(Throwable e) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            text.append(t.getMessage()).append('\n');
        }
        return text.toString();
    }

    private static String allowed(String enumClass) {
        try {
            Class<?> type = Class.forName(enumClass, false, UnreadableBody.class.getClassLoader());
            if (type.isEnum() && type.getName().startsWith("vn.edu.taphuan.")) {
                return Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).collect(Collectors.joining(", "));
            }
        } catch (ClassNotFoundException | LinkageError ignored) {
            // not one of ours: say nothing about it
        }
        return "-";
    }
}
