package vn.edu.taphuan.cmi5.control;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** cmi5 §9.3 verb order, §9.3.4/§9.3.5 masteryScore, §9.5.1 score, §9.6.3.1 session id, §10 launchMode: what the LMS refuses from an AU. */
class AuStatementRulesTest {
    private static final String AU = "https://lms.example/activities/cmi5/c/aus/1";
    private static final String PUBLISHER = "https://author.example/au/1";
    private static final AuStatementRules.State FRESH = new AuStatementRules.State("Normal", false, false, Set.of(), false, false,
            new BigDecimal("0.8"), AU, "s-1", PUBLISHER);

    static JsonObject defined(String verb, String extra) {
        return Json.createReader(new StringReader("""
                {"verb":{"id":"http://adlnet.gov/expapi/verbs/%s"},"object":{"id":"%s"},%s
                 "context":{"contextActivities":{"category":[{"id":"https://w3id.org/xapi/cmi5/context/categories/cmi5"}],
                   "grouping":[{"id":"https://author.example/au/1"}]},
                 "extensions":{"https://w3id.org/xapi/cmi5/context/extensions/sessionid":"s-1"}}}""".formatted(verb, AU, extra))).readObject();
    }

    static JsonObject allowed(String verb) {
        return Json.createObjectBuilder().add("verb", Json.createObjectBuilder().add("id", "http://adlnet.gov/expapi/verbs/" + verb))
                .add("object", Json.createObjectBuilder().add("id", "https://au.example/page-2")).build();
    }

    static String refused(AuStatementRules.State state, JsonObject... statements) {
        return AuStatementRules.refusal(state, List.of(statements)).orElse("");
    }

    @Test
    void whenTheSessionRunsInOrderThenEverythingPasses() {
        assertEquals("", refused(FRESH, defined("initialized", ""), allowed("experienced"), defined("completed", ""),
                defined("passed", "\"result\":{\"score\":{\"scaled\":0.8}},"), defined("terminated", "")));
    }

    @Test
    void whenInitializedIsNotFirstOrSomethingFollowsTerminatedThenItIsRefused() {
        assertTrue(refused(FRESH, allowed("experienced")).contains("initialized"));
        assertTrue(refused(FRESH, defined("initialized", ""), defined("terminated", ""), allowed("experienced")).contains("terminated"));
    }

    @Test
    void whenAVerbRepeatsOrAPassOrCompletionRepeatsInTheRegistrationThenItIsRefused() {
        assertTrue(refused(FRESH, defined("initialized", ""), defined("initialized", "")).contains("once in a session"));
        AuStatementRules.State again = new AuStatementRules.State("Normal", true, false, Set.of(), true, true, null, AU, "s-1", PUBLISHER);
        assertTrue(refused(again, defined("completed", "")).contains("only one"));
        assertTrue(refused(again, defined("failed", "")).contains("no failed after passed"));
    }

    @Test
    void whenTheScoreDisagreesWithTheMasteryScoreThenItIsRefused() {
        AuStatementRules.State started = new AuStatementRules.State("Normal", true, false, Set.of(), false, false, new BigDecimal("0.8"), AU, "s-1", PUBLISHER);
        assertTrue(refused(started, defined("passed", "\"result\":{\"score\":{\"scaled\":0.79}},")).contains("masteryScore"));
        assertTrue(refused(started, defined("failed", "\"result\":{\"score\":{\"scaled\":0.8}},")).contains("masteryScore"));
        assertEquals("", refused(started, defined("failed", "\"result\":{\"score\":{\"scaled\":0.5}},")));
        assertTrue(refused(started, defined("completed", "\"result\":{\"score\":{\"scaled\":0.9}},")).contains("§9.5.1"));
    }

    @Test
    void whenTheTemplatesPublisherIdIsMissingThenTheStatementIsRefused() {
        JsonObject withoutGrouping = Json.createReader(new StringReader(defined("initialized", "").toString()
                .replace(",\"grouping\":[{\"id\":\"https://author.example/au/1\"}]", ""))).readObject();
        assertTrue(refused(FRESH, withoutGrouping).contains("publisher id"), withoutGrouping.toString());
    }

    @Test
    void whenBrowsingOrTheSessionIdIsAnotherThenJudgedVerbsAreRefused() {
        AuStatementRules.State browse = new AuStatementRules.State("Browse", true, false, Set.of(), false, false, null, AU, "s-1", PUBLISHER);
        assertTrue(refused(browse, defined("completed", "")).contains("Browse"));
        assertEquals("", refused(browse, defined("terminated", "")));
        AuStatementRules.State other = new AuStatementRules.State("Normal", true, false, Set.of(), false, false, null, AU, "s-2", PUBLISHER);
        assertTrue(refused(other, defined("completed", "")).contains("session id"));
    }
}
