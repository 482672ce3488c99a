package vn.edu.taphuan.cmi5.entity;

import jakarta.json.bind.annotation.JsonbTypeAdapter;

import java.math.BigDecimal;

/**
 * An AU of a course structure (cmi5 §13.1.4), numbered in document order from 1 (its id in our URLs); {@code blockNo}
 * is the innermost block holding it, null at the top. Leading and trailing whitespace is already removed (§13.1).
 */
public record AssignableUnit(int auNo, String iri, Integer blockNo, Title title, String url, String launchMethod,
                             @JsonbTypeAdapter(MoveOn.Json.class) MoveOn moveOn,
                             BigDecimal masteryScore, String launchParameters, String entitlementKey) {

    /** Whether the url names a place of its own (scheme and all) rather than a file of the package (§14.1). */
    public boolean isAbsolute() {
        return isAbsolute(url);
    }

    public static boolean isAbsolute(String url) {
        return url.matches("(?s)[A-Za-z][A-Za-z0-9+.-]*:.*");
    }
}
