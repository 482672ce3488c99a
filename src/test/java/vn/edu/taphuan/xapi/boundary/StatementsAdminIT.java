package vn.edu.taphuan.xapi.boundary;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.edu.taphuan.testing.Browser;
import vn.edu.taphuan.testing.Http;
import vn.edu.taphuan.testing.Service;

import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The district admins' view of the built-in LRS (issue 13): GET /api/xapi/statements over real HTTP on the demo
 * district — order, each filter, bad values, who may read it — and the xAPI page listing, filtering and opening
 * statements in a real browser.
 */
@ExtendWith(ArquillianExtension.class)
class StatementsAdminIT {
    static final String IRI = "http://localhost:8080/";
    static final String COURSE = "law-and-policy";
    static final String VERBS = "http://adlnet.gov/expapi/verbs/";
    static final ZoneId DISTRICT = ZoneId.of("Asia/Ho_Chi_Minh");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Service.war();
    }

    @ArquillianResource
    URL base;

    Http admin() {
        return Http.basic(base, Service.ADMIN, Service.DEMO_PASSWORD);
    }

    JsonArray items(String query) {
        Http.Response r = admin().get("api/xapi/statements" + query);
        assertEquals(200, r.status(), query + " → " + r);
        return r.json().getJsonArray("items");
    }

    static String q(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** The demo teacher's pseudonymous actor key, as her own data export shows it. */
    String teacherActorKey() {
        Http.Response mine = Http.basic(base, Service.STAFF, Service.DEMO_PASSWORD).get("api/privacy/me");
        assertEquals(200, mine.status(), mine.toString());
        return mine.json().getJsonObject("profile").getString("pseudonymousActorKey");
    }

    /** Sends one statement of the demo teacher through the LRS with the demo credential; answers its id. */
    String teacherDid(String verb, String object, String parent) {
        String id = UUID.randomUUID().toString();
        String context = parent == null ? "" : ",\"context\":{\"contextActivities\":{\"parent\":[{\"id\":\"" + parent + "\"}]}}";
        Http.Response r = Lrs.demo(base).post("xapi/statements", """
                {"id":"%s","actor":{"objectType":"Agent","account":{"homePage":"%s","name":"%s"}},
                 "verb":{"id":"%s","display":{"vi":"%s (vi)","en":"%s"}},"object":{"id":"%s"}%s}"""
                .formatted(id, IRI, teacherActorKey(), VERBS + verb, verb, verb, object, context));
        assertEquals(200, r.status(), r.toString());
        return id;
    }

    static List<String> ids(JsonArray items) {
        return items.stream().map(i -> i.asJsonObject().getString("id")).toList();
    }

    @Test
    void whenAnAdminListsStatementsThenTheNewestComeFirstAPageAtATime() {
        String mine = teacherDid("attempted", IRI + "activities/courses/" + COURSE, null);
        Http.Response r = admin().get("api/xapi/statements");
        assertEquals(200, r.status(), r.toString());
        assertEquals("no-store", r.header("Cache-Control"));
        JsonObject page = r.json();
        JsonArray first = page.getJsonArray("items");
        assertEquals(50, first.size(), "50 by default: the demo district has thousands");
        assertTrue(ids(first).contains(mine), "a statement just sent is on the first page");
        assertStoredNewestFirst(first);
        long next = page.getJsonNumber("next").longValue();
        JsonArray second = items("?limit=200&cursor=" + next);
        assertEquals(200, second.size());
        assertStoredNewestFirst(second);
        assertFalse(Instant.parse(second.getJsonObject(0).getString("stored"))
                .isAfter(Instant.parse(first.getJsonObject(49).getString("stored"))), "the next page goes on where the first ended");
        assertTrue(ids(second).stream().noneMatch(ids(first)::contains), "no statement on two pages");

        JsonObject item = first.getJsonObject(ids(first).indexOf(mine));
        assertEquals(Service.STAFF, item.getJsonObject("actor").getString("staffCode"), item.toString());
        assertEquals(Service.PRINCIPAL_SCHOOL, item.getJsonObject("actor").getString("schoolCode"));
        assertEquals(VERBS + "attempted", item.getJsonObject("verb").getString("id"));
        assertEquals("attempted (vi)", item.getJsonObject("verb").getString("vi"));
        assertEquals(COURSE, item.getJsonObject("object").getString("courseId"));
        assertFalse(item.getBoolean("voided"));
        assertEquals(Lrs.DEMO_KEY, item.getJsonObject("authority").getString("key"));
        assertEquals(mine, item.getJsonObject("statement").getString("id"), "the whole statement comes with it");
        assertNotNull(item.getString("timestamp"));
    }

    @Test
    void whenFilteredByStaffCodeThenOnlyThatPersonsStatementsComeBack() {
        String lesson = teacherDid("experienced", IRI + "activities/courses/" + COURSE + "/lessons/admin-view", IRI + "activities/courses/" + COURSE);
        JsonArray hers = items("?staff=" + Service.STAFF + "&limit=200");
        assertTrue(ids(hers).contains(lesson), "her newest statement is listed");
        for (var v : hers) {
            JsonObject actor = v.asJsonObject().getJsonObject("actor");
            assertEquals(Service.STAFF, actor.getString("staffCode", null), "no other actor: " + v);
        }
        JsonArray others = items("?staff=GV00003&limit=200");
        assertFalse(ids(others).contains(lesson));
        others.forEach(v -> assertEquals("GV00003", v.asJsonObject().getJsonObject("actor").getString("staffCode", null)));
    }

    @Test
    void whenFilteredByCourseThenTheCourseAndItsPartsComeBack() {
        String course = IRI + "activities/courses/" + COURSE;
        String launched = teacherDid("launched", course, null);
        String lesson = teacherDid("experienced", course + "/lessons/course-filter", course);
        String elsewhere = teacherDid("experienced", IRI + "activities/courses/gender-based-violence/lessons/x", null);
        JsonArray found = items("?course=" + COURSE + "&staff=" + Service.STAFF + "&limit=200");
        assertTrue(ids(found).containsAll(List.of(launched, lesson)), "as object and as the parent of a lesson");
        assertFalse(ids(found).contains(elsewhere));
        JsonArray all = items("?course=" + COURSE + "&limit=200");
        assertFalse(all.isEmpty());
        for (var v : all) {
            assertTrue(v.asJsonObject().getJsonObject("statement").toString().contains(course), "about the course: " + v);
        }
    }

    @Test
    void whenFilteredByVerbThenOnlyThatVerbComesBackByNameOrIri() {
        String failed = teacherDid("failed", IRI + "activities/courses/" + COURSE + "/quiz", IRI + "activities/courses/" + COURSE);
        for (String verb : List.of("failed", q(VERBS + "failed"))) {
            JsonArray found = items("?verb=" + verb + "&limit=100");
            assertTrue(ids(found).contains(failed), verb);
            found.forEach(v -> assertEquals(VERBS + "failed", v.asJsonObject().getJsonObject("verb").getString("id"), verb));
        }
        JsonArray completed = items("?verb=completed&limit=100");
        assertFalse(completed.isEmpty(), "the demo district's completions");
        completed.forEach(v -> assertEquals(VERBS + "completed", v.asJsonObject().getJsonObject("verb").getString("id")));
    }

    @Test
    void whenFilteredByDayThenOnlyStatementsStoredThenComeBack() {
        String today = teacherDid("attempted", IRI + "activities/courses/" + COURSE, null);
        LocalDate day = LocalDate.now(DISTRICT);
        String dmy = day.format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        for (String from : List.of(day.toString(), q(dmy), q(day.format(DateTimeFormatter.ofPattern("dd/MM"))))) {
            JsonArray found = items("?staff=" + Service.STAFF + "&from=" + from + "&to=" + from);
            assertTrue(ids(found).contains(today), from);
            for (var v : found) {
                LocalDate stored = Instant.parse(v.asJsonObject().getString("stored")).atZone(DISTRICT).toLocalDate();
                assertEquals(day, stored, from + ": " + v);
            }
        }
        assertEquals(List.of(), ids(items("?from=" + day.plusDays(1))), "nothing is stored tomorrow");
        JsonArray before = items("?staff=" + Service.STAFF + "&to=" + day.minusDays(1) + "&limit=200");
        assertFalse(ids(before).contains(today));
    }

    @Test
    void whenAStatementIsVoidedThenItIsListedFlagged() {
        // someone else's statement: a voiding statement carries its target's filter keys (Communication 2.1.3), so
        // voiding one of the teacher's would list it among hers
        String mistaken = UUID.randomUUID().toString();
        String learner = Lrs.learner();
        assertEquals(200, Lrs.demo(base).post("xapi/statements", Lrs.statement(mistaken, learner, "passed", "http://example.org/activities/quiz")).status());
        Http.Response voided = Lrs.demo(base).post("xapi/statements", Lrs.voiding(null, mistaken));
        assertEquals(200, voided.status(), voided.toString());
        JsonObject item = items("?verb=passed&limit=50").stream().map(v -> v.asJsonObject())
                .filter(v -> v.getString("id").equals(mistaken)).findFirst().orElseThrow();
        assertTrue(item.getBoolean("voided"), item.toString());
        assertEquals(learner, item.getJsonObject("actor").getString("mbox"), "not one of our staff: the actor as stored");
        JsonObject voiding = items("?verb=voided&limit=20").getJsonObject(0);
        assertEquals(mistaken, voiding.getJsonObject("object").getString("id"));
        assertEquals("StatementRef", voiding.getJsonObject("object").getString("objectType"));
        assertEquals("mailto:admin@example.org", voiding.getJsonObject("actor").getString("mbox"), "someone else: as stored");
    }

    @Test
    void whenAFilterValueIsWrongThenTheAnswerIs400SayingWhat() {
        assertBad("?staff=NOBODY-1", "staff", "NOBODY-1");
        assertBad("?from=31/02/2024", "from", "31/02/2024");
        assertBad("?to=yesterday", "to", "yesterday");
        assertBad("?from=2024-05-02&to=2024-05-01", "to", "2024-05-01");
        assertBad("?limit=0", "limit", "0");
        assertBad("?limit=201", "limit", "201");
        assertBad("?limit=many", "limit", "many");
        assertBad("?verb=dancing", "verb", "dancing");
        assertBad("?course=" + q("Luật và chính sách"), "course", "Luật và chính sách");
        assertBad("?cursor=abc", "cursor", "abc");
        Http.Response vietnamese = admin().header("Accept-Language", "vi").get("api/xapi/statements?staff=NOBODY-2");
        assertTrue(vietnamese.json().getString("message").contains("Không có nhân sự mã NOBODY-2"), vietnamese.toString());
    }

    private void assertBad(String query, String field, String value) {
        Http.Response r = admin().get("api/xapi/statements" + query);
        assertEquals(400, r.status(), query + " → " + r);
        JsonObject problem = r.json();
        assertTrue(problem.getString("message").contains(value) || problem.getString("message").contains(field), r.toString());
        assertEquals(field, problem.getJsonArray("details").getJsonObject(0).getString("field"), r.toString());
    }

    @Test
    void onlyDistrictAdminsMayReadTheStatements() {
        assertEquals(401, Http.anonymous(base).get("api/xapi/statements").status());
        assertEquals(403, Http.basic(base, Service.PRINCIPAL, Service.DEMO_PASSWORD).get("api/xapi/statements").status());
        assertEquals(403, Http.basic(base, Service.STAFF, Service.DEMO_PASSWORD).get("api/xapi/statements?staff=" + Service.STAFF).status());
        assertEquals(200, admin().get("api/xapi/statements?limit=1").status());
    }

    /** The page: statements newest first, filtered to the demo teacher, one opened to its JSON; axe-clean. */
    @Test
    void whenAnAdminFiltersTheXapiPageByAStaffCodeThenHerStatementsShowAndOpenToTheirJson() {
        String id = teacherDid("experienced", IRI + "activities/courses/" + COURSE + "/lessons/on-the-page", IRI + "activities/courses/" + COURSE);
        try (Browser b = Browser.open(base, 1366, 900)) {
            b.signIn(Service.ADMIN, Service.DEMO_PASSWORD);
            b.waitFor(By.cssSelector("#rows tr"));
            b.go("/admin/xapi.html");
            b.waitFor(By.cssSelector("#statements tr.statement"));
            // the table is replaced while a page loads: a row found a moment ago may be gone when it is read
            var wait = new WebDriverWait(b.driver(), Duration.ofSeconds(15)).ignoring(org.openqa.selenium.StaleElementReferenceException.class);
            // the rows come after the catalogue, whose titles name the courses
            assertFalse(b.driver().findElements(By.cssSelector("#st-course option[value='" + COURSE + "']")).isEmpty());
            assertEquals(50, b.driver().findElements(By.cssSelector("#statements tr.statement")).size());
            String body = b.driver().findElement(By.tagName("body")).getText();
            assertTrue(body.contains("Bản ghi xAPI (statement)"), "the section's title");
            assertFalse(body.toLowerCase().contains("câu lệnh"), "statements are not commands");
            assertFalse(body.contains("taphuan.") || body.contains("/tmp"), "no configuration keys or temporary paths");

            String firstBefore = b.driver().findElement(By.cssSelector("#statements tr.statement")).getAttribute("data-id");
            b.driver().findElement(By.id("st-next")).click();
            wait.until(d -> !firstBefore.equals(firstRowId(d)));

            b.driver().findElement(By.id("st-staff")).sendKeys(Service.STAFF);
            b.driver().findElement(By.cssSelector("#st-filter button[type=submit]")).click();
            wait.until(d -> id.equals(firstRowId(d)));
            List<WebElement> rows = b.driver().findElements(By.cssSelector("#statements tr.statement"));
            assertTrue(rows.stream().allMatch(r -> r.getText().contains(Service.STAFF + " · " + Service.PRINCIPAL_SCHOOL)),
                    b.driver().findElement(By.id("statements")).getText());
            String first = rows.get(0).getText();
            assertTrue(first.contains("experienced (vi)") && first.contains(" — bài on-the-page"), first);
            assertTrue(first.matches("(?s)^\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}.*"), "dd/MM/yyyy HH:mm: " + first);
            assertEquals(List.of(), b.seriousViolations("admin-xapi-statements"), "accessibility");

            WebElement json = b.driver().findElement(By.cssSelector("#statements tr.statement-json details"));
            json.findElement(By.tagName("summary")).click();
            WebElement pre = b.waitFor(By.cssSelector("#statements tr.statement-json details[open] pre"));
            assertTrue(pre.getText().contains("\"id\": \"" + id + "\"") && pre.getText().contains("\"actor\""), pre.getText());
            b.screenshot("admin-xapi-statements");
        }
    }

    /** The first row's statement id, read in one step in the page (a row found first and read after may be replaced). */
    private static String firstRowId(org.openqa.selenium.WebDriver driver) {
        return (String) ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "const r = document.querySelector('#statements tr.statement'); return r ? r.dataset.id : null;");
    }

    private static void assertStoredNewestFirst(JsonArray items) {
        for (int i = 1; i < items.size(); i++) {
            Instant before = Instant.parse(items.getJsonObject(i - 1).getString("stored"));
            Instant after = Instant.parse(items.getJsonObject(i).getString("stored"));
            assertFalse(after.isAfter(before), "newest first at " + i + ": " + before + " then " + after);
        }
    }
}
