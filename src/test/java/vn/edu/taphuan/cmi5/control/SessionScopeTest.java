package vn.edu.taphuan.cmi5.control;

import org.junit.jupiter.api.Test;
import vn.edu.taphuan.cmi5.entity.AuSession;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What an AU session's token may do at /xapi/ (cmi5 §8.2.1, §6.3, §10). */
class SessionScopeTest {
    private static final String BASE = "https://taphuan.example/";
    private static final String REG = "6f1c0a52-36a3-4e19-9a51-4c0b3e1b5a01";
    private static final SessionScope SCOPE = new SessionScope(new AuSession("s-1", REG, 1, 7, "key-7", Instant.MAX), BASE);
    private static final String LEARNER = "{\"objectType\":\"Agent\",\"account\":{\"homePage\":\"" + BASE + "\",\"name\":\"key-7\"}}";
    private static final String OTHER = "{\"account\":{\"homePage\":\"" + BASE + "\",\"name\":\"key-8\"}}";

    static String statement(String actor, String verb, String registration) {
        return "{\"actor\":" + actor + ",\"verb\":{\"id\":\"http://adlnet.gov/expapi/verbs/" + verb + "\"},\"object\":{\"id\":\"https://a\"},"
                + "\"context\":{\"registration\":\"" + registration + "\"}}";
    }

    @Test
    void whenTheLearnerSendsInTheRegistrationThenItPassesAndOtherwiseNot() {
        assertTrue(SCOPE.refusal("POST", "statements", Map.of(), "application/json", statement(LEARNER, "initialized", REG)).isEmpty());
        assertTrue(SCOPE.refusal("POST", "statements", Map.of(), "application/json; charset=utf-8",
                "[" + statement(LEARNER, "completed", REG.toUpperCase()) + "]").isEmpty(), "a UUID in capitals is the same");
        assertTrue(SCOPE.refusal("POST", "statements", Map.of(), "application/json", statement(OTHER, "completed", REG)).isPresent());
        assertTrue(SCOPE.refusal("PUT", "statements", Map.of(), "application/json", statement(LEARNER, "completed", "x")).isPresent());
        assertTrue(SCOPE.refusal("POST", "statements", Map.of(), "application/json", statement(LEARNER, "voided", REG)).isPresent());
        assertTrue(SCOPE.refusal("POST", "statements", Map.of(), "multipart/mixed; boundary=x", "").isPresent());
        String withMbox = LEARNER.replace("\"objectType\"", "\"mbox\":\"mailto:a@b.c\",\"objectType\"");
        assertTrue(SCOPE.refusal("POST", "statements", Map.of(), "application/json", statement(withMbox, "completed", REG)).isPresent());
    }

    @Test
    void whenReadingThenOnlyTheLearnersRecordsByAgent() {
        assertTrue(SCOPE.refusal("GET", "statements", Map.of("agent", List.of(LEARNER)), null, null).isEmpty());
        assertTrue(SCOPE.refusal("GET", "statements", Map.of(), null, null).isPresent());
        assertTrue(SCOPE.refusal("GET", "statements", Map.of("agent", List.of(OTHER)), null, null).isPresent());
        assertTrue(SCOPE.refusal("GET", "statements", Map.of("agent", List.of(LEARNER), "statementId", List.of("x")), null, null).isPresent());
        assertTrue(SCOPE.refusal("GET", "agents/profile", Map.of("agent", List.of(OTHER)), null, null).isPresent());
        assertTrue(SCOPE.refusal("GET", "activities/profile", Map.of(), null, null).isEmpty());
        assertTrue(SCOPE.refusal("POST", "statements", Map.of("method", List.of("GET")), null, null).isPresent());
    }

    @Test
    void whenTheAuTouchesLaunchDataOrAnotherRegistrationThenItIsRefused() {
        Map<String, List<String>> launchData = Map.of("agent", List.of(LEARNER), "registration", List.of(REG), "stateId", List.of("LMS.LaunchData"));
        assertTrue(SCOPE.refusal("GET", "activities/state", launchData, null, null).isEmpty());
        assertTrue(SCOPE.refusal("PUT", "activities/state", launchData, "application/json", null).isPresent());
        assertTrue(SCOPE.refusal("DELETE", "activities/state", Map.of("agent", List.of(LEARNER)), null, null).isPresent());
        assertTrue(SCOPE.refusal("PUT", "activities/state", Map.of("agent", List.of(LEARNER), "stateId", List.of("bookmark")), null, null).isEmpty());
        assertEquals(true, SCOPE.refusal("GET", "activities/state",
                Map.of("agent", List.of(LEARNER), "registration", List.of("0d1c5f7e-0000-4000-8000-000000000000")), null, null).isPresent());
    }
}
