package vn.edu.taphuan.learning.boundary;

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

    /** A second staff member, of another school, also new (made once: tests run in any order). */
    static NewLearner other;

    Http otherStaff() {
        if (other == null) {
            other = NewLearner.at(base, "THCS05", "HV-COURSES-2", "Lê Văn Bình");
        }
        return other.basic(base);
    }

    static JsonObject card(Http who, String courseId) {
        return who.get("api/courses").structure().asJsonArray().stream().map(JsonValue::asJsonObject)
                .filter(c -> c.getString("id").equals(courseId)).findFirst().orElseThrow();
    }

    /** Every key anywhere in a JSON value. */
    static List<String> keys(JsonValue v) {
        List<String> keys = new ArrayList<>();
        if (v instanceof JsonObject o) {
            o.forEach((k, x) -> {
                keys.add(k);
                keys.addAll(keys(x));
            });
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

        // fail it (all wrong): the course is not completed; the result says which questions were wrong and which
        // lessons to read again, and never the right choice or the explanation (the next draw may ask them again)
        String quizPath = "api/courses/" + COURSE + "/quiz/" + quiz.getString("quizId");
        Http.Response failed = me.post(quizPath, KEY.answers(quiz, false, Locale.ENGLISH));
        assertEquals(200, failed.status(), failed.toString());
        JsonObject result = failed.json();
        assertFalse(result.getBoolean("passed"));
        assertEquals(0, result.getInt("scoreRaw"));
        assertFalse(result.getBoolean("courseCompleted"));
        assertFailedResultHidesTheAnswers(result, failed.text());
        assertEquals(409, me.post(quizPath, KEY.answers(quiz, true, Locale.ENGLISH)).status(), "a quiz is submitted once");
        Http.Response again = me.get(quizPath);
        assertFalse(again.json().getBoolean("passed"), "the result can be read again");
        assertFailedResultHidesTheAnswers(again.json(), again.text());

        // retry: a new draw, without the questions of the failed one where the bank allows
        JsonObject retry = me.post("api/courses/" + COURSE + "/quiz", "").json();
        assertNotEquals(quiz.getString("quizId"), retry.getString("quizId"));
        assertEquals(2, retry.getInt("attemptNo"));
        if (KEY.course(COURSE).questions().size() >= 2 * KEY.course(COURSE).quizSize()) {
            List<String> before = quiz.getJsonArray("questions").stream().map(q -> q.asJsonObject().getString("id")).toList();
            assertTrue(retry.getJsonArray("questions").stream().noneMatch(q -> before.contains(q.asJsonObject().getString("id"))), retry.toString());
        }
        String retryPath = "api/courses/" + COURSE + "/quiz/" + retry.getString("quizId");
        Http.Response bad = me.post(retryPath, "{\"answers\":{\"" + retry.getJsonArray("questions").getJsonObject(0).getString("id") + "\":[99]}}");
        assertEquals(400, bad.status(), bad.toString());
        assertEquals("INVALID_ANSWER", bad.json().getString("code"));

        // pass it before every lesson is read: passed, but not completed yet; now the answers and explanations show
        JsonObject passed = me.post(retryPath, KEY.answers(retry, true, Locale.ENGLISH)).json();
        assertTrue(passed.getBoolean("passed"));
        assertEquals(100, passed.getInt("percent"));
        JsonObject firstPassed = passed.getJsonArray("questions").getJsonObject(0);
        assertFalse(firstPassed.getString("explanation").isBlank());
        assertTrue(firstPassed.getJsonArray("choices").stream().anyMatch(c -> c.asJsonObject().getBoolean("correct")));
        assertEquals(0, passed.getJsonArray("reread").size());
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

    /** A failed result: every question marked right or wrong with its lesson, no choices, no explanations, no key. */
    static void assertFailedResultHidesTheAnswers(JsonObject result, String text) {
        assertFalse(text.contains("\"correct\"") || text.contains("\"explanation\":\""), text);
        JsonArray questions = result.getJsonArray("questions");
        for (JsonValue v : questions) {
            JsonObject q = v.asJsonObject();
            assertEquals(0, q.getJsonArray("choices").size(), q.toString());
            assertEquals(JsonValue.NULL, q.getOrDefault("explanation", JsonValue.NULL));
            assertFalse(q.getBoolean("right"));
        }
        List<String> reread = result.getJsonArray("reread").stream().map(l -> l.asJsonObject().getString("id")).toList();
        List<String> lessonsOfQuestions = questions.stream().map(q -> q.asJsonObject().getOrDefault("lesson", JsonValue.NULL))
                .filter(l -> l != JsonValue.NULL).map(l -> l.asJsonObject().getString("id")).distinct().toList();
        assertEquals(lessonsOfQuestions.size(), reread.size(), "every lesson of a wrong answer to read again: " + reread);
        assertTrue(reread.containsAll(lessonsOfQuestions), reread.toString());
    }

    /** The first shipped course with a pre-test (all have one once their content follows the contract). */
    static String courseWithPretest() {
        return KEY.courses().stream().filter(c -> c.pretestSize() > 0).map(c -> c.id()).findFirst().orElseThrow();
    }

    @Test
    void whenAStaffMemberTakesThePretestThenItIsRecordedScoredAndNotCountedTowardTheCourse() {
        String course = courseWithPretest();
        int size = KEY.course(course).pretestSize();
        Http me = NewLearner.at(base, Service.PRINCIPAL_SCHOOL, "HV-COURSES-3", "Trần Minh Châu").basic(base);
        JsonObject launched = me.post("api/courses/" + course + "/launch", "").json();
        assertEquals("DUE", launched.getString("pretestState"));
        assertEquals(size, launched.getInt("pretestSize"));

        // the pre-test: pretestSize questions, one per lesson first, nothing in it that tells the answer
        Http.Response started = me.post("api/courses/" + course + "/pretest", "");
        assertEquals(200, started.status(), started.toString());
        JsonObject pretest = started.json();
        assertEquals(size, pretest.getJsonArray("questions").size());
        assertFalse(hasFlag(pretest), started.text());
        long lessonsAsked = pretest.getJsonArray("questions").stream()
                .map(q -> KEY.course(course).question(q.asJsonObject().getString("id")).orElseThrow().lesson()).distinct().count();
        assertEquals(Math.min(size, KEY.course(course).lessons().size()), lessonsAsked, "one per lesson first");
        assertEquals(pretest.getString("quizId"), me.post("api/courses/" + course + "/pretest", "").json().getString("quizId"));
        String pretestPath = "api/courses/" + course + "/pretest/" + pretest.getString("quizId");
        assertEquals(404, me.get("api/courses/" + course + "/quiz/" + pretest.getString("quizId")).status(), "its answers are never shown");
        assertEquals(404, me.post("api/courses/" + course + "/quiz/" + pretest.getString("quizId"), KEY.answers(pretest, true, Locale.ENGLISH)).status());

        // all right: scored, no pass, no answers, and nothing toward the course
        Http.Response scored = me.post(pretestPath, KEY.answers(pretest, true, Locale.ENGLISH));
        assertEquals(200, scored.status(), scored.toString());
        assertEquals(size, scored.json().getInt("scoreRaw"));
        assertEquals(100, scored.json().getInt("percent"));
        assertFalse(scored.json().containsKey("passed") || scored.json().containsKey("questions"), scored.text());
        JsonObject card = card(me, course);
        assertEquals("IN_PROGRESS", card.getString("state"));
        assertEquals(0, card.getInt("lessonsRead"));
        assertEquals(JsonValue.NULL, card.getOrDefault("scorePercent", JsonValue.NULL), "not counted as a quiz score");
        assertEquals("DONE", me.get("api/courses/" + course).json().getString("pretestState"));
        Http.Response twice = me.post("api/courses/" + course + "/pretest", "");
        assertEquals(409, twice.status());
        assertEquals("PRETEST_DONE", twice.json().getString("code"));
        assertEquals(409, me.post(pretestPath, KEY.answers(pretest, true, Locale.ENGLISH)).status());

        // its own xAPI activity: "scored", with the score, no success
        Http lrs = Http.basic(base, "demo-lrs-key", "demo-lrs-secret-2024").header("X-Experience-API-Version", "1.0.3");
        String activity = "http://localhost:8080/activities/courses/" + course + "/pretest";
        JsonArray statements = lrs.get("xapi/statements?limit=5&activity=" + java.net.URLEncoder.encode(activity, java.nio.charset.StandardCharsets.UTF_8))
                .json().getJsonArray("statements");
        JsonObject statement = statements.getJsonObject(0);
        assertEquals("http://adlnet.gov/expapi/verbs/scored", statement.getJsonObject("verb").getString("id"));
        assertEquals(size, statement.getJsonObject("result").getJsonObject("score").getInt("raw"));
        assertFalse(statement.getJsonObject("result").containsKey("success"));

        // the first quiz avoids the pre-test's questions (bank allowing); it counts, and the gain report pairs them
        JsonObject quiz = me.post("api/courses/" + course + "/quiz", "").json();
        assertEquals(1, quiz.getInt("attemptNo"));
        List<String> asked = pretest.getJsonArray("questions").stream().map(q -> q.asJsonObject().getString("id")).toList();
        if (KEY.course(course).questions().size() >= size + KEY.course(course).quizSize()) {
            assertTrue(quiz.getJsonArray("questions").stream().noneMatch(q -> asked.contains(q.asJsonObject().getString("id"))));
        }
        me.post("api/courses/" + course + "/quiz/" + quiz.getString("quizId"), KEY.answers(quiz, false, Locale.ENGLISH));
        JsonObject gain = admin().get("api/course-review/gain").json();
        JsonObject school = gain.getJsonArray("schools").stream().map(JsonValue::asJsonObject)
                .filter(g -> g.getString("courseId").equals(course) && g.getString("schoolCode").equals(Service.PRINCIPAL_SCHOOL))
                .findFirst().orElseThrow(() -> new AssertionError(gain.toString()));
        assertTrue(school.getInt("paired") >= 1, school.toString());
        assertTrue(school.getJsonNumber("gain").doubleValue() < 0, "100% before, 0% after: " + school);
        Http.Response csv = admin().get("api/course-review/gain.csv");
        assertEquals(200, csv.status());
        assertTrue(csv.text().contains(Service.PRINCIPAL_SCHOOL) && csv.text().contains(course), csv.text());

        // who may not: another learner's pre-test is not theirs; the gain is the district's
        Http other = otherStaff();
        assertEquals(404, other.post(pretestPath, KEY.answers(pretest, true, Locale.ENGLISH)).status());
        assertEquals(403, me.get("api/course-review/gain").status());
        assertEquals(403, Http.basic(base, Service.PRINCIPAL, Service.DEMO_PASSWORD).get("api/course-review/gain.csv").status());
        assertEquals(403, admin().post("api/courses/" + course + "/pretest", "").status());
        assertEquals(401, Http.anonymous(base).get("api/course-review/gain").status());
    }

    @Test
    void whenADistrictAdminApprovesACourseVersionThenItIsRecordedAndTheCourseIsNoLongerADraft() {
        String course = "harm-reduction-hiv";
        int version = KEY.course(course).version();
        assertTrue(card(admin(), course).getBoolean("draft"), "a draft until approved");

        // refusals first: who may not, which version may not
        String body = "{\"courseId\":\"" + course + "\",\"version\":" + version + ",\"note\":\"Phòng GD&ĐT đã rà soát\"}";
        assertEquals(403, Http.basic(base, Service.PRINCIPAL, Service.DEMO_PASSWORD).post("api/course-review/approvals", body).status());
        assertEquals(403, staff().post("api/course-review/approvals", body).status());
        assertEquals(401, Http.anonymous(base).post("api/course-review/approvals", body).status());
        assertEquals(403, staff().get("api/course-review/approvals").status());
        Http.Response wrongVersion = admin().post("api/course-review/approvals", "{\"courseId\":\"" + course + "\",\"version\":" + (version + 1) + "}");
        assertEquals(400, wrongVersion.status(), wrongVersion.toString());
        assertEquals("version", wrongVersion.json().getJsonArray("details").getJsonObject(0).getString("field"));
        assertEquals(400, admin().post("api/course-review/approvals", "{\"courseId\":\"" + course + "\"}").status());
        assertEquals(404, admin().post("api/course-review/approvals", "{\"courseId\":\"no-such-course\",\"version\":1}").status());

        Http.Response approved = admin().post("api/course-review/approvals", body);
        assertEquals(201, approved.status(), approved.toString());
        assertEquals(Service.ADMIN, approved.json().getString("approvedBy"));
        assertEquals(version, approved.json().getInt("version"));
        assertEquals(409, admin().post("api/course-review/approvals", body).status(), "once per version");

        JsonObject loaded = admin().get("api/courses/catalogue").json().getJsonArray("courses").stream().map(JsonValue::asJsonObject)
                .filter(c -> c.getString("id").equals(course)).findFirst().orElseThrow();
        assertEquals(Service.ADMIN, loaded.getString("approvedBy"));
        assertFalse(loaded.getString("approvedAt").isEmpty());
        assertFalse(card(admin(), course).getBoolean("draft"));
        assertFalse(card(staff(), course).getBoolean("draft"));
        assertTrue(card(staff(), COURSE).getBoolean("draft"), "other courses stay drafts");
        assertTrue(admin().get("api/course-review/approvals").text().contains("Phòng GD&ĐT đã rà soát"));
        // the audit log has it, with who and which version
        Http.Response audit = admin().get("api/audit?kind=COURSE_APPROVED");
        assertEquals(200, audit.status(), audit.toString());
        assertTrue(audit.text().contains("course:" + course) && audit.text().contains("version " + version)
                && audit.text().contains("account:" + Service.ADMIN), audit.text());
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

    /** The kinds the lesson's contacts blocks name ({@code <div class="contacts" data-kinds="…">}), in order. */
    static List<String> contactKinds(String html) {
        var m = java.util.regex.Pattern.compile("class=\"contacts\"[^>]*data-kinds=\"([^\"]*)\"").matcher(html);
        List<String> kinds = new ArrayList<>();
        while (m.find()) {
            for (String k : m.group(1).strip().split("\\s+")) {
                if (!kinds.contains(k)) {
                    kinds.add(k);
                }
            }
        }
        return kinds;
    }

    static JsonObject kind(JsonObject contacts, String key) {
        return contacts.getJsonArray("kinds").stream().map(JsonValue::asJsonObject)
                .filter(k -> k.getString("kind").equals(key)).findFirst().orElseThrow(() -> new AssertionError(key + " missing: " + contacts));
    }

    static List<String> names(JsonObject kind) {
        return kind.getJsonArray("contacts").stream().map(c -> c.asJsonObject().getString("name")).toList();
    }

    @Test
    void whenALearnerOpensALessonWithContactsThenTheySeeTheirSchoolsAndWardsEntriesAndTheHotlines() {
        Http me = Http.basic(base, Service.STAFF, Service.DEMO_PASSWORD).header("Accept-Language", "vi"); // THCS01, Phường Hoa Mai (mẫu)
        String html = me.get("api/courses/gender-based-violence/lessons/responding-and-referral").json().getString("html");
        List<String> kinds = contactKinds(html);
        if (kinds.isEmpty()) {
            kinds = List.of("school-focal-point", "ward-police", "health-station", "social-work-centre"); // until the lesson has its block
        }
        Http.Response r = me.get("api/learn/contacts?kinds=" + String.join("%20", kinds));
        assertEquals(200, r.status(), r.toString());
        JsonObject contacts = r.json();
        assertEquals(kinds, contacts.getJsonArray("kinds").stream().map(k -> k.asJsonObject().getString("kind")).toList());
        if (kinds.contains("school-focal-point")) {
            JsonObject focal = kind(contacts, "school-focal-point");
            assertEquals(1, focal.getJsonArray("contacts").size(), focal.toString());
            assertEquals("SCHOOL", focal.getJsonArray("contacts").getJsonObject(0).getString("level"));
        }
        JsonObject police = kind(me.get("api/learn/contacts?kinds=ward-police,health-station").json(), "ward-police");
        assertEquals(List.of("Công an phường Hoa Mai (ví dụ)"), names(police), "their own ward's, not the other wards'");
        JsonObject card = police.getJsonArray("contacts").getJsonObject(0);
        assertEquals("tel:02800000101", card.getString("tel"));
        assertTrue(card.getBoolean("example"));
        var hotlines = contacts.getJsonArray("hotlines").stream().map(h -> h.asJsonObject().getString("number")).toList();
        assertEquals(List.of("111", "113", "115"), hotlines);
        assertEquals("Tổng đài quốc gia bảo vệ trẻ em", contacts.getJsonArray("hotlines").getJsonObject(0).getString("name"));
        assertEquals("Nhà trường chưa cập nhật", contacts.getString("notUpdated"));
    }

    @Test
    void whenTheLearnersSchoolHasNoEntriesThenTheKindShowsNotUpdated() {
        Http me = NewLearner.at(base, "THCS20", "HV-CONTACTS-20", "Phạm Thị Hạnh").basic(base).header("Accept-Language", "vi");
        JsonObject contacts = me.get("api/learn/contacts?kinds=school-focal-point%20ward-police%20hiv-clinic").json();
        assertEquals(List.of(), names(kind(contacts, "school-focal-point")), "THCS20 has no entries of its own in the demo");
        assertEquals(List.of("Công an phường Cánh Diều (ví dụ)"), names(kind(contacts, "ward-police")));
        assertEquals(1, names(kind(contacts, "hiv-clinic")).size(), "the city's");
        assertEquals("Nhà trường chưa cập nhật", contacts.getString("notUpdated"));
        assertEquals("Not yet provided by the school", me.header("Accept-Language", "en").get("api/learn/contacts?kinds=ward-police").json().getString("notUpdated"));
        Http.Response unknown = me.get("api/learn/contacts?kinds=ward-police%20police");
        assertEquals(400, unknown.status(), unknown.toString());
        assertTrue(unknown.json().getString("message").contains("police"));
    }

    /**
     * Issue 13: a lesson kept by the browser for five minutes came back in Vietnamese after switching to English.
     * The cached answer varies by what selects the language (the {@code lang} cookie, then Accept-Language), so the
     * English fetch after a Vietnamese one is English; course and quiz texts are never kept (no-store).
     */
    @Test
    void whenALessonIsFetchedInVietnameseThenInEnglishThenEachComesInItsLanguageAndTheCacheVariesByIt() {
        Http me = staff();
        var lesson = KEY.course(COURSE).lessons().get(0);
        String path = "api/courses/" + COURSE + "/lessons/" + lesson.id();
        Http.Response vi = me.header("Cookie", "lang=vi").get(path);
        assertEquals(200, vi.status(), vi.toString());
        assertEquals(lesson.title().vi(), vi.json().getString("title"));
        assertTrue(vi.header("Cache-Control").contains("private") && vi.header("Cache-Control").contains("max-age=300"), vi.header("Cache-Control"));
        String vary = vi.header("Vary");
        assertTrue(vary.contains("Cookie") && vary.contains("Accept-Language"), "Vary: " + vary);

        // the page after the language switch: the cookie says English
        Http.Response en = me.header("Cookie", "lang=en").get(path);
        assertEquals(lesson.title().en(), en.json().getString("title"));
        assertNotEquals(vi.header("ETag"), en.header("ETag"));
        // revalidating the Vietnamese copy in English gets the English one, not a 304
        Http.Response revalidated = me.header("If-None-Match", vi.header("ETag")).get(path);
        assertEquals(200, revalidated.status());
        assertEquals(lesson.title().en(), revalidated.json().getString("title"));
        Http.Response same = me.header("If-None-Match", en.header("ETag")).get(path);
        assertEquals(304, same.status());
        assertTrue(same.header("Vary").contains("Cookie"), "a 304 varies like the answer it confirms");
        me.header("If-None-Match", null).header("Cookie", null);

        assertEquals("no-store", me.get("api/courses/" + COURSE).header("Cache-Control"));
        assertEquals("no-store", me.get("api/courses").header("Cache-Control"));
    }

    /**
     * Issue 13: a course completed without our certificate — at an in-person session the district recorded, or in
     * another system through an LRS credential — showed {@code null} and "Đã đọc 0/5 bài". "My courses" says how it
     * was completed; no certificate and no quiz score is made up for it.
     */
    @Test
    void whenACourseIsCompletedInPersonOrByAnotherSystemThenMyCoursesSaysHow() {
        NewLearner person = NewLearner.at(base, Service.PRINCIPAL_SCHOOL, "HV-COURSES-4", "Phạm Thị Mai Anh");
        Http me = person.basic(base);
        person.attendSession(base, "gender-based-violence");

        // another system: the demo LRS credential (completion right, every school) states a completion of another course
        assertEquals(200, me.post("api/courses/" + COURSE + "/launch", "").status());
        JsonObject mine = me.get("api/privacy/me").json();
        String actorKey = mine.getJsonObject("profile").getString("pseudonymousActorKey");
        JsonObject launched = mine.getJsonArray("statements").getJsonObject(0);
        String homePage = launched.getJsonObject("actor").getJsonObject("account").getString("homePage");
        String activity = launched.getJsonObject("object").getString("id");
        String courses = activity.substring(0, activity.indexOf("activities/courses/") + "activities/courses/".length());
        Http.Response stated = Http.basic(base, "demo-lrs-key", "demo-lrs-secret-2024").header("X-Experience-API-Version", "1.0.3")
                .post("xapi/statements", """
                        {"actor":{"objectType":"Agent","account":{"homePage":"%s","name":"%s"}},
                         "verb":{"id":"http://adlnet.gov/expapi/verbs/completed"},"object":{"id":"%s"},
                         "result":{"success":true},"timestamp":"2024-06-03T09:00:00+07:00"}"""
                        .formatted(homePage, actorKey, courses + "harm-reduction-hiv"));
        assertEquals(200, stated.status(), stated.toString());

        JsonObject inPerson = card(me, "gender-based-violence");
        assertEquals("COMPLETED", inPerson.getString("state"));
        assertEquals("IN_PERSON", inPerson.getString("completedThrough"));
        assertTrue(none(inPerson, "certificateCode") && none(inPerson, "scorePercent"), inPerson.toString());
        JsonObject external = card(me, "harm-reduction-hiv");
        assertEquals("COMPLETED", external.getString("state"));
        assertEquals("EXTERNAL", external.getString("completedThrough"));
        assertTrue(none(external, "certificateCode"), external.toString());
        JsonObject learning = card(me, COURSE);
        assertEquals("IN_PROGRESS", learning.getString("state"));
        assertTrue(none(learning, "completedThrough"), learning.toString());
        assertEquals("IN_PERSON", me.get("api/courses/gender-based-violence").json().getJsonObject("course").getString("completedThrough"));
    }

    /** JSON-B leaves null fields out: absent or null. */
    static boolean none(JsonObject o, String key) {
        return !o.containsKey(key) || o.get(key) == JsonValue.NULL;
    }
}
