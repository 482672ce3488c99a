package vn.edu.taphuan.xapi.boundary;

import vn.edu.taphuan.testing.Http;

import java.net.URL;
import java.util.UUID;

/** Test helpers for the built-in LRS: a client with the xAPI headers, and readable statement builders. */
final class Lrs {
    static final String DEMO_KEY = "demo-lrs-key";
    static final String DEMO_SECRET = "demo-lrs-secret-2024";
    static final String VERBS = "http://adlnet.gov/expapi/verbs/";

    private Lrs() {
    }

    /** A client of /xapi/ with LRS credentials and the version header. */
    static Http client(URL base, String key, String secret) {
        return Http.basic(base, key, secret).header("X-Experience-API-Version", "1.0.3");
    }

    static Http demo(URL base) {
        return client(base, DEMO_KEY, DEMO_SECRET);
    }

    /** A fresh learner nobody else uses, so filters in one test see only that test's statements. */
    static String learner() {
        return "mailto:learner-" + UUID.randomUUID() + "@example.org";
    }

    static String id() {
        return UUID.randomUUID().toString();
    }

    /** "mbox did verb on activity", with an optional id (null = let the LRS assign one). */
    static String statement(String id, String mbox, String verb, String activity) {
        return """
                {%s"actor":{"objectType":"Agent","mbox":"%s"},
                 "verb":{"id":"%s","display":{"en":"%s","vi":"%s (vi)"}},
                 "object":{"id":"%s","definition":{"name":{"en":"An activity","vi":"Một hoạt động"}}}}"""
                .formatted(id == null ? "" : "\"id\":\"" + id + "\",", mbox, VERBS + verb, verb, verb, activity);
    }

    static String voiding(String id, String target) {
        return """
                {%s"actor":{"mbox":"mailto:admin@example.org"},"verb":{"id":"http://adlnet.gov/expapi/verbs/voided"},
                 "object":{"objectType":"StatementRef","id":"%s"}}""".formatted(id == null ? "" : "\"id\":\"" + id + "\",", target);
    }

    static String agent(String mbox) {
        return "{\"mbox\":\"" + mbox + "\"}";
    }
}
