package vn.edu.taphuan.directory.entity;

import java.util.Locale;
import java.util.Optional;

/** What a bulk-import file holds: the district's schools, or staff rosters. */
public enum ImportKind {
    SCHOOLS, STAFF;

    /** The name used in addresses ({@code /api/imports/staff}) and file names. */
    public String path() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ImportKind> fromPath(String path) {
        for (ImportKind k : values()) {
            if (k.path().equalsIgnoreCase(path)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}
