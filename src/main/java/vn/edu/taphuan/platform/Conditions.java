package vn.edu.taphuan.platform;

import jakarta.persistence.TypedQuery;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/**
 * The WHERE clause of a JPQL listing built from optional filters: each condition comes with its one named parameter
 * and is left out when the filter is not given (null, or blank text). The listing puts {@link #toString()} after
 * its FROM and {@link #bind binds} the same parameters to its count and to its page query.
 */
public final class Conditions {
    private final StringJoiner where = new StringJoiner(" AND ", " WHERE ", "").setEmptyValue("");
    private final Map<String, Object> params = new LinkedHashMap<>();

    /** Adds {@code condition}, with {@code :name} bound to {@code value}, when the value is given. */
    public Conditions and(String condition, String name, Object value) {
        if (value != null && !(value instanceof String s && s.isBlank())) {
            where.add(condition);
            params.put(name, value);
        }
        return this;
    }

    /** Adds a "contains" condition ({@code LOWER(x) LIKE :name}): the text stripped, lower-cased, between %. */
    public Conditions contains(String condition, String name, String text) {
        return and(condition, name, text == null || text.isBlank() ? null : "%" + text.strip().toLowerCase(Locale.ROOT) + "%");
    }

    public <T> TypedQuery<T> bind(TypedQuery<T> query) {
        params.forEach(query::setParameter);
        return query;
    }

    /** {@code " WHERE a AND b"}, or nothing when no filter is given. */
    @Override
    public String toString() {
        return where.toString();
    }
}
