package vn.edu.taphuan.xapi.entity;

import java.sql.Connection;

/**
 * A person's completions of a course changed (one added, or revoked by voiding). Fired synchronously inside the
 * statement's transaction, after the {@code completion} table changed and with the person's staff row locked, so
 * observers that keep projections of completions (programme progress) update them on {@code connection} — the
 * transaction's own — and commit or roll back with the statement. Completions of one person are serialised by
 * that lock, so an observer always sees the person's other completions, committed or its own.
 */
public record CompletionChanged(Connection connection, long staffId, String courseId) {
}
