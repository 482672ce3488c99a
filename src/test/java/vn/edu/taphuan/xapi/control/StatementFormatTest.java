package vn.edu.taphuan.xapi.control;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The {@code format} parameter of GET statements (xAPI Communication 2.1.3), without a server. */
class StatementFormatTest {

    static JsonObject ids(String json) {
        return StatementJson.parse(StatementFormat.apply("ids", json, List.of())).asJsonObject();
    }

    /** Communication 2.1.3 (format=ids): every Agent, Group, Activity and Verb reduced to its identifier, in SubStatements too. */
    @Test
    void whenFormatIsIdsThenEveryObjectInASubStatementIsReducedToItsIdentifier() {
        JsonObject s = ids("""
                {"actor":{"objectType":"Agent","name":"Lan","mbox":"mailto:lan@example.org"},
                 "verb":{"id":"http://adlnet.gov/expapi/verbs/planned","display":{"en":"planned"}},
                 "object":{"objectType":"SubStatement",
                   "actor":{"objectType":"Group","name":"Tổ Toán","member":[{"name":"Minh","mbox":"mailto:minh@example.org"}]},
                   "verb":{"id":"http://adlnet.gov/expapi/verbs/attended","display":{"vi":"tham dự"}},
                   "object":{"objectType":"Activity","id":"http://example.org/a","definition":{"name":{"vi":"Buổi học"}}},
                   "context":{"instructor":{"name":"Hà","mbox":"mailto:ha@example.org"},
                              "contextActivities":{"parent":[{"objectType":"Activity","id":"http://example.org/p"}]}}},
                 "context":{"contextActivities":{"grouping":[{"objectType":"Activity","id":"http://example.org/g","definition":{}}]}}}""");
        assertEquals(StatementJson.parse("""
                {"objectType":"Agent","mbox":"mailto:lan@example.org"}"""), s.get("actor"));
        assertEquals(StatementJson.parse("""
                {"id":"http://adlnet.gov/expapi/verbs/planned"}"""), s.get("verb"));
        assertEquals(StatementJson.parse("""
                {"grouping":[{"id":"http://example.org/g"}]}"""), s.getJsonObject("context").get("contextActivities"));
        JsonObject sub = s.getJsonObject("object");
        assertEquals("SubStatement", sub.getString("objectType"));
        assertEquals(StatementJson.parse("""
                {"objectType":"Group","member":[{"mbox":"mailto:minh@example.org"}]}"""), sub.get("actor"));
        assertEquals(StatementJson.parse("""
                {"id":"http://adlnet.gov/expapi/verbs/attended"}"""), sub.get("verb"));
        assertEquals(StatementJson.parse("""
                {"id":"http://example.org/a"}"""), sub.get("object"));
        assertEquals(StatementJson.parse("""
                {"instructor":{"mbox":"mailto:ha@example.org"},"contextActivities":{"parent":[{"id":"http://example.org/p"}]}}"""),
                sub.get("context"));
    }

    /** An Agent as the object keeps its objectType (Data 2.4.4.2: required there), reduced to it and its IFI. */
    @Test
    void whenTheObjectIsAnAgentThenIdsKeepItsObjectType() {
        JsonObject s = ids("""
                {"actor":{"mbox":"mailto:lan@example.org"},"verb":{"id":"http://example.org/verbs/mentored"},
                 "object":{"objectType":"Agent","name":"Minh","account":{"homePage":"http://example.org/","name":"m1"}}}""");
        assertEquals(StatementJson.parse("""
                {"objectType":"Agent","account":{"homePage":"http://example.org/","name":"m1"}}"""), s.get("object"));
    }
}
