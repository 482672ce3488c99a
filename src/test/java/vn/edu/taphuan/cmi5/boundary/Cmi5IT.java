package vn.edu.taphuan.cmi5.boundary;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.edu.taphuan.cmi5.control.PackageImport;
import vn.edu.taphuan.testing.Browser;
import vn.edu.taphuan.testing.Http;
import vn.edu.taphuan.testing.NewLearner;
import vn.edu.taphuan.testing.Service;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * cmi5 on the LMS side over real HTTP (docs/xapi.md §13): package import with the XSD's file:line errors, versions,
 * the files served to learners, and who may do what.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class Cmi5IT {
    static final String SAMPLE_IRI = "https://taphuan.example.vn/cmi5/mau/khoa-hoc-mau";

    @ArquillianResource
    URL base;

    /** The service alone: the tests run outside it (real HTTP) and read their fixtures from src/test/resources/cmi5/. */
    @Deployment(testable = false)
    static WebArchive deployment() {
        return Service.war();
    }

    Http admin() {
        return Http.basic(base, Service.ADMIN, Service.DEMO_PASSWORD);
    }

    static byte[] resource(String name) {
        try (InputStream in = Cmi5IT.class.getResourceAsStream("/cmi5/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The sample package as a zip: cmi5.xml at the root and the two AUs' pages. */
    static byte[] sampleZip() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (String f : List.of("cmi5.xml", "bai-doc/index.html", "bai-kiem-tra/index.html")) {
                zip.putNextEntry(new ZipEntry(f));
                zip.write(resource("sample/" + f));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    /** Imports the sample zip (a new version each time) and returns the answer. */
    JsonObject importSample() {
        Http.Response r = admin().post("api/cmi5/packages", sampleZip(), "application/zip");
        assertEquals(201, r.status(), r.toString());
        return r.json();
    }

    /** cmi5 §6.1, §14.1: a zip imports; the same course again is its next version; both stay; files are served. */
    @Test
    void whenTheSampleZipIsImportedTwiceThenTwoVersionsAreKeptAndItsFilesAreServed() {
        JsonObject first = importSample();
        String courseId = first.getString("courseId");
        assertTrue(courseId.startsWith("cmi5-"), courseId);
        assertEquals(SAMPLE_IRI, first.getString("courseIri"));
        assertEquals(2, first.getInt("auCount"));
        JsonObject second = importSample();
        assertEquals(courseId, second.getString("courseId"));
        assertEquals(first.getInt("version") + 1, second.getInt("version"));

        JsonObject course = admin().get("api/cmi5/courses/" + courseId).json();
        assertEquals(second.getInt("version"), course.getJsonObject("current").getInt("version"));
        assertEquals(List.of(second.getInt("version"), first.getInt("version")),
                course.getJsonArray("versions").stream().map(v -> v.asJsonObject().getInt("version")).toList().subList(0, 2), "newest first");
        JsonArray aus = course.getJsonArray("aus");
        assertEquals("Completed", aus.getJsonObject(0).getString("moveOn"));
        assertEquals("Bài kiểm tra", aus.getJsonObject(1).getJsonObject("title").getString("vi"));
        assertEquals(0.8, aus.getJsonObject(1).getJsonNumber("masteryScore").doubleValue(), 1e-9);
        assertTrue(admin().get("api/cmi5/courses").text().contains(courseId));

        long packageId = course.getJsonObject("current").getJsonNumber("packageId").longValue();
        Http staff = Http.basic(base, Service.STAFF, Service.DEMO_PASSWORD);
        Http.Response page = staff.get("api/cmi5/content/" + packageId + "/bai-doc/index.html");
        assertEquals(200, page.status(), page.toString());
        assertTrue(page.header("Content-Type").startsWith("text/html"), page.header("Content-Type"));
        assertTrue(page.text().contains("Bài đọc mẫu"), page.text());
        assertEquals(404, staff.get("api/cmi5/content/" + packageId + "/khong-co.html").status());
        assertEquals(401, Http.anonymous(base).get("api/cmi5/content/" + packageId + "/bai-doc/index.html").status());

        JsonArray audit = admin().get("api/audit?kind=CMI5_PACKAGE_IMPORTED").json().getJsonArray("items");
        assertTrue(audit.stream().map(JsonValue::asJsonObject).anyMatch(e -> e.getString("subject").equals(courseId + " v" + second.getInt("version"))),
                audit.toString());
    }

    /** cmi5 §13.2: a cmi5.xml that breaks the XSD is refused with each error's file:line, in the request's language; nothing is kept. */
    @Test
    void whenTheStructureBreaksTheXsdThen400NamesEachLineAndNothingIsImported() {
        int before = admin().get("api/cmi5/courses").structure().asJsonArray().size();
        Http.Response r = admin().header("Accept-Language", "vi").post("api/cmi5/packages", resource("invalid.xml"), "application/xml");
        assertEquals(400, r.status(), r.toString());
        JsonObject body = r.json();
        assertEquals("CMI5_PACKAGE_INVALID", body.getString("code"));
        assertTrue(body.getString("message").startsWith("Gói cmi5 không hợp lệ"), body.getString("message"));
        List<String> where = body.getJsonArray("details").stream().map(d -> d.asJsonObject().getString("field")).toList();
        assertTrue(where.stream().anyMatch(w -> w.startsWith("cmi5.xml:7:")), where.toString());
        assertTrue(where.stream().anyMatch(w -> w.startsWith("cmi5.xml:10:")), where.toString());
        Http.Response en = admin().post("api/cmi5/packages", resource("invalid.xml"), "application/xml");
        assertTrue(en.json().getString("message").startsWith("The cmi5 package is not valid"), en.toString());
        assertEquals(before, admin().get("api/cmi5/courses").structure().asJsonArray().size());
    }

    /** cmi5 §14.2, §14.1: a bare cmi5.xml needs absolute URLs; a zip without cmi5.xml at its root is refused. */
    @Test
    void whenABareCmi5XmlIsImportedThenOnlyAbsoluteUrlsPass() {
        Http.Response relative = admin().post("api/cmi5/packages", resource("sample/cmi5.xml"), "application/xml");
        assertEquals(400, relative.status());
        assertTrue(relative.text().contains("cmi5.xml:22"), relative.text());
        Http.Response remote = admin().post("api/cmi5/packages", resource("remote.xml"), "text/xml");
        assertEquals(201, remote.status(), remote.toString());
        assertEquals(false, remote.json().getBoolean("zipped"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("khoa-hoc/cmi5.xml"));
            zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        Http.Response nested = admin().post("api/cmi5/packages", out.toByteArray(), "application/zip");
        assertEquals(400, nested.status());
        assertTrue(nested.text().contains("cmi5 §14.1"), nested.text());
        assertEquals(400, admin().post("api/cmi5/packages", new byte[0], "application/zip").status());
    }

    /** Only district admins import; everyone signed in lists; nobody signed out. */
    @Test
    void whenSomeoneOtherThanADistrictAdminImportsThenItIsRefused() {
        assertEquals(403, Http.basic(base, Service.PRINCIPAL, Service.DEMO_PASSWORD).post("api/cmi5/packages", sampleZip(), "application/zip").status());
        assertEquals(403, Http.basic(base, Service.STAFF, Service.DEMO_PASSWORD).post("api/cmi5/packages", sampleZip(), "application/zip").status());
        assertEquals(401, Http.anonymous(base).post("api/cmi5/packages", sampleZip(), "application/zip").status());
        assertEquals(200, Http.basic(base, Service.STAFF, Service.DEMO_PASSWORD).get("api/cmi5/courses").status());
        assertEquals(401, Http.anonymous(base).get("api/cmi5/courses").status());
        assertEquals(404, admin().get("api/cmi5/courses/cmi5-0000000000").status());
    }

    /** The query parameters of a launch URL, decoded. */
    static Map<String, String> query(String url) {
        Map<String, String> q = new LinkedHashMap<>();
        for (String pair : URI.create(url).getRawQuery().split("&")) {
            int eq = pair.indexOf('=');
            q.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return q;
    }

    static String q(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** A client of /xapi/ with an AU session's auth-token (cmi5 §8.2.1: "Authorization: Basic <auth-token>"). */
    Http au(String token) {
        return Http.anonymous(base).header("Authorization", "Basic " + token).header("X-Experience-API-Version", "1.0.3");
    }

    /** A launched AU: the launch answer, its URL's parameters, and the auth-token fetched once. */
    record Launched(JsonObject launch, Map<String, String> params, String token) {
        String agent() {
            return params.get("actor");
        }
    }

    Launched launch(Http learner, String courseId, int au) {
        Http.Response r = learner.post("api/cmi5/courses/" + courseId + "/aus/" + au + "/launch", "");
        assertEquals(200, r.status(), r.toString());
        Map<String, String> params = query(r.json().getString("url"));
        String fetch = params.get("fetch");
        Http.Response fetched = Http.anonymous(base).send(Http.anonymous(base).request(fetch.substring(fetch.indexOf("cmi5/fetch/")))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.noBody()));
        assertEquals(200, fetched.status(), fetched.toString());
        return new Launched(r.json(), params, fetched.json().getString("auth-token"));
    }

    /** The sample's publisher AU id behind our activityId (cmi5 §9.6.2.3): the tests' AU 1 or 2. */
    static String publisherOf(String activityId) {
        for (String au : List.of("bai-doc", "bai-kiem-tra")) {
            String iri = SAMPLE_IRI + "/" + au;
            if (activityId.endsWith(vn.edu.taphuan.cmi5.control.Launches.activityId("", PackageImport.courseId(SAMPLE_IRI), iri))) {
                return iri;
            }
        }
        return "https://example.org/unknown-au";
    }

    static String statement(String actor, String verb, String activityId, String registration, String sessionId) {
        return """
                {"actor":%s,"verb":{"id":"http://adlnet.gov/expapi/verbs/%s"},"object":{"id":"%s"},
                 "context":{"registration":"%s","contextActivities":{"category":[{"id":"https://w3id.org/xapi/cmi5/context/categories/cmi5"}],
                   "grouping":[{"id":"%s"}]},
                 "extensions":{"https://w3id.org/xapi/cmi5/context/extensions/sessionid":"%s"}},
                 "timestamp":"%s"}""".formatted(actor, verb, activityId, registration, publisherOf(activityId), sessionId, Instant.now());
    }

    /**
     * cmi5 §8.1, §8.2, §10, §11, §9.3.1: a launch answers the URL with the five parameters, writes LMS.LaunchData,
     * the learner preferences and "launched"; the fetch URL gives the auth-token once, then error 1; an unknown key
     * error 2; the registration is reused at the next launch.
     */
    @Test
    void whenALearnerLaunchesAnAuThenTheLrsHoldsItsLaunchDataAndTheFetchUrlAnswersOnce() {
        JsonObject imported = importSample();
        String courseId = imported.getString("courseId");
        Http learner = Http.basic(base, Service.STAFF, Service.DEMO_PASSWORD);
        Http.Response r = learner.post("api/cmi5/courses/" + courseId + "/aus/2/launch", "");
        assertEquals(200, r.status(), r.toString());
        JsonObject launch = r.json();
        String url = launch.getString("url");
        // the learner's registration stays on the version it began with (another test may have made it)
        Map<String, String> p = query(url);
        String iri = p.get("endpoint").replaceFirst("xapi/$", ""); // the base IRI (taphuan.base.iri), not the address the test uses
        assertTrue(url.matches("\\Q" + iri + "api/cmi5/content/\\E\\d+/bai-kiem-tra/index\\.html\\?che-do=thi&endpoint=.*"), url);
        assertEquals(List.of("che-do", "endpoint", "fetch", "actor", "registration", "activityId"), List.copyOf(p.keySet()));
        assertEquals(launch.getString("registration"), p.get("registration"));
        assertTrue(p.get("actor").contains("\"account\""), p.get("actor"));
        assertTrue(!p.get("activityId").equals("https://taphuan.example.vn/cmi5/mau/khoa-hoc-mau/bai-kiem-tra"), "§8.1: not the publisher's id");

        String fetchPath = p.get("fetch").substring(p.get("fetch").indexOf("cmi5/fetch/"));
        Http anyone = Http.anonymous(base);
        JsonObject first = anyone.send(anyone.request(fetchPath).POST(HttpRequest.BodyPublishers.noBody())).json();
        String token = first.getString("auth-token");
        Http.Response again = anyone.send(anyone.request(fetchPath).POST(HttpRequest.BodyPublishers.noBody()));
        assertEquals(200, again.status());
        assertEquals("1", again.json().getString("error-code"), again.text());
        assertEquals("2", anyone.send(anyone.request("cmi5/fetch/khong-co").POST(HttpRequest.BodyPublishers.noBody())).json().getString("error-code"));

        String state = "xapi/activities/state?activityId=" + q(p.get("activityId")) + "&agent=" + q(p.get("actor")) + "&registration="
                + p.get("registration") + "&stateId=LMS.LaunchData";
        Http.Response launchData = au(token).get(state);
        assertEquals(200, launchData.status(), launchData.toString());
        JsonObject data = launchData.json();
        assertEquals("Normal", data.getString("launchMode"));
        assertEquals("Passed", data.getString("moveOn"));
        assertEquals(0.8, data.getJsonNumber("masteryScore").doubleValue(), 1e-9);
        assertEquals("mau-2026", data.getJsonObject("entitlementKey").getString("courseStructure"));
        assertEquals(iri, data.getString("returnURL"));
        JsonObject template = data.getJsonObject("contextTemplate");
        assertEquals(launch.getString("sessionId"), template.getJsonObject("extensions").getString("https://w3id.org/xapi/cmi5/context/extensions/sessionid"));
        assertEquals("https://taphuan.example.vn/cmi5/mau/khoa-hoc-mau/bai-kiem-tra",
                template.getJsonObject("contextActivities").getJsonArray("grouping").getJsonObject(0).getString("id"));

        Http.Response prefs = au(token).get("xapi/agents/profile?agent=" + q(p.get("actor")) + "&profileId=cmi5LearnerPreferences");
        assertEquals(200, prefs.status(), prefs.toString());
        assertEquals("en-US,vi-VN", prefs.json().getString("languagePreference"), "the request was in English");

        JsonArray launched = au(token).get("xapi/statements?agent=" + q(p.get("actor")) + "&verb=" + q("http://adlnet.gov/expapi/verbs/launched")
                + "&registration=" + p.get("registration") + "&activity=" + q(p.get("activityId"))).json().getJsonArray("statements");
        assertEquals(1, launched.size());
        JsonObject ctx = launched.getJsonObject(0).getJsonObject("context");
        assertEquals(p.get("activityId"), launched.getJsonObject(0).getJsonObject("object").getString("id"));
        assertEquals("Passed", ctx.getJsonObject("extensions").getString("https://w3id.org/xapi/cmi5/context/extensions/moveon"));
        assertEquals("Normal", ctx.getJsonObject("extensions").getString("https://w3id.org/xapi/cmi5/context/extensions/launchmode"));

        assertEquals(launch.getString("registration"), launch(learner, courseId, 1).launch().getString("registration"), "registration reused");
        assertEquals(403, admin().post("api/cmi5/courses/" + courseId + "/aus/1/launch", "").status(), "the admin is on no roster");
        assertEquals(401, Http.anonymous(base).post("api/cmi5/courses/" + courseId + "/aus/1/launch", "").status());
        assertEquals(404, learner.post("api/cmi5/courses/" + courseId + "/aus/9/launch", "").status());
        assertEquals(400, learner.post("api/cmi5/courses/" + courseId + "/aus/1/launch?mode=Fast", "").status());
    }

    /** cmi5 §8.2.1, §6.3, §10: the auth-token is the learner's, in the session's registration, and nothing more. */
    @Test
    void whenAnAuTokenReachesBeyondItsLearnerOrRegistrationThenTheLrsRefusesIt() {
        String courseId = importSample().getString("courseId");
        Launched l = launch(Http.basic(base, Service.STAFF, Service.DEMO_PASSWORD), courseId, 1);
        String activity = l.params().get("activityId");
        String registration = l.params().get("registration");
        String session = l.launch().getString("sessionId");
        Http au = au(l.token());
        Http.Response ok = au.post("xapi/statements", statement(l.agent(), "initialized", activity, registration, session));
        assertEquals(200, ok.status(), ok.toString());
        String iri = l.params().get("endpoint").replaceFirst("xapi/$", "");
        String other = "{\"objectType\":\"Agent\",\"account\":{\"homePage\":\"" + iri + "\",\"name\":\"someone-else\"}}";
        assertEquals(403, au.post("xapi/statements", statement(other, "completed", activity, registration, session)).status(), "another actor");
        assertEquals(403, au.post("xapi/statements", statement(l.agent(), "completed", activity, UUID.randomUUID().toString(), session)).status(),
                "another registration");
        assertEquals(403, au.get("xapi/statements").status(), "reading without agent");
        assertEquals(403, au.get("xapi/statements?agent=" + q(other)).status(), "reading another learner");
        assertEquals(200, au.get("xapi/statements?agent=" + q(l.agent())).status());
        String state = "xapi/activities/state?activityId=" + q(activity) + "&agent=" + q(l.agent()) + "&registration=" + registration;
        assertEquals(403, au.put(state + "&stateId=LMS.LaunchData", "{}").status(), "cmi5 §10: the AU must not modify LMS.LaunchData");
        assertEquals(403, au.delete(state).status());
        assertEquals(204, au.put(state + "&stateId=bookmark", "{\"trang\":3}").status());
        assertEquals(403, au.get("xapi/activities/state?activityId=" + q(activity) + "&agent=" + q(other) + "&stateId=bookmark").status());
        String voiding = "{\"actor\":" + l.agent() + ",\"verb\":{\"id\":\"http://adlnet.gov/expapi/verbs/voided\"},\"object\":{\"objectType\":"
                + "\"StatementRef\",\"id\":\"" + ok.structure().asJsonArray().getString(0) + "\"},\"context\":{\"registration\":\"" + registration + "\"}}";
        assertEquals(403, au.post("xapi/statements", voiding).status(), "cmi5 §6.3: no voiding");
        assertEquals(401, au("Y21pNTpraG9uZy1jbw==").get("xapi/statements?agent=" + q(l.agent())).status(), "an unknown token");
    }

    static String passed(String actor, String activityId, String registration, String sessionId, double scaled) {
        return statement(actor, "passed", activityId, registration, sessionId)
                .replace("\"context\":", "\"result\":{\"success\":true,\"score\":{\"scaled\":" + scaled + "}},\"context\":");
    }

    static List<String> untrained(Http principal, long programme) {
        return principal.get("api/programmes/" + programme + "/schools/" + Service.PRINCIPAL_SCHOOL + "/report").json().getJsonArray("untrained")
                .stream().map(u -> u.asJsonObject().getString("code")).toList();
    }

    /**
     * cmi5 §13.1.4 moveOn, §9.3.9: the reading AU (moveOn Completed) completed and the quiz AU (Passed, masteryScore
     * 0.8) passed at 0.9 — a pass at 0.5 is refused — satisfy the block and the course: one "satisfied" each, and
     * the course counts as a completion, so a programme requiring it moves the learner's school (docs/xapi.md §13.3).
     */
    @Test
    void whenBothAusMeetTheirMoveOnThenTheBlockAndCourseAreSatisfiedAndTheSchoolFigureMoves() {
        String courseId = importSample().getString("courseId");
        NewLearner person = NewLearner.at(base, Service.PRINCIPAL_SCHOOL, "C5" + (System.nanoTime() % 100000), "Trần Thị Cẩm");
        JsonObject template = admin().get("api/programmes").structure().asJsonArray().getJsonObject(0);
        String form = Json.createObjectBuilder().add("name", "Khóa học cmi5 mẫu (kiểm thử) " + courseId).add("periodStart", "2026-01-01")
                .add("deadline", "2027-12-31").add("courseIds", Json.createArrayBuilder().add(courseId))
                .add("targetPercent", template.getJsonNumber("targetPercent")).add("categories", template.getJsonArray("categories"))
                .add("header", template.getJsonObject("header")).build().toString();
        Http.Response made = admin().post("api/programmes", form);
        assertEquals(201, made.status(), "a programme may require a cmi5 course: " + made);
        long programme = made.json().getJsonNumber("id").longValue();
        Http principal = Http.basic(base, Service.PRINCIPAL, Service.DEMO_PASSWORD);
        assertTrue(untrained(principal, programme).contains(person.code()));

        Http learner = person.basic(base);
        Launched reading = launch(learner, courseId, 1);
        String registration = reading.params().get("registration");
        String session = reading.launch().getString("sessionId");
        for (String verb : List.of("initialized", "completed", "terminated")) {
            Http.Response r = au(reading.token()).post("xapi/statements", statement(reading.agent(), verb, reading.params().get("activityId"),
                    registration, session));
            assertEquals(200, r.status(), r.toString());
        }
        String satisfiedQuery = "xapi/statements?agent=" + q(reading.agent()) + "&verb=" + q("https://w3id.org/xapi/adl/verbs/satisfied");
        assertEquals(0, au(reading.token()).get(satisfiedQuery).json().getJsonArray("statements").size(), "the quiz is still to pass");

        Launched quiz = launch(learner, courseId, 2);
        String quizSession = quiz.launch().getString("sessionId");
        String quizActivity = quiz.params().get("activityId");
        assertEquals(200, au(quiz.token()).post("xapi/statements", statement(quiz.agent(), "initialized", quizActivity, registration, quizSession))
                .status());
        Http.Response low = au(quiz.token()).post("xapi/statements", passed(quiz.agent(), quizActivity, registration, quizSession, 0.5));
        assertEquals(400, low.status(), "cmi5 §9.3.4: a pass below the masteryScore 0.8 is refused: " + low);
        assertEquals("CMI5_STATEMENT_RULE", low.json().getString("code"));
        assertEquals(0, au(quiz.token()).get(satisfiedQuery).json().getJsonArray("statements").size());
        assertTrue(untrained(principal, programme).contains(person.code()));
        assertEquals(200, au(quiz.token()).post("xapi/statements", passed(quiz.agent(), quizActivity, registration, quizSession, 0.9)).status());

        JsonArray satisfied = au(quiz.token()).get(satisfiedQuery).json().getJsonArray("statements");
        assertEquals(List.of("https://w3id.org/xapi/cmi5/activitytype/course", "https://w3id.org/xapi/cmi5/activitytype/block"),
                satisfied.stream().map(v -> v.asJsonObject().getJsonObject("object").getJsonObject("definition").getString("type")).toList());
        JsonObject course = satisfied.getJsonObject(0);
        assertEquals(registration, course.getJsonObject("context").getString("registration"));
        assertEquals(quizSession, course.getJsonObject("context").getJsonObject("extensions")
                .getString("https://w3id.org/xapi/cmi5/context/extensions/sessionid"));
        assertTrue(!course.getJsonObject("object").getString("id").equals(SAMPLE_IRI), "§9.3.9: our course id, not the publisher's");
        assertTrue(!untrained(principal, programme).contains(person.code()), "the cmi5 course counts as the learner's completion");
        JsonArray completed = admin().get("api/xapi/statements?staff=" + person.code() + "&verb=completed&course=" + courseId).json()
                .getJsonArray("items");
        assertEquals(1, completed.size(), completed.toString());
    }

    /**
     * A double tap, or two tabs: first launches of one course by one learner at the same moment all answer, on one
     * registration (the unique key on learner and course lets one make it; the others join it, not a 500).
     */
    @Test
    void whenALearnersFirstLaunchesOfACourseRaceThenAllAnswerOnOneRegistration() throws Exception {
        String courseId = importSample().getString("courseId");
        Http learner = NewLearner.at(base, Service.PRINCIPAL_SCHOOL, "C7" + (System.nanoTime() % 100000), "Phạm Thị Nhanh").basic(base);
        int racers = 6;
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(racers);
        try {
            List<Future<Http.Response>> answers = new ArrayList<>();
            for (int i = 0; i < racers; i++) {
                answers.add(pool.submit(() -> {
                    go.await();
                    return learner.post("api/cmi5/courses/" + courseId + "/aus/1/launch", "");
                }));
            }
            go.countDown();
            Set<String> registrations = new HashSet<>();
            for (Future<Http.Response> answer : answers) {
                Http.Response r = answer.get(2, TimeUnit.MINUTES);
                assertEquals(200, r.status(), r.toString());
                registrations.add(r.json().getString("registration"));
            }
            assertEquals(1, registrations.size(), "one registration for all: " + registrations);
        } finally {
            pool.shutdownNow();
        }
    }

    /** cmi5 §9.3.6, §9.5.4.2: launching the AU again abandons its earlier session that never terminated, once; a terminated one is left alone. */
    @Test
    void whenAnAuIsLaunchedAgainBeforeItTerminatedThenTheEarlierSessionIsAbandoned() {
        String courseId = importSample().getString("courseId");
        Http learner = NewLearner.at(base, Service.PRINCIPAL_SCHOOL, "C6" + (System.nanoTime() % 100000), "Lê Văn Bỏ").basic(base);
        Launched first = launch(learner, courseId, 1);
        String registration = first.params().get("registration");
        String activity = first.params().get("activityId");
        assertEquals(200, au(first.token()).post("xapi/statements",
                statement(first.agent(), "initialized", activity, registration, first.launch().getString("sessionId"))).status());
        Launched second = launch(learner, courseId, 1);
        String agentQuery = "xapi/statements?agent=" + q(second.agent());
        assertEquals(401, au(first.token()).get(agentQuery).status(), "the abandoned session's token has ended");
        String abandonedQuery = agentQuery + "&verb=" + q("https://w3id.org/xapi/adl/verbs/abandoned");
        JsonArray abandoned = au(second.token()).get(abandonedQuery).json().getJsonArray("statements");
        assertEquals(1, abandoned.size(), abandoned.toString());
        JsonObject a = abandoned.getJsonObject(0);
        assertEquals(first.launch().getString("sessionId"),
                a.getJsonObject("context").getJsonObject("extensions").getString("https://w3id.org/xapi/cmi5/context/extensions/sessionid"));
        assertEquals(activity, a.getJsonObject("object").getString("id"));
        assertTrue(a.getJsonObject("result").getString("duration").startsWith("PT"), a.toString());

        for (String verb : List.of("initialized", "terminated")) {
            assertEquals(200, au(second.token()).post("xapi/statements",
                    statement(second.agent(), verb, activity, registration, second.launch().getString("sessionId"))).status());
        }
        Launched third = launch(learner, courseId, 1);
        assertEquals(1, au(third.token()).get(abandonedQuery).json().getJsonArray("statements").size(), "a terminated session is not abandoned");
    }

    /** The learner's course page on a phone lists the cmi5 course; "Mở bài" launches the AU and opens it in a new tab (docs/xapi.md §13). */
    @Test
    void whenALearnerOpensAnAuFromTheirCoursePageThenItLoadsWithTheLaunchParameters() {
        String courseId = importSample().getString("courseId");
        NewLearner person = NewLearner.at(base, Service.PRINCIPAL_SCHOOL, "C7" + (System.nanoTime() % 100000), "Phạm Thị Điện");
        try (Browser b = Browser.phone(base)) {
            b.signIn(person.code(), person.password());
            b.waitForUrl("/learn/");
            WebElement open = b.waitFor(By.cssSelector("#cmi5-" + courseId + " button[data-au='1']"));
            String page = b.driver().getWindowHandle();
            open.click();
            new WebDriverWait(b.driver(), Duration.ofSeconds(20)).until(d -> d.getWindowHandles().size() > 1);
            String tab = b.driver().getWindowHandles().stream().filter(h -> !h.equals(page)).findFirst().orElseThrow();
            b.driver().switchTo().window(tab);
            new WebDriverWait(b.driver(), Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().contains("/api/cmi5/content/"));
            String url = b.driver().getCurrentUrl();
            assertTrue(url.contains("/bai-doc/index.html?") && url.contains("fetch=") && url.contains("registration="), url);
            // the launch URL is on the base IRI (taphuan.base.iri, http://localhost:8080/), the test's server on another port
            b.driver().get(base + url.substring(url.indexOf("api/cmi5/content/")));
            b.waitForText(By.tagName("body"), "Bài đọc mẫu");
        }
    }

    /** The admin courses page imports a package: a refused one shows each problem with its file:line, a good one is listed (docs/xapi.md §13.1). */
    @Test
    void whenAnAdminImportsOnTheCoursesPageThenProblemsShowTheirLinesAndTheCourseIsListed() throws IOException {
        Path bad = Files.createTempFile("cmi5-", ".xml");
        Files.write(bad, resource("invalid.xml"));
        Path zip = Files.createTempFile("cmi5-", ".zip");
        Files.write(zip, sampleZip());
        try (Browser b = Browser.open(base, 1280, 900)) {
            b.signIn(Service.ADMIN, Service.DEMO_PASSWORD);
            b.go("/admin/courses.html");
            b.waitFor(By.id("cmi5-file")).sendKeys(bad.toString());
            b.driver().findElement(By.cssSelector("#cmi5-import button[type=submit]")).click();
            b.waitForText(By.id("cmi5-error"), "cmi5.xml:7");
            assertTrue(b.driver().findElement(By.id("cmi5-error")).getText().contains("Gói cmi5 không hợp lệ"));
            b.driver().findElement(By.id("cmi5-file")).sendKeys(zip.toString());
            b.driver().findElement(By.cssSelector("#cmi5-import button[type=submit]")).click();
            b.waitForText(By.id("cmi5-imported"), "Khóa học mẫu cmi5 (mẫu thử)");
            b.waitFor(By.cssSelector("#cmi5-rows tr[data-course='" + PackageImport.courseId(SAMPLE_IRI) + "']"));
        } finally {
            Files.deleteIfExists(bad);
            Files.deleteIfExists(zip);
        }
    }
}
