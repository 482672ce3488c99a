package vn.edu.taphuan.directory.entity;

import vn.edu.taphuan.platform.Problem;

import java.time.Instant;

/**
 * An import as the API shows it: its phase, rows processed of the total, and either the result (done) or the
 * problem with every detail (failed; nothing was written).
 */
public record ImportJobView(String id, String kind, String fileName, String phase, int processed, int total,
                            Instant startedAt, Instant finishedAt, Result result, Problem.Body problem) {

    /** What a successful import changed: rows created, updated, and left as they were. */
    public record Result(int created, int updated, int unchanged, long millis) {
    }

    public boolean failed() {
        return ImportPhase.FAILED.label().equals(phase);
    }
}
