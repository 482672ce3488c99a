package vn.edu.taphuan.xapi.entity;

/**
 * The raw data of a statement attachment as a multipart/mixed request brought it (xAPI Communication 1.5.2): its
 * SHA-2 in lower-case hex (the attachment's {@code sha2}), the part's Content-Type, and the bytes exactly as sent.
 */
public record AttachmentData(String sha2, String contentType, byte[] content) {
}
