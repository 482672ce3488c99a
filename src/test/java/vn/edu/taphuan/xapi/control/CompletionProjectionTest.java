package vn.edu.taphuan.xapi.control;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** docs/xapi.md §7: which statements complete a course for a staff member. */
class CompletionProjectionTest {
    final CompletionProjection projection = new CompletionProjection();

    CompletionProjectionTest() {
        projection.profile = new XapiProfile("https://taphuan.example.gov.vn/", "p");
    }

    static JsonObject statement(String verb, String activity, String homePage, String result) {
        return StatementJson.parse("""
                {"actor":{"objectType":"Agent","account":{"homePage":"%s","name":"key-1"}},
                 "verb":{"id":"http://adlnet.gov/expapi/verbs/%s"},"object":{"id":"%s"},%s
                 "context":{"extensions":{"https://taphuan.example.gov.vn/extensions/course-version":2}},
                 "timestamp":"2024-12-01T10:00:00+07:00","stored":"2024-12-02T00:00:00Z"}"""
                .formatted(homePage, verb, activity, result == null ? "" : "\"result\":" + result + ",")).asJsonObject();
    }

    static final String COURSE = "https://taphuan.example.gov.vn/activities/courses/law-and-policy";

    @Test
    void whenCompletedOrPassedOnOurCourseByOurAccountThenItCompletes() {
        var c = projection.completes(statement("completed", COURSE, "https://taphuan.example.gov.vn", "{\"score\":{\"scaled\":0.85}}")).orElseThrow();
        assertEquals("key-1", c.actorKey());
        assertEquals("law-and-policy", c.courseId());
        assertEquals(2, c.courseVersion());
        assertEquals(Instant.parse("2024-12-01T03:00:00Z"), c.completedAt());
        assertEquals(new BigDecimal("0.8500"), c.scaledScore());
        var passed = projection.completes(statement("passed", COURSE, "https://taphuan.example.gov.vn/", "{\"score\":{\"raw\":7,\"min\":0,\"max\":10}}"));
        assertEquals(new BigDecimal("0.7000"), passed.orElseThrow().scaledScore(), "scaled from raw/max when not given");
    }

    @Test
    void whenVerbActivityAccountOrSuccessDoNotFitThenNothingCompletes() {
        assertTrue(projection.completes(statement("experienced", COURSE, "https://taphuan.example.gov.vn/", null)).isEmpty());
        assertTrue(projection.completes(statement("completed", COURSE + "/lessons/overview", "https://taphuan.example.gov.vn/", null)).isEmpty());
        assertTrue(projection.completes(statement("completed", COURSE + "/quiz", "https://taphuan.example.gov.vn/", null)).isEmpty());
        assertTrue(projection.completes(statement("completed", "https://other.example.org/activities/courses/law-and-policy", "https://taphuan.example.gov.vn/", null)).isEmpty());
        assertTrue(projection.completes(statement("completed", COURSE, "https://other-lms.example.org/", null)).isEmpty());
        assertTrue(projection.completes(statement("passed", COURSE, "https://taphuan.example.gov.vn/", "{\"success\":false}")).isEmpty());
    }
}
