package vn.edu.taphuan.learning.boundary;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.edu.taphuan.testing.Http;
import vn.edu.taphuan.testing.NewLearner;
import vn.edu.taphuan.testing.Service;

import java.net.URL;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Retraining for a new programme (issue 13), over real HTTP with the demo district: the demo teacher completed the
 * four courses in 2024, so "my courses" says they are not done yet for this year's programme and shows the 2024
 * completions as history; she retrains each (a new run: lessons read again, a new quiz), after which each counts for
 * the running programme and her school's trained figure goes up by one.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RetrainingIT {
    static final QuizKey KEY = new QuizKey();
    static final List<String> COURSES = List.of("law-and-policy", "harm-reduction-hiv", "gender-based-violence", "reintegration-and-students");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Service.war();
    }

    @ArquillianResource
    URL base;

    Http teacher() {
        return Http.basic(base, Service.STAFF, Service.DEMO_PASSWORD);
    }

    Http principal() {
        return Http.basic(base, Service.PRINCIPAL, Service.DEMO_PASSWORD);
    }

    /** The demo's programme of this calendar year (running today), and the closed 2024 one. */
    JsonObject programme(LocalDate start) {
        return Http.basic(base, Service.ADMIN, Service.DEMO_PASSWORD).get("api/programmes").structure().asJsonArray().stream()
                .map(JsonValue::asJsonObject).filter(p -> p.getString("periodStart").equals(start.toString()))
                .min(java.util.Comparator.comparingLong(p -> p.getJsonNumber("id").longValue())).orElseThrow();
    }

    JsonObject current() {
        return programme(LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).withDayOfYear(1));
    }

    static JsonObject card(Http who, String courseId) {
        return who.get("api/courses").structure().asJsonArray().stream().map(JsonValue::asJsonObject)
                .filter(c -> c.getString("id").equals(courseId)).findFirst().orElseThrow();
    }

    /** The card's standing for the programme. */
    static JsonObject standing(JsonObject card, long programmeId) {
        return card.getJsonArray("programmes").stream().map(JsonValue::asJsonObject)
                .filter(s -> s.getJsonObject("programme").getJsonNumber("id").longValue() == programmeId).findFirst()
                .orElseThrow(() -> new AssertionError("no standing for programme " + programmeId + ": " + card));
    }

    JsonObject schoolReport(long programmeId) {
        Http.Response r = principal().get("api/programmes/" + programmeId + "/schools/" + Service.PRINCIPAL_SCHOOL + "/report");
        assertEquals(200, r.status(), r.toString());
        return r.json();
    }

    static boolean untrained(JsonObject schoolReport, String code) {
        return schoolReport.getJsonArray("untrained").stream().anyMatch(u -> u.asJsonObject().getString("code").equals(code));
    }

    @Test
    @Order(1)
    void whenTheDemoTeacherOpensHerCoursesThenEachIsNotYetDoneForThisYearWithHer2024CompletionAsHistory() {
        JsonObject programme = current();
        long id = programme.getJsonNumber("id").longValue();
        for (String course : COURSES) {
            JsonObject card = card(teacher(), course);
            assertEquals("COMPLETED", card.getString("state"), "completed in 2024: " + card);
            assertEquals(1, card.getJsonArray("programmes").size(), "only this year's programme runs: " + card);
            JsonObject s = standing(card, id);
            assertEquals(programme.getString("name"), s.getJsonObject("programme").getString("name"));
            assertFalse(s.getBoolean("countsForProgramme"), card.toString());
            assertFalse(s.containsKey("completedAt") && !s.isNull("completedAt"), "no completion counts yet");
            assertTrue(s.getBoolean("retrainDue"));
            assertFalse(s.getBoolean("retraining"));
            JsonArray earlier = s.getJsonArray("earlierCompletions");
            assertEquals(1, earlier.size(), card.toString());
            assertTrue(earlier.getJsonObject(0).getString("completedAt").startsWith("2024-"), earlier.toString());
            assertFalse(earlier.getJsonObject(0).getString("certificateCode").isBlank(), "the 2024 run has its certificate");
            assertEquals(90, earlier.getJsonObject(0).getInt("scorePercent"), earlier.toString());
        }
        JsonObject detail = teacher().get("api/courses/" + COURSES.get(0)).json();
        assertEquals(1, detail.getJsonArray("history").size(), detail.toString());
    }

    @Test
    @Order(2)
    void whenRetrainingIsAskedWronglyThenAClearRefusal() {
        long id = current().getJsonNumber("id").longValue();
        String course = COURSES.get(0);
        Http.Response letters = teacher().post("api/courses/" + course + "/retrain/abc", "");
        assertEquals(400, letters.status(), letters.toString());
        assertTrue(letters.json().getString("message").contains("abc"), letters.toString());
        long closed = programme(LocalDate.of(2024, 1, 1)).getJsonNumber("id").longValue();
        Http.Response notRunning = teacher().post("api/courses/" + course + "/retrain/" + closed, "");
        assertEquals(400, notRunning.status(), notRunning.toString());
        assertEquals("PROGRAMME_NOT_APPLICABLE", notRunning.json().getString("code"));
        assertEquals(404, teacher().post("api/courses/no-such-course/retrain/" + id, "").status());
        assertEquals(401, Http.anonymous(base).post("api/courses/" + course + "/retrain/" + id, "").status());
        assertEquals(403, principal().post("api/courses/" + course + "/retrain/" + id, "").status());
        // someone who never completed the course just takes it: nothing to retrain
        Http newcomer = NewLearner.at(base, Service.PRINCIPAL_SCHOOL, "HV-RETRAIN-1", "Trần Thị Hồng Nhung").basic(base);
        JsonObject fresh = standing(card(newcomer, course), id);
        assertFalse(fresh.getBoolean("retrainDue"));
        Http.Response nothing = newcomer.post("api/courses/" + course + "/retrain/" + id, "");
        assertEquals(409, nothing.status(), nothing.toString());
        assertEquals("RETRAIN_NOT_DUE", nothing.json().getString("code"));
    }

    @Test
    @Order(3)
    void whenTheTeacherRetrainsEveryCourseThenEachCountsForTheRunningProgrammeAndHerSchoolGainsOneTrained() throws java.io.IOException {
        long id = current().getJsonNumber("id").longValue();
        JsonObject before = schoolReport(id);
        int trainedBefore = before.getJsonObject("school").getInt("trained");
        assertTrue(untrained(before, Service.STAFF), "not trained for this year yet");

        Http me = teacher();
        Set<String> certificates = new HashSet<>();
        for (String course : COURSES) {
            JsonObject started = me.post("api/courses/" + course + "/retrain/" + id, "").json();
            JsonObject c = started.getJsonObject("course");
            assertEquals("IN_PROGRESS", c.getString("state"), "a new run: " + c);
            assertEquals(0, c.getInt("lessonsRead"));
            assertTrue(standing(c, id).getBoolean("retraining"));
            assertEquals(1, started.getJsonArray("history").size(), "the 2024 completion stays listed");
            assertTrue(started.getJsonArray("lessons").stream().noneMatch(l -> l.asJsonObject().getBoolean("read")));
            // a second click gives back the same run
            assertEquals(200, me.post("api/courses/" + course + "/retrain/" + id, "").status());

            JsonArray lessons = started.getJsonArray("lessons");
            for (JsonValue l : lessons) {
                JsonObject read = me.post("api/courses/" + course + "/lessons/" + l.asJsonObject().getString("id") + "/read", "").json();
                assertFalse(read.getBoolean("completed"), "the quiz is still to pass");
            }
            JsonObject quiz = me.post("api/courses/" + course + "/quiz", "").json();
            assertEquals(1, quiz.getInt("attemptNo"), "the new run's first quiz");
            JsonObject passed = me.post("api/courses/" + course + "/quiz/" + quiz.getString("quizId"), KEY.answers(quiz, true, Locale.ENGLISH)).json();
            assertTrue(passed.getBoolean("passed"));
            assertTrue(passed.getBoolean("courseCompleted"), passed.toString());

            JsonObject card = card(me, course);
            assertEquals("COMPLETED", card.getString("state"));
            JsonObject s = standing(card, id);
            assertTrue(s.getBoolean("countsForProgramme"), card.toString());
            assertNotNull(s.getString("completedAt"));
            assertFalse(s.getBoolean("retrainDue"));
            assertEquals(1, s.getJsonArray("earlierCompletions").size(), "2024 is still history");
            JsonArray history = me.get("api/courses/" + course).json().getJsonArray("history");
            assertEquals(2, history.size(), history.toString());
            String now = history.getJsonObject(0).getString("certificateCode");
            String then = history.getJsonObject(1).getString("certificateCode");
            assertNotEquals(now, then, "a certificate per run");
            assertEquals(card.getString("certificateCode"), now, "the card shows the newest certificate");
            assertTrue(history.getJsonObject(1).getString("completedAt").startsWith("2024-"));
            certificates.add(now);
            assertEquals(409, me.post("api/courses/" + course + "/retrain/" + id, "").status(), "done for it: nothing to retrain");
        }
        assertEquals(COURSES.size(), certificates.size());
        // the new certificate is issued under this year's programme: its header names the unit and the signer
        try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(
                me.get("api/certificates/" + certificates.iterator().next() + "/pdf").bytes())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf);
            for (String expected : List.of("PHÒNG VĂN HÓA - XÃ HỘI", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                    "Phường Hoa Mai, ngày", "Trần Thị Mẫu")) {
                assertTrue(text.contains(expected), expected + " in: " + text);
            }
        }

        // each run has its own xAPI registration: the 2024 run's statements keep theirs, the new run's completion carries the new one
        JsonObject mine = me.get("api/privacy/me").json();
        List<JsonObject> runs = mine.getJsonArray("courses").stream().map(JsonValue::asJsonObject)
                .filter(r -> r.getString("courseId").equals(COURSES.get(0))).toList();
        assertEquals(2, runs.size(), runs.toString());
        String old = runs.get(0).getString("registration"), now = runs.get(1).getString("registration");
        assertNotEquals(old, now);
        assertTrue(runs.get(0).getString("completedAt").startsWith("2024-") && !runs.get(1).getString("completedAt").startsWith("2024-"), runs.toString());
        List<String> completedIn = mine.getJsonArray("statements").stream().map(JsonValue::asJsonObject)
                .filter(st -> st.getJsonObject("verb").getString("id").endsWith("/completed"))
                .map(st -> st.getJsonObject("context").getString("registration")).toList();
        assertTrue(completedIn.contains(old) && completedIn.contains(now), completedIn + " " + old + " " + now);

        JsonObject after = schoolReport(id);
        assertEquals(trainedBefore + 1, after.getJsonObject("school").getInt("trained"), after.getJsonObject("school").toString());
        assertFalse(untrained(after, Service.STAFF), "trained for this year now");
    }
}
