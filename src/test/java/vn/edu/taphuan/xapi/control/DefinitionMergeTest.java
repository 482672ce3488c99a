package vn.edu.taphuan.xapi.control;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/** How a statement's Activity Definition updates the canonical one (xAPI Data 2.4.4.1.s4.b3-b5), without a server. */
class DefinitionMergeTest {

    static JsonObject json(String text) {
        return StatementJson.parse(text).asJsonObject();
    }

    static final JsonObject QUIZ = json("""
            {"name":{"vi":"Câu hỏi 1","en":"Question 1"},"type":"http://adlnet.gov/expapi/activities/cmi.interaction",
             "interactionType":"choice","correctResponsesPattern":["a"],"choices":[{"id":"a"},{"id":"b"}],
             "extensions":{"http://example.org/x":1}}""");

    /** Data 2.4.4.1.s4.b3: the first definition of an activity becomes its canonical one. */
    @Test
    void whenNothingIsHeldThenTheStatementsDefinitionIsTaken() {
        assertSame(QUIZ, DefinitionMerge.merge(null, QUIZ, false));
    }

    /** Data 2.4.4.1.s4.b3, b4: the owner corrects names language by language and keeps the other languages. */
    @Test
    void whenTheOwnerSendsAnotherNameThenThatLanguageChangesAndTheOthersStay() {
        JsonObject merged = DefinitionMerge.merge(QUIZ, json("""
                {"name":{"vi":"Câu hỏi số 1"},"description":{"vi":"Chọn một"},"extensions":{"http://example.org/y":2}}"""), true);
        assertEquals(json("{\"vi\":\"Câu hỏi số 1\",\"en\":\"Question 1\"}"), merged.getJsonObject("name"));
        assertEquals("Chọn một", merged.getJsonObject("description").getString("vi"));
        assertEquals(json("{\"http://example.org/x\":1,\"http://example.org/y\":2}"), merged.getJsonObject("extensions"));
    }

    /** Data 2.4.4.1.s4.b5: interaction properties are not changed, by the owner neither. */
    @Test
    void whenTheOwnerChangesTheCorrectResponsesThenTheyStay() {
        JsonObject merged = DefinitionMerge.merge(QUIZ, json("""
                {"interactionType":"true-false","correctResponsesPattern":["b"],"choices":[{"id":"c"}],"type":"http://example.org/t"}"""), true);
        assertEquals("choice", merged.getString("interactionType"));
        assertEquals(QUIZ.get("correctResponsesPattern"), merged.get("correctResponsesPattern"));
        assertEquals(QUIZ.get("choices"), merged.get("choices"));
        assertEquals("http://example.org/t", merged.getString("type"), "the owner corrects the type");
    }

    /** Data 2.4.4.1.s4.b3: a source without the authority only adds what is missing. */
    @Test
    void whenAnotherSourceSendsADefinitionThenOnlyMissingPartsAreAdded() {
        JsonObject merged = DefinitionMerge.merge(QUIZ, json("""
                {"name":{"vi":"Sai tên","fr":"Question un"},"type":"http://example.org/other","moreInfo":"http://example.org/info"}"""), false);
        assertEquals(json("{\"vi\":\"Câu hỏi 1\",\"en\":\"Question 1\",\"fr\":\"Question un\"}"), merged.getJsonObject("name"));
        assertEquals(QUIZ.getString("type"), merged.getString("type"));
        assertEquals("http://example.org/info", merged.getString("moreInfo"));
    }

    /** Every activity a statement defines, in its object, context activities (single or list) and SubStatement. */
    @Test
    void whenAStatementIsWalkedThenEveryDefinedActivityIsFound() {
        List<String> ids = new ArrayList<>();
        ActivityDefinitions.definitions(json("""
                {"actor":{"mbox":"mailto:a@example.org"},"verb":{"id":"http://example.org/v"},
                 "object":{"objectType":"SubStatement","actor":{"mbox":"mailto:a@example.org"},"verb":{"id":"http://example.org/v"},
                   "object":{"id":"http://example.org/inner","definition":{}}},
                 "context":{"contextActivities":{"parent":{"id":"http://example.org/p","definition":{"name":{"vi":"Cha"}}},
                   "grouping":[{"id":"http://example.org/g"},{"id":"http://example.org/g2","definition":{}}]}}}"""),
                (id, d) -> ids.add(id));
        assertEquals(List.of("http://example.org/inner", "http://example.org/p", "http://example.org/g2"), ids);
    }

    /** Communication 2.1.3 format=canonical: the held definition replaces the statement's, one language kept. */
    @Test
    void whenFormatIsCanonicalThenTheHeldDefinitionIsReturnedInOneLanguage() {
        String statement = """
                {"actor":{"mbox":"mailto:a@example.org"},"verb":{"id":"http://example.org/v"},"object":{"id":"http://example.org/q"}}""";
        JsonObject out = json(StatementFormat.apply("canonical", statement, java.util.Locale.LanguageRange.parse("en"),
                id -> Optional.of(QUIZ)));
        assertEquals(json("{\"en\":\"Question 1\"}"), out.getJsonObject("object").getJsonObject("definition").getJsonObject("name"));
    }
}
