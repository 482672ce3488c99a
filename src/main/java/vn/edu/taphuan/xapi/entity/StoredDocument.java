package vn.edu.taphuan.xapi.entity;

import java.time.Instant;

/**
 * A document as stored: its bytes exactly as received (any content type, xAPI Communication 1.5.b1), its
 * {@code etag} (the SHA-1 of the bytes in lower-case hex, 3.1.s4.b2), when it was last changed ({@code updated},
 * the "updated" of 2.2.s2) and the credential that created it (null: the service).
 */
public record StoredDocument(String docId, String contentType, byte[] content, String etag, Instant updated, Long credentialId) {
}
