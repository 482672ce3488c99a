package vn.edu.taphuan.xapi.conformance;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.edu.taphuan.testing.Service;

import java.net.URL;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.edu.taphuan.xapi.conformance.Raw.activity;
import static vn.edu.taphuan.xapi.conformance.Raw.mbox;
import static vn.edu.taphuan.xapi.conformance.Raw.q;
import static vn.edu.taphuan.xapi.conformance.Raw.statement;
import static vn.edu.taphuan.xapi.conformance.Raw.uuid;

/**
 * Conformance of the built-in LRS to xAPI 1.0.3 Part Two (xAPI-Data.md, §2-§4, LRS requirements), over real HTTP
 * with raw requests: one test per requirement, named after its section ({@code d<section>_s<n>_b<n>}). The rules of
 * a statement's shape are also checked one fixture per rule without a server (StatementRuleTest); docs/xapi.md §12
 * maps every LRS requirement of 1.0.3 to its test.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DataIT {

    @ArquillianResource
    URL base;

    @Deployment
    static WebArchive deployment() {
        return Service.war().addClasses(DataIT.class, Raw.class, Raw.Answer.class, Service.class);
    }

    Raw lrs() {
        return Raw.demo(base);
    }

    String stored(Raw as, String json) {
        Raw.Answer r = as.post("xapi/statements", json);
        assertEquals(200, r.status(), r.toString());
        return r.array().getString(0);
    }

    JsonObject get(String id) {
        Raw.Answer r = lrs().get("xapi/statements?statementId=" + id);
        assertEquals(200, r.status(), r.toString());
        return r.object();
    }

    /** A statement refused with 400, naming the rule's section; nothing stored under its id. */
    void refused(String json, String why) {
        String id = uuid();
        Raw.Answer r = lrs().put("xapi/statements?statementId=" + id, json);
        assertEquals(400, r.status(), why + ": " + r);
        assertEquals(404, lrs().get("xapi/statements?statementId=" + id).status(), why);
    }

    /** A statement whose object is an activity with this definition. */
    static String defining(String activity, String definition) {
        return statement(mbox(), activity, "").replace("\"id\":\"" + activity + "\"}", "\"id\":\"" + activity + "\",\"definition\":" + definition + "}");
    }

    /** 2.2.s2.b2: a property used twice in one object is refused. */
    @Test
    void d2_2_s2_b2_aPropertyUsedTwiceIs400() {
        refused(statement(mbox(), activity(), ",\"result\":{\"success\":true,\"success\":false}"), "success twice");
    }

    /** 2.2.s2.b5: the statement comes back exactly as sent, but for the properties the LRS assigns. */
    @Test
    void d2_2_s2_b5_theStatementComesBackAsSent() {
        String extra = """
                ,"result":{"score":{"scaled":0.5,"raw":5,"min":0,"max":10},"response":"  Đúng  ","duration":"PT1M30.5S",
                  "extensions":{"http://example.org/x":{"b":[1,2.50,"c"],"a":null}}},"context":{"language":"vi-VN","platform":"Điện thoại"}""";
        JsonObject sent = jakarta.json.Json.createReader(new java.io.StringReader(statement(mbox(), activity(), extra))).readObject();
        JsonObject back = get(stored(lrs(), sent.toString()));
        for (String property : List.of("actor", "verb", "object", "result", "context")) {
            assertEquals(sent.get(property), back.get(property), property);
        }
    }

    /** 2.2.s4.b1.b1: a null value outside extensions is refused. */
    @Test
    void d2_2_s4_b1_b1_aNullValueIs400() {
        refused(statement(mbox(), activity(), ",\"result\":{\"success\":null}"), "null success");
    }

    /** 2.2.s4.b1.b2: a string where a number belongs is refused. */
    @Test
    void d2_2_s4_b1_b2_aStringForANumberIs400() {
        refused(statement(mbox(), activity(), ",\"result\":{\"score\":{\"raw\":\"5\"}}"), "raw as a string");
    }

    /** 2.2.s4.b1.b3: a string where a boolean belongs is refused. */
    @Test
    void d2_2_s4_b1_b3_aStringForABooleanIs400() {
        refused(statement(mbox(), activity(), ",\"result\":{\"completion\":\"true\"}"), "completion as a string");
    }

    /** 2.2.s4.b1.b4: a value not in its format (mailto IRI, UUID, IRI), the empty string included, is refused. */
    @Test
    void d2_2_s4_b1_b4_aValueNotInItsFormatIs400() {
        refused(statement("learner@example.org", activity(), ""), "mbox without mailto:");
        refused(statement(mbox(), activity(), ",\"context\":{\"registration\":\"not-a-uuid\"}"), "registration");
        refused(statement(mbox(), "", ""), "empty activity id");
    }

    /** 2.2.s4.b1.b5: a key in another case than the specification's is refused. */
    @Test
    void d2_2_s4_b1_b5_aKeyInAnotherCaseIs400() {
        refused(statement(mbox(), activity(), ",\"Result\":{\"success\":true}"), "Result");
    }

    /** 2.2.s4.b1.b6: an enumerated value in another case is refused. */
    @Test
    void d2_2_s4_b1_b6_anEnumeratedValueInAnotherCaseIs400() {
        String act = activity();
        refused(defining(act, "{\"interactionType\":\"True-False\"}"), "interactionType");
        refused(statement(mbox(), act, "").replace("\"objectType\":\"Activity\"", "\"objectType\":\"activity\""), "objectType");
    }

    /** 2.2.s4.b1.b7, 2.2.s4.b8: a key the specification does not allow is refused. */
    @Test
    void d2_2_s4_b1_b7_aKeyTheSpecificationDoesNotAllowIs400() {
        refused(statement(mbox(), activity(), ",\"grade\":\"A\""), "top-level grade");
        refused(statement(mbox(), activity(), ",\"result\":{\"passed\":true}"), "result.passed");
    }

    /** 2.2.s4.b1.b8: an IRI without a scheme is refused. */
    @Test
    void d2_2_s4_b1_b8_anIriWithoutASchemeIs400() {
        refused(statement(mbox(), "example.org/activity", ""), "activity id");
        refused(statement(mbox(), activity(), "").replace(Raw.VERBS + "experienced", "experienced"), "verb id");
    }

    /** 2.2.s4.b2: a language map key that is not an RFC 5646 tag is refused. */
    @Test
    void d2_2_s4_b2_aLanguageTagOutOfRfc5646Is400() {
        refused(statement(mbox(), activity(), "").replace("\"en-US\":\"experienced\"", "\"english-united-states\":\"experienced\""), "tag");
    }

    /** 2.2.s4.b3: numbers keep at least the precision of IEEE 754 binary32 (here: exactly as sent). */
    @Test
    void d2_2_s4_b3_numbersKeepTheirPrecision() {
        String id = stored(lrs(), statement(mbox(), activity(), ",\"result\":{\"score\":{\"scaled\":0.123456789,\"raw\":1.5e-7,\"min\":0,\"max\":1}}"));
        JsonObject score = get(id).getJsonObject("result").getJsonObject("score");
        assertEquals(0.123456789, score.getJsonNumber("scaled").doubleValue());
        assertEquals(1.5e-7, score.getJsonNumber("raw").doubleValue());
    }

    /** 2.2.s4.b4: parameter values are validated as the same types in statements are. */
    @Test
    void d2_2_s4_b4_parametersAreValidatedLikeStatementValues() {
        assertEquals(400, lrs().get("xapi/statements?agent=" + q("{\"mbox\":\"learner@example.org\"}")).status(), "agent mbox");
        assertEquals(400, lrs().get("xapi/statements?verb=" + q("attempted")).status(), "verb IRI");
        assertEquals(400, lrs().get("xapi/statements?registration=abc").status(), "registration UUID");
        assertEquals(400, lrs().get("xapi/statements?since=" + q("yesterday")).status(), "since timestamp");
        assertEquals(400, lrs().get("xapi/activities/state?activityId=" + q(activity()) + "&agent=" + q("{\"mbox\":\"x\"}")).status(), "state agent");
    }

    /** 2.2.s4.b5: values are case sensitive: an activity id in another case is another activity. */
    @Test
    void d2_2_s4_b5_valuesAreCaseSensitive() {
        String act = activity() + "/Lesson";
        stored(lrs(), statement(mbox(), act, ""));
        assertEquals(1, lrs().get("xapi/statements?activity=" + q(act)).object().getJsonArray("statements").size());
        assertEquals(0, lrs().get("xapi/statements?activity=" + q(act.toLowerCase())).object().getJsonArray("statements").size());
    }

    /** 2.3.2.s2.b5: a voiding statement whose target the LRS does not have is accepted. */
    @Test
    void d2_3_2_s2_b5_voidingAnUnknownStatementIsAccepted() {
        stored(lrs(), """
                {"actor":{"mbox":"mailto:admin@example.org"},"verb":{"id":"http://adlnet.gov/expapi/verbs/voided"},
                 "object":{"objectType":"StatementRef","id":"%s"}}""".formatted(uuid()));
    }

    /** 2.4.4.1.s4.b3: the source that first defined an activity may change its definition; the Activities resource shows it. */
    @Test
    void d2_4_4_1_s4_b3_theFirstDefinerChangesTheCanonicalDefinition() {
        String act = activity();
        stored(lrs(), defining(act, "{\"name\":{\"en\":\"Fire safety\"},\"type\":\"http://adlnet.gov/expapi/activities/lesson\"}"));
        stored(lrs(), defining(act, "{\"name\":{\"en\":\"Fire safety at school\",\"vi\":\"An toàn phòng cháy\"}}"));
        JsonObject definition = lrs().get("xapi/activities?activityId=" + q(act)).object().getJsonObject("definition");
        assertEquals(Map.of("en", "Fire safety at school", "vi", "An toàn phòng cháy"), strings(definition.getJsonObject("name")));
        assertEquals("http://adlnet.gov/expapi/activities/lesson", definition.getString("type"), "what the update left out stays");
    }

    /** 2.4.4.1.s4.b3, b4: another source without that authority only adds what the definition lacks. */
    @Test
    void d2_4_4_1_s4_b3_anotherSourceOnlyAddsWhatIsMissing() {
        String act = activity();
        stored(lrs(), defining(act, "{\"name\":{\"vi\":\"Sơ cứu\"}}"));
        stored(otherCredential(), defining(act, "{\"name\":{\"vi\":\"Tên khác\",\"en\":\"First aid\"},\"moreInfo\":\"https://example.org/so-cuu\"}"));
        JsonObject definition = lrs().get("xapi/activities?activityId=" + q(act)).object().getJsonObject("definition");
        assertEquals(Map.of("vi", "Sơ cứu", "en", "First aid"), strings(definition.getJsonObject("name")));
        assertEquals("https://example.org/so-cuu", definition.getString("moreInfo"));
    }

    /** 2.4.4.1.s4.b5: no significant change, such as to the correct responses, even from the first definer. */
    @Test
    void d2_4_4_1_s4_b5_theCorrectResponsesDoNotChange() {
        String act = activity();
        String quiz = "{\"type\":\"http://adlnet.gov/expapi/activities/cmi.interaction\",\"interactionType\":\"choice\","
                + "\"correctResponsesPattern\":[\"%s\"],\"choices\":[{\"id\":\"a\"},{\"id\":\"b\"}]}";
        stored(lrs(), defining(act, quiz.formatted("a")));
        stored(lrs(), defining(act, quiz.formatted("b")));
        JsonObject definition = lrs().get("xapi/activities?activityId=" + q(act)).object().getJsonObject("definition");
        assertEquals(List.of("a"), definition.getJsonArray("correctResponsesPattern").getValuesAs(JsonString::getString));
    }

    /** 2.4.6.2.s4.b3, b4: every contextActivities value comes back as an array, a single Activity as an array of one. */
    @Test
    void d2_4_6_2_s4_b3_contextActivitiesComeBackAsArrays() {
        String parent = activity();
        String id = stored(lrs(), statement(mbox(), activity(), ",\"context\":{\"contextActivities\":{\"parent\":{\"id\":\"" + parent + "\"}}}"));
        var list = get(id).getJsonObject("context").getJsonObject("contextActivities").getJsonArray("parent");
        assertEquals(1, list.size());
        assertEquals(parent, list.getJsonObject(0).getString("id"));
    }

    /** 2.4.7.s3.b2: a statement without timestamp gets its stored time. */
    @Test
    void d2_4_7_s3_b2_aMissingTimestampIsTheStoredTime() {
        JsonObject s = get(stored(lrs(), statement(mbox(), activity(), "")));
        assertEquals(s.getString("stored"), s.getString("timestamp"));
    }

    /** 2.4.7.s3.b6: a timestamp in the future is not refused (clocks differ). */
    @Test
    void d2_4_7_s3_b6_aTimestampInTheFutureIsAccepted() {
        stored(lrs(), statement(mbox(), activity(), ",\"timestamp\":\"" + Instant.now().plusSeconds(3600) + "\""));
    }

    /** 2.4.8.s3.b2: stored is set by the LRS, whatever the statement said. */
    @Test
    void d2_4_8_s3_b2_storedIsOverwritten() {
        Instant before = Instant.now().minusSeconds(5);
        JsonObject s = get(stored(lrs(), statement(mbox(), activity(), ",\"stored\":\"2001-01-01T00:00:00Z\"")));
        assertTrue(Instant.parse(s.getString("stored")).isAfter(before), s.getString("stored"));
    }

    /** 2.4.9.s3.b2, b3: the authority is the credential's Agent, whatever was sent. */
    @Test
    void d2_4_9_s3_b3_everyStoredStatementHasTheCredentialsAuthority() {
        JsonObject s = get(stored(lrs(), statement(mbox(), activity(), ",\"authority\":{\"mbox\":\"mailto:someone@example.org\"}")));
        JsonObject authority = s.getJsonObject("authority");
        assertEquals("Agent", authority.getString("objectType", "Agent"));
        assertTrue(!authority.toString().contains("someone@example.org"), authority.toString());
    }

    /** 2.4.10.s3.b3: a statement without version is returned with 1.0.0. */
    @Test
    void d2_4_10_s3_b3_aMissingVersionIsOneZeroZero() {
        assertEquals("1.0.0", get(stored(lrs(), statement(mbox(), activity(), ""))).getString("version"));
    }

    /** 2.4.10.s3.b1, b2: 1.0.x versions are accepted and kept; others refused. */
    @Test
    void d2_4_10_s3_b2_aVersionNotOneZeroIsRefused() {
        assertEquals("1.0.2", get(stored(lrs(), statement(mbox(), activity(), ",\"version\":\"1.0.2\""))).getString("version"));
        refused(statement(mbox(), activity(), ",\"version\":\"0.95\""), "0.95");
        refused(statement(mbox(), activity(), ",\"version\":\"2.0.0\""), "2.0.0");
    }

    /** 2.5.s3.b1, b3: "more" is a short relative IRL that reads the next page, without server state. */
    @Test
    void d2_5_s3_b1_moreReadsTheNextPage() {
        String act = activity();
        List<String> ids = List.of(stored(lrs(), statement(mbox(), act, "")), stored(lrs(), statement(mbox(), act, "")),
                stored(lrs(), statement(mbox(), act, "")));
        JsonObject page = lrs().get("xapi/statements?activity=" + q(act) + "&limit=2").object();
        String more = page.getString("more");
        assertTrue(more.startsWith("/") && more.length() < 512, more);
        JsonObject next = lrs().get(more.substring(1)).object();
        assertEquals(List.of(ids.get(0)), next.getJsonArray("statements").stream().map(s -> s.asJsonObject().getString("id")).toList());
        assertEquals("", next.getString("more"));
    }

    /** 3.1.s2.b1: IRIs are compared as strings (RFC 3987 5.3.1): no scheme-based normalisation. */
    @Test
    void d3_1_s2_b1_irisAreComparedAsStrings() {
        String act = "http://example.org/conformance/" + uuid();
        stored(lrs(), statement(mbox(), act, ""));
        assertEquals(0, lrs().get("xapi/statements?activity=" + q(act.replace("http://example.org/", "http://example.org:80/")))
                .object().getJsonArray("statements").size());
    }

    /** 4.1.s3.b2: extension values are never a reason to refuse a statement (null included). */
    @Test
    void d4_1_s3_b2_extensionValuesAreNotRefused() {
        stored(lrs(), statement(mbox(), activity(), ",\"result\":{\"extensions\":{\"http://example.org/e\":null}},"
                + "\"context\":{\"extensions\":{\"http://example.org/f\":[null,{\"any\":\"thing\"},\"\"]}}"));
    }

    /** 4.5.s1.b3, b5, b6: a timestamp comes back in UTC, the same point in time, with its milliseconds. */
    @Test
    void d4_5_s1_b6_timestampsComeBackInUtc() {
        JsonObject s = get(stored(lrs(), statement(mbox(), activity(), ",\"timestamp\":\"2024-11-05T08:30:15.123+07:00\"")));
        assertEquals("2024-11-05T01:30:15.123Z", s.getString("timestamp"));
    }

    /** 4.6.s1.b4: a duration more precise than 0.01 s is not refused. */
    @Test
    void d4_6_s1_b4_aFinerDurationIsAccepted() {
        stored(lrs(), statement(mbox(), activity(), ",\"result\":{\"duration\":\"PT1.23456S\"}"));
    }

    /** A second LRS credential (write, read all), made by the district admin over raw HTTP. */
    Raw otherCredential() {
        Raw admin = Raw.as(base, Service.ADMIN, Service.DEMO_PASSWORD);
        Raw.Answer made = admin.post("api/xapi/credentials", "{\"label\":\"Nguồn khác " + uuid().substring(0, 8) + "\",\"write\":true,\"read\":\"ALL\"}");
        assertTrue(made.status() == 200 || made.status() == 201, made.toString());
        return Raw.as(base, made.object().getString("key"), made.object().getString("secret"));
    }

    static Map<String, String> strings(JsonObject map) {
        java.util.Map<String, String> out = new java.util.HashMap<>();
        map.forEach((k, v) -> out.put(k, ((JsonString) v).getString()));
        return out;
    }
}
