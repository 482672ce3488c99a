package vn.edu.taphuan.platform;

import jakarta.inject.Inject;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Typed query and path parameters (dates, whole numbers, yes/no, fixed lists) read strictly, so that a bad value is
 * a 400 naming the parameter, the value and the form expected, in the request's language. Without this, JAX-RS
 * answers a query value it cannot convert with 404 (Jakarta REST 3.1 §3.2) and reads {@code ?async=yes} as false.
 * A {@link Problem} thrown here reaches the client as it is (§3.2: a WebApplicationException is not wrapped).
 */
@Provider
public class QueryParams implements ParamConverterProvider {
    /** Dates outside these years are typing mistakes, not report dates (and overflow date arithmetic in SQL). */
    static final int FIRST_YEAR = 1900;
    static final int LAST_YEAR = 2200;

    @Inject
    Messages messages;

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = name(annotations);
        if (name == null || rawType.isPrimitive() && optional(annotations)) {
            // an absent primitive query parameter without @DefaultValue reaches the converter as null, which a
            // primitive cannot take: leave those to Jersey (every such parameter should declare its @DefaultValue);
            // a path parameter is never absent
            return null;
        }
        if (rawType == LocalDate.class) {
            return (ParamConverter<T>) strict(name, LocalDate::toString, QueryParams::date, "param.date");
        }
        if (rawType == Integer.class || rawType == int.class) {
            return (ParamConverter<T>) strict(name, String::valueOf, v -> Integer.valueOf(v.strip()), "param.integer");
        }
        if (rawType == Long.class || rawType == long.class) {
            return (ParamConverter<T>) strict(name, String::valueOf, v -> Long.valueOf(v.strip()), "param.integer");
        }
        if (rawType == Boolean.class || rawType == boolean.class) {
            return (ParamConverter<T>) strict(name, String::valueOf, QueryParams::bool, "param.boolean");
        }
        if (rawType.isEnum()) {
            Class<? extends Enum> type = (Class<? extends Enum>) rawType;
            String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
            return (ParamConverter<T>) strict(name, e -> ((Enum<?>) e).name(),
                    v -> Enum.valueOf(type, v.strip().toUpperCase(Locale.ROOT)), "param.choice", allowed);
        }
        return null;
    }

    private <V> ParamConverter<V> strict(String name, Function<V, String> print, Function<String, V> parse, String key,
                                         Object... extra) {
        return new ParamConverter<>() {
            @Override
            public V fromString(String value) {
                if (value == null || value.isBlank()) {
                    return null;
                }
                try {
                    return parse.apply(value);
                } catch (RuntimeException e) {
                    throw bad(name, value, key, extra);
                }
            }

            @Override
            public String toString(V value) {
                return value == null ? null : print.apply(value);
            }
        };
    }

    private Problem bad(String name, String value, String key, Object... extra) {
        String shown = value.length() > 40 ? value.substring(0, 40) + "…" : value;
        Object[] args = new Object[2 + extra.length];
        args[0] = name;
        args[1] = shown;
        System.arraycopy(extra, 0, args, 2, extra.length);
        String message = messages.get(key, args);
        return new Problem(400, "BAD_PARAMETER", message,
                List.of(Problem.Detail.field(name, shown, message, messages.get(key + ".fix", args))));
    }

    static LocalDate date(String value) {
        LocalDate date = LocalDate.parse(value.strip());
        if (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR) {
            throw new DateTimeParseException("year out of range", value, 0);
        }
        return date;
    }

    static Boolean bool(String value) {
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new IllegalArgumentException(value);
        };
    }

    /** A query parameter without a {@code @DefaultValue}: it may be absent. */
    private static boolean optional(Annotation[] annotations) {
        return Arrays.stream(annotations).anyMatch(a -> a instanceof QueryParam)
                && Arrays.stream(annotations).noneMatch(a -> a instanceof jakarta.ws.rs.DefaultValue);
    }

    private static String name(Annotation[] annotations) {
        for (Annotation a : annotations) {
            if (a instanceof QueryParam q) {
                return q.value();
            }
            if (a instanceof PathParam p) {
                return p.value();
            }
        }
        return null;
    }
}
