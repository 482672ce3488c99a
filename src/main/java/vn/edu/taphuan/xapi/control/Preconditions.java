package vn.edu.taphuan.xapi.control;

import vn.edu.taphuan.platform.Problem;
import vn.edu.taphuan.xapi.entity.DocumentKind;
import vn.edu.taphuan.xapi.entity.StoredDocument;

import java.util.Arrays;

/**
 * The concurrency headers of a document request (xAPI Communication 3.1), judged against the document as it is in
 * the writing transaction: {@code If-Match} with an ETag (or {@code *}) fails unless the document exists with that
 * ETag (3.1.s4.b5, b7); {@code If-None-Match: *} — or with the current ETag — fails when the document exists
 * (3.1.s4.b6, b8). A failure is {@code 412} and changes nothing (3.1.s4.b9-b12). A PUT over an existing profile
 * document with neither header is {@code 409} (3.1.s4.b13-b15); State is exempt (3.1.s3).
 */
public record Preconditions(String ifMatch, String ifNoneMatch) {

    public static final Preconditions NONE = new Preconditions(null, null);

    /** What a failed precondition answers. */
    public record Failure(int status, String code, String message) {
    }

    /** Throws the failure's {@link Problem}, if the request's preconditions fail for {@code current}. */
    public void check(StoredDocument current, DocumentKind kind, boolean put) {
        Failure f = judge(current, kind, put);
        if (f != null) {
            throw new Problem(f.status(), f.code(), f.message());
        }
    }

    /** The failure of the preconditions for the document as it is ({@code current}, null = none), or null when they hold. */
    public Failure judge(StoredDocument current, DocumentKind kind, boolean put) {
        if (ifMatch != null && (current == null || !matches(ifMatch, current.etag()))) {
            return new Failure(412, "PRECONDITION_FAILED", current == null
                    ? "If-Match was sent but there is no such document; nothing was changed (xAPI Communication 3.1.s4.b5, b9, b10)."
                    : "The document has changed since you read it: its ETag is \"" + current.etag() + "\", not " + ifMatch
                    + "; nothing was changed. Read it again and retry (xAPI Communication 3.1.s4.b5, b9, b10).");
        }
        if (ifNoneMatch != null && current != null && matches(ifNoneMatch, current.etag())) {
            return new Failure(412, "PRECONDITION_FAILED", "If-None-Match: " + ifNoneMatch + " was sent but the document exists "
                    + "(ETag \"" + current.etag() + "\"); nothing was changed (xAPI Communication 3.1.s4.b6, b9, b10).");
        }
        if (put && kind.putNeedsPrecondition() && current != null && ifMatch == null && ifNoneMatch == null) {
            return new Failure(409, "DOCUMENT_EXISTS", "This " + kind.idParameter() + " already has a document and the PUT carried "
                    + "neither If-Match nor If-None-Match, so nothing was changed. Check the current state of the document (GET it), "
                    + "then send If-Match with its current ETag (\"" + current.etag() + "\") to replace it "
                    + "(xAPI Communication 3.1.s4.b13-b15).");
        }
        return null;
    }

    /** An entity-tag list as RFC 7232 writes it: {@code *}, or quoted tags (weak ones compared by their value). */
    static boolean matches(String header, String etag) {
        return Arrays.stream(header.split(",")).map(String::strip).map(t -> t.startsWith("W/") ? t.substring(2) : t)
                .map(t -> t.length() >= 2 && t.startsWith("\"") && t.endsWith("\"") ? t.substring(1, t.length() - 1) : t)
                .anyMatch(t -> t.equals("*") || t.equalsIgnoreCase(etag));
    }
}
