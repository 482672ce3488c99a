package vn.edu.taphuan.xapi.control;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import vn.edu.taphuan.xapi.control.validation.StatementRule;
import vn.edu.taphuan.xapi.entity.LearningEvent;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each learning event as a statement of our profile (docs/xapi.md §3–§6). */
class LearningRecordTest {
    final LearningRecord record = new LearningRecord();
    final UUID registration = UUID.fromString("0d1c5f7e-7a1b-4c2d-8e3f-9a0b1c2d3e4f");

    LearningRecordTest() {
        record.profile = new XapiProfile("http://localhost:8080/", "prostitution-prevention-2024");
    }

    JsonObject statement(LearningEvent.Kind kind, String part, Integer raw, Integer max, Boolean success) {
        LearningEvent e = new LearningEvent(kind, 7, "law-and-policy", 2, part, registration, raw, max, success,
                Duration.ofMillis(252_507), Instant.parse("2024-11-05T08:30:00Z"));
        JsonObject s = record.statement(e, UUID.randomUUID(), "actor-key", "THCS01");
        assertTrue(StatementRule.check(s).isEmpty(), kind + ": " + StatementRule.check(s));
        return s;
    }

    static String verb(JsonObject s) {
        return s.getJsonObject("verb").getString("id");
    }

    static String object(JsonObject s) {
        return s.getJsonObject("object").getString("id");
    }

    @Test
    void whenEachKindOfEventIsRecordedThenItHasTheVerbAndObjectOfTheProfile() {
        String course = "http://localhost:8080/activities/courses/law-and-policy";
        JsonObject launched = statement(LearningEvent.Kind.COURSE_LAUNCHED, null, null, null, null);
        assertEquals(XapiProfile.LAUNCHED, verb(launched));
        assertEquals(course, object(launched));
        assertFalse(launched.containsKey("result"));

        JsonObject lesson = statement(LearningEvent.Kind.LESSON_READ, "overview", null, null, null);
        assertEquals(XapiProfile.EXPERIENCED, verb(lesson));
        assertEquals(course + "/lessons/overview", object(lesson));
        assertEquals(course, lesson.getJsonObject("context").getJsonObject("contextActivities").getJsonArray("parent").getJsonObject(0).getString("id"));

        JsonObject answered = statement(LearningEvent.Kind.QUESTION_ANSWERED, "q03", null, null, false);
        assertEquals(course + "/quiz/questions/q03", object(answered));
        assertEquals("choice", answered.getJsonObject("object").getJsonObject("definition").getString("interactionType"));
        assertEquals(false, answered.getJsonObject("result").getBoolean("success"));
        var grouping = answered.getJsonObject("context").getJsonObject("contextActivities").getJsonArray("grouping");
        assertEquals(course, grouping.getJsonObject(0).getString("id"));
        assertEquals("http://localhost:8080/activities/programmes/prostitution-prevention-2024", grouping.getJsonObject(1).getString("id"));

        JsonObject failed = statement(LearningEvent.Kind.QUIZ_FAILED, null, 6, 10, null);
        assertEquals(XapiProfile.FAILED, verb(failed));
        assertEquals(false, failed.getJsonObject("result").getBoolean("success"));
        assertEquals(0.6, failed.getJsonObject("result").getJsonObject("score").getJsonNumber("scaled").doubleValue(), 1e-9);
        assertEquals(0, failed.getJsonObject("result").getJsonObject("score").getInt("min"));

        JsonObject pretest = statement(LearningEvent.Kind.PRETEST_SCORED, null, 2, 5, null);
        assertEquals(XapiProfile.SCORED, verb(pretest));
        assertEquals(course + "/pretest", object(pretest));
        assertEquals(XapiProfile.TYPE_ASSESSMENT, pretest.getJsonObject("object").getJsonObject("definition").getString("type"));
        assertEquals(0.4, pretest.getJsonObject("result").getJsonObject("score").getJsonNumber("scaled").doubleValue(), 1e-9);
        assertFalse(pretest.getJsonObject("result").containsKey("success"), "a pre-test is neither passed nor failed");
        assertEquals(course, pretest.getJsonObject("context").getJsonObject("contextActivities").getJsonArray("parent").getJsonObject(0).getString("id"));

        JsonObject completed = statement(LearningEvent.Kind.COURSE_COMPLETED, null, 9, 10, null);
        assertEquals(XapiProfile.COMPLETED, verb(completed));
        assertEquals("PT4M12.5S", completed.getJsonObject("result").getString("duration"));
        var ext = completed.getJsonObject("context").getJsonObject("extensions");
        assertEquals("THCS01", ext.getString("http://localhost:8080/extensions/school-code"));
        assertEquals(2, ext.getInt("http://localhost:8080/extensions/course-version"));
        assertEquals(registration.toString(), completed.getJsonObject("context").getString("registration"));
        assertEquals("actor-key", completed.getJsonObject("actor").getJsonObject("account").getString("name"));
        assertFalse(completed.getJsonObject("actor").containsKey("name"), "no names in statements");
    }

    @Test
    void whenAnEventLacksWhatItsKindNeedsThenItIsRefused() {
        LearningEvent noLesson = new LearningEvent(LearningEvent.Kind.LESSON_READ, 7, "law-and-policy", 1, null, registration,
                null, null, null, null, Instant.now());
        assertThrows(IllegalArgumentException.class, () -> record.statement(noLesson, UUID.randomUUID(), "k", "S"));
    }

    @Test
    void whenADurationIsWrittenThenItIsIso8601ToTheHundredth() {
        assertEquals("PT0S", LearningRecord.duration(Duration.ZERO));
        assertEquals("PT4M12.5S", LearningRecord.duration(Duration.ofMillis(252_507)));
        assertEquals("PT1H0.05S", LearningRecord.duration(Duration.ofMillis(3_600_050)));
        assertEquals("PT26H3M0S", LearningRecord.duration(Duration.ofMinutes(26 * 60 + 3)));
    }
}
