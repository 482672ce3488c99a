package vn.edu.taphuan.directory.entity;

import java.util.Locale;

/** Where an import stands. DONE and FAILED are final; FAILED always means nothing was written. */
public enum ImportPhase {
    QUEUED, PARSING, VALIDATING, WRITING, DONE, FAILED;

    public boolean finished() {
        return this == DONE || this == FAILED;
    }

    /** As the API shows it: "parsing", "done"… */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
