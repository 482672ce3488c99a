package vn.edu.taphuan.xapi.control;

import org.junit.jupiter.api.Test;
import vn.edu.taphuan.xapi.entity.DocumentAddress;
import vn.edu.taphuan.xapi.entity.DocumentKind;
import vn.edu.taphuan.xapi.entity.StoredDocument;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The concurrency rules of xAPI Communication 3.1 and the document keys, without a server. */
class PreconditionsTest {
    static final StoredDocument DOC = new StoredDocument("p", "application/json", new byte[]{'{', '}'},
            DocumentStore.etag(new byte[]{'{', '}'}), Instant.now(), null);

    static int status(Preconditions p, StoredDocument current, DocumentKind kind, boolean put) {
        Preconditions.Failure f = p.judge(current, kind, put);
        return f == null ? 204 : f.status();
    }

    /** 3.1.s4.b2, b4: the ETag is the lower-case hex SHA-1 of the content; tags match quoted, weak or in a list. */
    @Test
    void whenAnEtagIsComparedThenQuotedWeakListedAndStarMatch() {
        assertEquals("bf21a9e8fbc5a3846fb05b4fa0859e0917b2202f", DOC.etag());
        assertTrue(Preconditions.matches("\"" + DOC.etag() + "\"", DOC.etag()));
        assertTrue(Preconditions.matches("W/\"x\", \"" + DOC.etag().toUpperCase() + "\"", DOC.etag()));
        assertTrue(Preconditions.matches("*", DOC.etag()));
        assertFalse(Preconditions.matches("\"abc\"", DOC.etag()));
    }

    /** 3.1.s4.b5-b15: If-Match and If-None-Match fail with 412; an unconditional PUT over a profile is 409, over a State not. */
    @Test
    void whenAPreconditionFailsThen412AndAnUnconditionalProfilePutIs409() {
        String tag = "\"" + DOC.etag() + "\"";
        assertEquals(204, status(new Preconditions(tag, null), DOC, DocumentKind.AGENT_PROFILE, true));
        assertEquals(412, status(new Preconditions("\"old\"", null), DOC, DocumentKind.AGENT_PROFILE, true));
        assertEquals(412, status(new Preconditions("*", null), null, DocumentKind.STATE, false));
        assertEquals(412, status(new Preconditions(null, "*"), DOC, DocumentKind.STATE, true));
        assertEquals(204, status(new Preconditions(null, "*"), null, DocumentKind.ACTIVITY_PROFILE, true));
        assertEquals(409, status(Preconditions.NONE, DOC, DocumentKind.ACTIVITY_PROFILE, true));
        assertEquals(409, status(Preconditions.NONE, DOC, DocumentKind.AGENT_PROFILE, true));
        assertEquals(204, status(Preconditions.NONE, DOC, DocumentKind.STATE, true), "State is exempt (3.1.s3)");
        assertEquals(204, status(Preconditions.NONE, DOC, DocumentKind.AGENT_PROFILE, false), "POST and DELETE may omit them");
        assertEquals(204, status(Preconditions.NONE, null, DocumentKind.AGENT_PROFILE, true), "a new profile needs none");
    }

    /** Communication 2.3.s3: a State with a registration is another document than one without; kinds never share keys. */
    @Test
    void whenAddressesDifferInKindRegistrationOrIdThenTheirKeysDiffer() {
        DocumentAddress state = new DocumentAddress(DocumentKind.STATE, "http://example.org/a", "k", null, "s");
        assertNotEquals(state.docKey(), new DocumentAddress(DocumentKind.STATE, "http://example.org/a", "k", "r", "s").docKey());
        assertEquals(state.contextKey(), new DocumentAddress(DocumentKind.STATE, "http://example.org/a", "k", "r", "s").contextKey(),
                "one context over every registration (2.3.s4, s5)");
        assertNotEquals(state.docKey(), state.withId("t").docKey());
        assertNotEquals(new DocumentAddress(DocumentKind.ACTIVITY_PROFILE, "http://example.org/a", null, null, "p").docKey(),
                new DocumentAddress(DocumentKind.AGENT_PROFILE, null, "http://example.org/a", null, "p").docKey());
        assertEquals(64, state.docKey().length());
        assertThrows(IllegalStateException.class, () -> state.withId(null).docKey());
        assertDoesNotThrow(() -> state.withId(null).contextKey());
    }
}
