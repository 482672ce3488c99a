package vn.edu.taphuan.xapi.entity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Where a document is (xAPI Communication 2.2): its kind, the context it belongs to — an activity and an agent for
 * State, an activity for an Activity Profile, an agent for an Agent Profile — the State's optional registration,
 * and its own id ({@code stateId}/{@code profileId}; null when the request addresses every document of the
 * context). {@code agentKey} is the agent's filter key ({@code StatementKeys.agent} of its IFI), so one person's
 * documents are found by the same key as their statements.
 * <p>
 * A State document with a registration and one without are different documents (2.3.s3); listing and deleting
 * without a registration take the context's documents of every registration (2.3.s4, 2.3.s5).
 */
public record DocumentAddress(DocumentKind kind, String activityId, String agentKey, String registration, String docId) {

    /** The context's key: one index range holds its documents. */
    public String contextKey() {
        return sha256(kind + "\n" + nullable(activityId) + "\n" + nullable(agentKey));
    }

    /** The document's key: context, registration (State) and id. */
    public String docKey() {
        if (docId == null) {
            throw new IllegalStateException("no document id: the address names a context");
        }
        return sha256(contextKey() + "\n" + nullable(registration) + "\n" + docId);
    }

    public DocumentAddress withId(String id) {
        return new DocumentAddress(kind, activityId, agentKey, registration, id);
    }

    private static String nullable(String s) {
        return s == null ? "\u0000" : s;
    }

    static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
