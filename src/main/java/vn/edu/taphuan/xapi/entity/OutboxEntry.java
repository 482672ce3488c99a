package vn.edu.taphuan.xapi.entity;

/** A claimed outbox row: which statement (storage seq, id, JSON) to deliver to the row's target. */
public record OutboxEntry(long seq, String statementId, String json) {
}
