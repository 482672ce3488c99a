package vn.edu.taphuan.xapi.entity;

import java.time.Instant;
import java.util.List;

/**
 * One page of statements as stored JSON texts, the seq of the last one when more follow (null otherwise) and the
 * newest "stored" time on the page (for Last-Modified).
 */
public record StatementPage(List<String> statements, Long nextAfterSeq, Instant lastModified) {
}
