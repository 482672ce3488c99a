package vn.edu.taphuan.courses.boundary;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.edu.taphuan.testing.Http;
import vn.edu.taphuan.testing.NewLearner;
import vn.edu.taphuan.testing.Service;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Courses, quiz and certificates over real HTTP on Payara Micro with the shipped courses and the demo district:
 * one staff member's whole way through a course, what others may and may not see, and the admin reload.
 */
@ExtendWith(ArquillianExtension.class)
class CoursesIT {
    static final String COURSE = "law-and-policy";
    static final QuizKey KEY = new QuizKey();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Service.war();
    }

    @ArquillianResource
    URL base;

    /** The learner of this test: on THCS01 (the demo principal's school), with no history of their own. */
    static NewLearner learner;

    Http staff() {
        if (learner == null) {
            learner = NewLearner.at(base, Service.PRINCIPAL_SCHOOL, "HV-COURSES-1", "Nguyễn Thị Ánh Tuyết");
        }
        return learner.basic(base);
    }

    Http admin() {
        return Http.basic(base, Service.ADMIN, Service.DEMO_PASSWORD);
    }

    /** A second staff member, of another school, also new. */
    Http otherStaff() {
        return NewLearner.at(base, "THCS05", "HV-COURSES-2", "Lê Văn Bình").basic(base);
    }

    static JsonObject card(Http who, String courseId) {
        return who.get("api/courses").structure().asJsonArray().stream().map(JsonValue::asJsonObject)
                .filter(c -> c.getString("id").equals(courseId)).findFirst().orElseThrow();
    }

    /** Every key anywhere in a JSON value. */
    static List<String> keys(JsonValue v) {
        List<String> keys = new ArrayList<>();
        if (v instanceof JsonObject o) {
            o.forEach((k, x) -> { keys.add(k); keys.addAll(keys(x)); });
        } else if (v instanceof JsonArray a) {
            a.forEach(x -> keys.addAll(keys(x)));
        }
        return keys;
    }

    /** Whether a true or false value appears anywhere in a JSON value. */
    static boolean hasFlag(JsonValue v) {
        if (v instanceof JsonObject o) {
            return o.values().stream().anyMatch(CoursesIT::hasFlag);
        }
        if (v instanceof JsonArray a) {
            return a.stream().anyMatch(CoursesIT::hasFlag);
        }
        return v.getValueType() == JsonValue.ValueType.TRUE || v.getValueType() == JsonValue.ValueType.FALSE;
    }

    @Test
    void whenAStaffMemberGoesThroughACourseThenProgressQuizRetryCompletionAndCertificateFollow() throws Exception {
        Http me = staff();
        assertEquals("NOT_STARTED", card(me, COURSE).getString("state"));

        JsonObject launched = me.post("api/courses/" + COURSE + "/launch", "").json();
        JsonArray lessons = launched.getJsonArray("lessons");
        String first = lessons.getJsonObject(0).getString("id");
        assertEquals("IN_PROGRESS", launched.getJsonObject("course").getString("state"));
        assertEquals(first, launched.getJsonObject("course").getString("resumeLesson"));

        // lesson content, in the asked language, with a validator the browser can revalidate cheaply
        Http.Response lesson = me.get("api/courses/" + COURSE + "/lessons/" + first);
        assertEquals(200, lesson.status());
        assertTrue(lesson.json().getString("html").contains("<h2>"), lesson.text());
        assertEquals(1, lesson.json().getInt("number"));
        String etag = lesson.header("ETag");
        assertFalse(etag.isEmpty());
        assertEquals(304, me.header("If-None-Match", etag).get("api/courses/" + COURSE + "/lessons/" + first).status());
        me.header("If-None-Match", null);

        // read two lessons, leave, come back: the resume point is the third
        for (int i = 0; i < 2; i++) {
            JsonObject read = me.post("api/courses/" + COURSE + "/lessons/" + lessons.getJsonObject(i).getString("id") + "/read", "").json();
            assertEquals(i + 1, read.getInt("lessonsRead"));
        }
        JsonObject back = staff().get("api/courses/" + COURSE).json();
        assertEquals(lessons.getJsonObject(2).getString("id"), back.getJsonObject("course").getString("resumeLesson"));
        assertEquals(2, back.getJsonObject("course").getInt("lessonsRead"));
        assertTrue(back.getJsonArray("lessons").getJsonObject(1).getBoolean("read"));
        assertFalse(back.getJsonArray("lessons").getJsonObject(2).getBoolean("read"));

        // the quiz: quizSize questions, nothing in it says which choice is correct; reopening gives the same draw
        Http.Response started = me.post("api/courses/" + COURSE + "/quiz", "");
        assertEquals(200, started.status(), started.toString());
        JsonObject quiz = started.json();
        assertEquals(10, quiz.getJsonArray("questions").size());
        List<String> keys = keys(quiz);
        assertFalse(keys.contains("correct") || keys.contains("explanation") || keys.contains("right"), keys.toString());
        // no property anywhere carries correctness (question texts may say "correct", keys may not)
        assertFalse(started.text().matches("(?s).*\"(correct|isCorrect|answer|answers)\"\\s*:.*"), started.text());
        assertFalse(hasFlag(quiz), "no true/false value of any kind: " + started.text());
        quiz.getJsonArray("questions").forEach(q -> q.asJsonObject().getJsonArray("choices")
                .forEach(c -> assertEquals(JsonValue.ValueType.STRING, c.getValueType())));
        assertEquals(quiz.getString("quizId"), me.post("api/courses/" + COURSE + "/quiz", "").json().getString("quizId"));

        // fail it (all wrong): the result shows the right answers and explanations, the course is not completed
        String quizPath = "api/courses/" + COURSE + "/quiz/" + quiz.getString("quizId");
        Http.Response failed = me.post(quizPath, KEY.answers(quiz, false, Locale.ENGLISH));
        assertEquals(200, failed.status(), failed.toString());
        JsonObject result = failed.json();
        assertFalse(result.getBoolean("passed"));
        assertEquals(0, result.getInt("scoreRaw"));
        assertFalse(result.getBoolean("courseCompleted"));
        JsonObject q1 = result.getJsonArray("questions").getJsonObject(0);
        assertFalse(q1.getString("explanation").isBlank());
        assertTrue(q1.getJsonArray("choices").stream().anyMatch(c -> c.asJsonObject().getBoolean("correct")));
        assertEquals(409, me.post(quizPath, KEY.answers(quiz, true, Locale.ENGLISH)).status(), "a quiz is submitted once");
        assertFalse(me.get(quizPath).json().getBoolean("passed"), "the result can be read again");

        // retry: a new draw
        JsonObject retry = me.post("api/courses/" + COURSE + "/quiz", "").json();
        assertNotEquals(quiz.getString("quizId"), retry.getString("quizId"));
        assertEquals(2, retry.getInt("attemptNo"));
        String retryPath = "api/courses/" + COURSE + "/quiz/" + retry.getString("quizId");
        Http.Response bad = me.post(retryPath, "{\"answers\":{\"" + retry.getJsonArray("questions").getJsonObject(0).getString("id") + "\":[99]}}");
        assertEquals(400, bad.status(), bad.toString());
        assertEquals("INVALID_ANSWER", bad.json().getString("code"));

        // pass it before every lesson is read: passed, but not completed yet
        JsonObject passed = me.post(retryPath, KEY.answers(retry, true, Locale.ENGLISH)).json();
        assertTrue(passed.getBoolean("passed"));
        assertEquals(100, passed.getInt("percent"));
        assertFalse(passed.getBoolean("courseCompleted"));
        assertEquals("IN_PROGRESS", card(me, COURSE).getString("state"));

        // reading the remaining lessons completes the course and issues the certificate
        JsonObject last = null;
        for (int i = 2; i < lessons.size(); i++) {
            last = me.post("api/courses/" + COURSE + "/lessons/" + lessons.getJsonObject(i).getString("id") + "/read", "").json();
        }
        assertTrue(last.getBoolean("completed"));
        String code = last.getString("certificateCode");
        JsonObject done = card(me, COURSE);
        assertEquals("COMPLETED", done.getString("state"));
        assertEquals(100, done.getInt("scorePercent"));
        assertEquals(code, done.getString("certificateCode"));
        assertFalse(done.getString("completedAt").isEmpty());

        // the PDF, with the holder's full name; the public check shows initials only
        Http.Response pdf = me.get("api/certificates/" + code + "/pdf");
        assertEquals(200, pdf.status());
        assertTrue(pdf.header("Content-Type").startsWith("application/pdf"));
        String fullName = learner.fullName();
        try (var doc = Loader.loadPDF(pdf.bytes())) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains(fullName), text);
            assertTrue(text.contains(code.substring(0, 4) + "-"), text);
        }
        Http anonymous = Http.anonymous(base);
        JsonObject verified = anonymous.get("api/certificates/" + code.toLowerCase(Locale.ROOT)).json();
        assertTrue(verified.getBoolean("valid"));
        assertEquals(COURSE, verified.getString("courseId"));
        assertFalse(verified.toString().contains(fullName), verified.toString());
        assertFalse(verified.containsKey("scorePercent") || verified.containsKey("staffCode"), verified.toString());
        assertEquals(404, anonymous.get("api/certificates/AAAABBBBCCCC").status());
        assertEquals(401, anonymous.get("api/certificates/" + code + "/pdf").status());

        // the principal of the holder's school may fetch the PDF
        assertEquals(200, Http.basic(base, Service.PRINCIPAL, Service.DEMO_PASSWORD).get("api/certificates/" + code + "/pdf").status());

        // another staff member sees only their own progress, and nothing of this one's quiz or certificate
        Http other = otherStaff();
        assertEquals("NOT_STARTED", card(other, COURSE).getString("state"));
        assertFalse(card(other, COURSE).containsKey("certificateCode"));
        assertFalse(other.get("api/courses/" + COURSE).json().getJsonArray("lessons").getJsonObject(0).getBoolean("read"));
        assertEquals(404, other.get(retryPath).status());
        assertEquals(404, other.post(quizPath, KEY.answers(quiz, true, Locale.ENGLISH)).status());
        assertEquals(404, other.get("api/certificates/" + code + "/pdf").status());
    }

    @Test
    void whenAdminsUseTheCatalogueThenTheySeeItButHaveNoProgress() {
        JsonArray list = admin().get("api/courses").structure().asJsonArray();
        assertTrue(list.size() >= 3, list.toString());
        assertEquals(JsonValue.NULL, list.getJsonObject(0).getOrDefault("state", JsonValue.NULL));
        assertEquals(403, admin().post("api/courses/" + COURSE + "/launch", "").status());
        assertEquals(403, Http.basic(base, Service.PRINCIPAL, Service.DEMO_PASSWORD).post("api/courses/" + COURSE + "/quiz", "").status());
        assertEquals(404, admin().get("api/courses/no-such-course").status());
        assertEquals(404, admin().get("api/courses/" + COURSE + "/lessons/no-such-lesson").status());
        assertEquals(404, admin().get("api/courses/" + COURSE + "/images/none.svg").status());

        JsonObject catalogue = admin().get("api/courses/catalogue").json();
        assertEquals(list.size(), catalogue.getJsonArray("courses").size());
        assertEquals(0, catalogue.getJsonArray("refused").size(), catalogue.toString());
        Http.Response reloaded = admin().post("api/courses/catalogue/reload", "");
        assertEquals(200, reloaded.status(), reloaded.toString());
        assertEquals(list.size(), reloaded.json().getJsonArray("courses").size());
        assertEquals(403, staff().post("api/courses/catalogue/reload", "").status());
        assertEquals(403, Http.basic(base, Service.PRINCIPAL, Service.DEMO_PASSWORD).get("api/courses/catalogue").status());
    }

    @Test
    void whenEnglishIsAskedThenTextsAreEnglishAndVietnameseOtherwise() {
        String english = admin().get("api/courses/" + COURSE).json().getJsonObject("course").getString("title");
        String vietnamese = admin().header("Accept-Language", "vi").get("api/courses/" + COURSE).json().getJsonObject("course").getString("title");
        assertEquals(KEY.course(COURSE).title().en(), english);
        assertEquals(KEY.course(COURSE).title().vi(), vietnamese);
    }
}
