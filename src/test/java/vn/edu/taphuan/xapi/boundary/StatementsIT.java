package vn.edu.taphuan.xapi.boundary;

import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.transaction.UserTransaction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.edu.taphuan.directory.control.Roster;
import vn.edu.taphuan.directory.entity.Staff;
import vn.edu.taphuan.testing.Http;
import vn.edu.taphuan.testing.Service;
import vn.edu.taphuan.xapi.control.Completions;
import vn.edu.taphuan.xapi.control.LearningRecord;
import vn.edu.taphuan.xapi.control.StatementJson;
import vn.edu.taphuan.xapi.control.StatementQuery;
import vn.edu.taphuan.xapi.control.XapiProfile;
import vn.edu.taphuan.xapi.control.validation.StatementRule;
import vn.edu.taphuan.xapi.entity.CompletionView;
import vn.edu.taphuan.xapi.entity.LearningEvent;

import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.edu.taphuan.xapi.boundary.Lrs.agent;
import static vn.edu.taphuan.xapi.boundary.Lrs.id;
import static vn.edu.taphuan.xapi.boundary.Lrs.learner;
import static vn.edu.taphuan.xapi.boundary.Lrs.statement;
import static vn.edu.taphuan.xapi.boundary.Lrs.voiding;

/**
 * The built-in LRS over real HTTP on Payara Micro with a real (in-memory) Derby: the Statement and About resources
 * of xAPI 1.0.3 (Communication 1.1–3.3), one test per group of rules. The last tests run inside the server, to
 * record learning events in a transaction of their own as the learning capability does.
 */
@ExtendWith(ArquillianExtension.class)
class StatementsIT {
    static final String ACTIVITY = "http://example.org/activities/";

    @Deployment
    static WebArchive deployment() {
        return Service.war().addClasses(StatementsIT.class, Lrs.class, Http.class, Http.Response.class, Service.class);
    }

    @ArquillianResource
    URL base;

    @Inject
    LearningRecord learningRecord;

    @Inject
    StatementQuery statements;

    @Inject
    Completions completions;

    @Inject
    XapiProfile profile;

    @Inject
    UserTransaction tx;

    @Inject
    Roster roster;

    Http lrs() {
        return Lrs.demo(base);
    }

    static String q(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    List<String> ids(Http.Response r) {
        assertEquals(200, r.status(), r.toString());
        List<String> ids = new ArrayList<>();
        for (var v : (JsonArray) r.structure()) {
            ids.add(((jakarta.json.JsonString) v).getString());
        }
        return ids;
    }

    JsonObject get(String id) {
        Http.Response r = lrs().get("xapi/statements?statementId=" + id);
        assertEquals(200, r.status(), r.toString());
        return r.json();
    }

    List<String> idsOf(JsonObject result) {
        return result.getJsonArray("statements").stream().map(s -> s.asJsonObject().getString("id")).toList();
    }

    @Test
    @RunAsClient
    void whenAStatementIsPostedThenTheLrsAssignsIdStoredAuthorityTimestampAndVersion() {
        Instant before = Instant.now().minusSeconds(1);
        String mbox = learner();
        String body = """
                {"actor":{"mbox":"%s"},"verb":{"id":"http://adlnet.gov/expapi/verbs/attempted"},
                 "object":{"id":"http://example.org/activities/a"},
                 "context":{"contextActivities":{"parent":{"id":"http://example.org/activities/parent"}}},
                 "stored":"2001-01-01T00:00:00Z","authority":{"mbox":"mailto:liar@example.org"}}""".formatted(mbox);
        Http.Response posted = lrs().post("xapi/statements", body);
        List<String> ids = ids(posted);
        assertEquals(1, ids.size());
        assertEquals("1.0.3", posted.header("X-Experience-API-Version"));
        assertFalse(posted.header("X-Experience-API-Consistent-Through").isEmpty());

        Http.Response read = lrs().get("xapi/statements?statementId=" + ids.get(0));
        JsonObject s = read.json();
        assertEquals(ids.get(0), s.getString("id"));
        Instant stored = Instant.parse(s.getString("stored"));
        assertTrue(stored.isAfter(before), "stored is overwritten by the LRS: " + stored);
        assertEquals(s.getString("stored"), s.getString("timestamp"), "timestamp defaults to stored");
        assertEquals("1.0.0", s.getString("version"));
        assertEquals(Lrs.DEMO_KEY, s.getJsonObject("authority").getJsonObject("account").getString("name"), "authority from the credential");
        assertEquals(1, s.getJsonObject("context").getJsonObject("contextActivities").getJsonArray("parent").size(),
                "context activities come back as arrays");
        assertFalse(read.header("Last-Modified").isEmpty());
        assertTrue(read.header("ETag").startsWith("\""));
        assertFalse(read.header("X-Experience-API-Consistent-Through").isEmpty());
    }

    @Test
    @RunAsClient
    void whenABatchIsPostedThenTheIdsComeBackInOrderAndABadStatementRejectsTheWholeBatch() {
        String mbox = learner();
        String a = id();
        String c = id();
        List<String> ids = ids(lrs().post("xapi/statements", "[" + statement(a, mbox, "experienced", ACTIVITY + "1") + ","
                + statement(null, mbox, "experienced", ACTIVITY + "2") + "," + statement(c, mbox, "experienced", ACTIVITY + "3") + "]"));
        assertEquals(3, ids.size());
        assertEquals(a, ids.get(0));
        assertEquals(c, ids.get(2));

        String good = id();
        Http.Response bad = lrs().post("xapi/statements", "[" + statement(good, mbox, "experienced", ACTIVITY + "4") + ","
                + "{\"actor\":{\"mbox\":\"" + mbox + "\"},\"verb\":{\"id\":\"not an iri\"},\"object\":{\"id\":\"" + ACTIVITY + "5\"}}]");
        assertEquals(400, bad.status());
        assertTrue(bad.json().getString("message").contains("[1].verb.id"), bad.toString());
        assertEquals(404, lrs().get("xapi/statements?statementId=" + good).status(), "nothing of a rejected batch is stored");

        String twice = id();
        Http.Response duplicate = lrs().post("xapi/statements", "[" + statement(twice, mbox, "experienced", ACTIVITY + "6") + ","
                + statement(twice, mbox, "experienced", ACTIVITY + "7") + "]");
        assertEquals(400, duplicate.status(), duplicate.toString());
        assertEquals(404, lrs().get("xapi/statements?statementId=" + twice).status());
    }

    @Test
    @RunAsClient
    void whenAStatementIsPutWithItsIdThen204AndTheIdMustMatch() {
        String mbox = learner();
        String id = id();
        Http.Response put = lrs().put("xapi/statements?statementId=" + id, statement(null, mbox, "experienced", ACTIVITY + "p"));
        assertEquals(204, put.status(), put.toString());
        assertEquals(id, get(id).getString("id"));

        assertEquals(400, lrs().put("xapi/statements", statement(null, mbox, "experienced", ACTIVITY + "p")).status(), "statementId is required");
        assertEquals(400, lrs().put("xapi/statements?statementId=" + id(), statement(id(), mbox, "experienced", ACTIVITY + "p")).status(),
                "the body id must match statementId");
        assertEquals(400, lrs().put("xapi/statements?statementId=" + id(), "[" + statement(null, mbox, "experienced", ACTIVITY + "p") + "]").status(),
                "PUT takes one statement");
        assertEquals(400, lrs().put("xapi/statements?statementId=nope", statement(null, mbox, "experienced", ACTIVITY + "p")).status());
    }

    @Test
    @RunAsClient
    void whenTheSameIdComesAgainThenSameContentChangesNothingAndOtherContentIs409() {
        String mbox = learner();
        String id = id();
        String original = statement(id, mbox, "experienced", ACTIVITY + "same");
        assertEquals(204, lrs().put("xapi/statements?statementId=" + id, original).status());
        String storedBefore = get(id).getString("stored");

        // equal apart from what the comparison ignores: display, activity definition, key order
        String reworded = """
                {"object":{"id":"%s"},"verb":{"id":"%s","display":{"en":"read"}},"actor":{"objectType":"Agent","mbox":"%s"},"id":"%s"}"""
                .formatted(ACTIVITY + "same", Lrs.VERBS + "experienced", mbox, id);
        assertEquals(204, lrs().put("xapi/statements?statementId=" + id, reworded).status());
        assertEquals(List.of(id), ids(lrs().post("xapi/statements", original)));

        Http.Response conflict = lrs().put("xapi/statements?statementId=" + id, statement(id, mbox, "completed", ACTIVITY + "same"));
        assertEquals(409, conflict.status(), conflict.toString());
        assertTrue(conflict.json().getString("message").contains(id));
        String other = id();
        Http.Response batchConflict = lrs().post("xapi/statements", "[" + statement(other, mbox, "experienced", ACTIVITY + "x") + ","
                + statement(id, mbox, "failed", ACTIVITY + "same") + "]");
        assertEquals(409, batchConflict.status());
        assertEquals(404, lrs().get("xapi/statements?statementId=" + other).status(), "nothing changed");
        JsonObject after = get(id);
        assertEquals(Lrs.VERBS + "experienced", after.getJsonObject("verb").getString("id"));
        assertEquals(storedBefore, after.getString("stored"));
    }

    @Test
    @RunAsClient
    void whenAStatementIsVoidedThenOnlyVoidedStatementIdReturnsItAndTheVoidingStatementStays() {
        String mbox = learner();
        String target = id();
        String voider = id();
        assertEquals(List.of(target), ids(lrs().post("xapi/statements", statement(target, mbox, "completed", ACTIVITY + "v"))));
        assertEquals(404, lrs().get("xapi/statements?voidedStatementId=" + target).status(), "not voided yet");
        assertEquals(List.of(voider), ids(lrs().post("xapi/statements", voiding(voider, target))));

        assertEquals(404, lrs().get("xapi/statements?statementId=" + target).status());
        Http.Response voided = lrs().get("xapi/statements?voidedStatementId=" + target);
        assertEquals(200, voided.status());
        assertEquals(target, voided.json().getString("id"));
        JsonObject list = lrs().get("xapi/statements?agent=" + q(agent(mbox))).json();
        assertEquals(List.of(voider), idsOf(list), "the voided statement is left out; the voiding one matches its target's agent");

        Http.Response voidTheVoider = lrs().post("xapi/statements", voiding(null, voider));
        assertEquals(400, voidTheVoider.status(), voidTheVoider.toString());
        assertEquals(200, lrs().get("xapi/statements?statementId=" + voider).status());

        // a voiding statement may arrive before its target: the target is then stored voided
        String late = id();
        ids(lrs().post("xapi/statements", voiding(null, late)));
        ids(lrs().post("xapi/statements", statement(late, mbox, "completed", ACTIVITY + "late")));
        assertEquals(404, lrs().get("xapi/statements?statementId=" + late).status());
        assertEquals(200, lrs().get("xapi/statements?voidedStatementId=" + late).status());
    }

    @Test
    @RunAsClient
    void whenFilteringThenOnlyMatchingStatementsComeBackNewestFirst() throws Exception {
        String mbox = learner();
        String other = learner();
        String registration = UUID.randomUUID().toString();
        String course = ACTIVITY + "course-" + UUID.randomUUID();
        String s1 = id();
        String s2 = id();
        String s3 = id();
        String s4 = id();
        ids(lrs().post("xapi/statements", statement(s1, mbox, "launched", course)));
        Thread.sleep(20);
        Instant between = Instant.now();
        Thread.sleep(20);
        ids(lrs().post("xapi/statements", """
                {"id":"%s","actor":{"mbox":"%s"},"verb":{"id":"%s"},"object":{"id":"%s/lesson"},
                 "context":{"registration":"%s","contextActivities":{"parent":[{"id":"%s"}]},
                            "instructor":{"mbox":"%s"}}}""".formatted(s2, mbox, Lrs.VERBS + "experienced", course, registration, course, other)));
        ids(lrs().post("xapi/statements", """
                {"id":"%s","actor":{"objectType":"Group","member":[{"mbox":"%s"},{"mbox":"%s"}]},"verb":{"id":"%s"},"object":{"id":"%s"}}"""
                .formatted(s3, other, mbox, Lrs.VERBS + "attended", course)));
        ids(lrs().post("xapi/statements", statement(s4, other, "experienced", course)));

        assertEquals(List.of(s3, s2, s1), idsOf(lrs().get("xapi/statements?agent=" + q(agent(mbox))).json()),
                "actor, and member of an anonymous group actor; newest first");
        assertEquals(List.of(s4, s3, s2), idsOf(lrs().get("xapi/statements?agent=" + q(agent(other)) + "&related_agents=true").json()),
                "related_agents includes the instructor");
        assertEquals(List.of(s4, s3), idsOf(lrs().get("xapi/statements?agent=" + q(agent(other))).json()));
        assertEquals(List.of(s2), idsOf(lrs().get("xapi/statements?agent=" + q(agent(mbox)) + "&verb=" + q(Lrs.VERBS + "experienced")).json()));
        assertEquals(List.of(s4, s3, s1), idsOf(lrs().get("xapi/statements?activity=" + q(course)).json()));
        assertEquals(List.of(s4, s3, s2, s1), idsOf(lrs().get("xapi/statements?activity=" + q(course) + "&related_activities=true").json()),
                "related_activities includes the parent");
        assertEquals(List.of(s2), idsOf(lrs().get("xapi/statements?registration=" + registration).json()));
        assertEquals(List.of(s1), idsOf(lrs().get("xapi/statements?agent=" + q(agent(mbox)) + "&until=" + q(between.toString())).json()));
        assertEquals(List.of(s3, s2), idsOf(lrs().get("xapi/statements?agent=" + q(agent(mbox)) + "&since=" + q(between.toString())).json()));
        assertEquals(List.of(s1, s2, s3), idsOf(lrs().get("xapi/statements?agent=" + q(agent(mbox)) + "&ascending=true").json()));

        JsonObject empty = lrs().get("xapi/statements?agent=" + q(agent(learner()))).json();
        assertEquals(0, empty.getJsonArray("statements").size(), "no match is still 200 with an empty list");

        // paging: limit 1, follow "more" to the end
        List<String> paged = new ArrayList<>();
        String next = "xapi/statements?activity=" + q(course) + "&related_activities=true&limit=1";
        while (!next.isEmpty()) {
            JsonObject page = lrs().get(next).json();
            assertTrue(page.getJsonArray("statements").size() <= 1);
            paged.addAll(idsOf(page));
            String more = page.getString("more");
            next = more.isEmpty() ? "" : more.substring(1);
            assertTrue(more.isEmpty() || more.startsWith("/xapi/statements?"), more);
        }
        assertEquals(List.of(s4, s3, s2, s1), paged);

        // a statement targeting another matches the target's filters (Communication 2.1.3, StatementRefs)
        String comment = id();
        ids(lrs().post("xapi/statements", """
                {"id":"%s","actor":{"mbox":"mailto:teacher@example.org"},"verb":{"id":"http://example.org/verbs/commented"},
                 "object":{"objectType":"StatementRef","id":"%s"}}""".formatted(comment, s2)));
        assertTrue(idsOf(lrs().get("xapi/statements?registration=" + registration).json()).contains(comment));
    }

    @Test
    @RunAsClient
    void whenFormatIsIdsOrCanonicalThenObjectsAreReducedOrOneLanguageIsKept() {
        String mbox = learner();
        String id = id();
        ids(lrs().post("xapi/statements", statement(id, mbox, "experienced", ACTIVITY + "format")));
        JsonObject ids = lrs().get("xapi/statements?statementId=" + id + "&format=ids").json();
        assertFalse(ids.getJsonObject("verb").containsKey("display"));
        assertFalse(ids.getJsonObject("object").containsKey("definition"));
        assertEquals(mbox, ids.getJsonObject("actor").getString("mbox"));

        JsonObject canonical = lrs().header("Accept-Language", "vi").get("xapi/statements?statementId=" + id + "&format=canonical").json();
        assertEquals(Set.of("vi"), canonical.getJsonObject("verb").getJsonObject("display").keySet());
        assertEquals("Một hoạt động", canonical.getJsonObject("object").getJsonObject("definition").getJsonObject("name").getString("vi"));
        JsonObject exact = lrs().get("xapi/statements?statementId=" + id + "&format=exact").json();
        assertEquals(2, exact.getJsonObject("verb").getJsonObject("display").size());
        assertEquals(400, lrs().get("xapi/statements?statementId=" + id + "&format=full").status());

        Http.Response multipart = lrs().get("xapi/statements?statementId=" + id + "&attachments=true");
        assertEquals(200, multipart.status());
        assertTrue(multipart.header("Content-Type").startsWith("multipart/mixed"), multipart.header("Content-Type"));
        assertTrue(multipart.text().contains(id));
    }

    @Test
    @RunAsClient
    void whenTheVersionHeaderIsMissingOrUnsupportedThen400AndEveryResponseCarriesTheVersion() {
        String body = statement(null, learner(), "experienced", ACTIVITY + "v");
        Http noVersion = Lrs.demo(base).header("X-Experience-API-Version", null);
        Http.Response missing = noVersion.post("xapi/statements", body);
        assertEquals(400, missing.status());
        assertEquals("1.0.3", missing.header("X-Experience-API-Version"), "errors carry the version too");
        for (String unsupported : new String[]{"0.95", "0.9", "1.1.0", "2.0.0", "one"}) {
            assertEquals(400, Lrs.demo(base).header("X-Experience-API-Version", unsupported).post("xapi/statements", body).status(), unsupported);
        }
        for (String accepted : new String[]{"1.0", "1.0.0", "1.0.3", "1.0.9"}) {
            assertEquals(200, Lrs.demo(base).header("X-Experience-API-Version", accepted).post("xapi/statements", body).status(), accepted);
        }
        Http.Response about = Http.anonymous(base).get("xapi/about");
        assertEquals(200, about.status(), "About needs no credentials and no version header");
        assertEquals("1.0.3", about.header("X-Experience-API-Version"));
        var versions = about.json().getJsonArray("version").stream().map(v -> ((jakarta.json.JsonString) v).getString()).toList();
        assertTrue(versions.containsAll(List.of("1.0.3", "1.0.0")), versions.toString());
        assertEquals(Set.of("version"), about.json().keySet());
        assertEquals("1.0.3", Http.anonymous(base).get("xapi/nothing-here").header("X-Experience-API-Version"));
    }

    @Test
    @RunAsClient
    void whenParametersAreUnknownMisspelledOrCombinedWronglyThen400NamingThem() {
        String id = ids(lrs().post("xapi/statements", statement(null, learner(), "experienced", ACTIVITY + "p"))).get(0);
        Map<String, String> bad = new java.util.LinkedHashMap<>();
        bad.put("xapi/statements?foo=bar", "foo");
        bad.put("xapi/statements?Verb=" + q(Lrs.VERBS + "experienced"), "verb");
        bad.put("xapi/statements?statementId=" + id + "&voidedStatementId=" + id, "voidedStatementId");
        bad.put("xapi/statements?statementId=" + id + "&verb=" + q(Lrs.VERBS + "experienced"), "verb");
        bad.put("xapi/statements?limit=-1", "limit");
        bad.put("xapi/statements?limit=ten", "limit");
        bad.put("xapi/statements?agent=" + q("{\"mbox\":\"nobody\"}"), "mbox");
        bad.put("xapi/statements?agent=" + q("{\"objectType\":\"Group\",\"member\":[{\"mbox\":\"mailto:a@example.org\"}]}"), "anonymous");
        bad.put("xapi/statements?agent=notjson", "agent");
        bad.put("xapi/statements?since=yesterday", "since");
        bad.put("xapi/statements?related_agents=yes", "related_agents");
        bad.put("xapi/statements?verb=experienced", "verb");
        bad.put("xapi/statements?registration=abc", "registration");
        bad.put("xapi/statements?statementId=abc", "statementId");
        for (var e : bad.entrySet()) {
            Http.Response r = lrs().get(e.getKey());
            assertEquals(400, r.status(), e.getKey() + " -> " + r);
            assertTrue(r.text().contains(e.getValue()), e.getKey() + " -> " + r);
        }
        assertEquals(400, lrs().post("xapi/statements?statementId=" + id(), statement(null, learner(), "experienced", ACTIVITY)).status());
        assertEquals(404, lrs().get("xapi/statements?statementId=" + id()).status());
        Http.Response notJson = lrs().post("xapi/statements", "{\"actor\":");
        assertEquals(400, notJson.status());
        Http.Response wrongType = lrs().send(lrs().request("xapi/statements").header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString(statement(null, learner(), "experienced", ACTIVITY))));
        assertEquals(400, wrongType.status(), wrongType.toString());
    }

    @Test
    @RunAsClient
    void whenCredentialsAreMissingOrWrongThen401AndTheScopeDecidesWhatIsAllowed() {
        Http admin = Http.basic(base, Service.ADMIN, Service.DEMO_PASSWORD);
        JsonObject readOnly = admin.post("api/xapi/credentials", "{\"label\":\"Analytics\",\"write\":false,\"read\":\"ALL\"}").json();
        JsonObject writeOnly = admin.post("api/xapi/credentials", "{\"label\":\"Other LMS\",\"write\":true,\"read\":\"NONE\"}").json();
        JsonObject own = admin.post("api/xapi/credentials", "{\"label\":\"cmi5 player\",\"write\":true,\"read\":\"OWN\"}").json();
        assertEquals(20, readOnly.getString("key").length());
        assertTrue(admin.get("api/xapi/credentials").text().contains(own.getString("key")));
        assertFalse(admin.get("api/xapi/credentials").text().contains(own.getString("secret")), "the secret is shown once");
        assertEquals(403, Http.basic(base, Service.STAFF, Service.DEMO_PASSWORD).get("api/xapi/credentials").status());

        String body = statement(null, learner(), "experienced", ACTIVITY + "scope");
        Http.Response none = Http.anonymous(base).header("X-Experience-API-Version", "1.0.3").post("xapi/statements", body);
        assertEquals(401, none.status());
        assertTrue(none.header("WWW-Authenticate").startsWith("Basic"));
        assertEquals(401, Lrs.client(base, Lrs.DEMO_KEY, "wrong").get("xapi/statements").status());
        assertEquals(401, Lrs.client(base, Service.ADMIN, Service.DEMO_PASSWORD).get("xapi/statements").status(),
                "a sign-in account is not an LRS credential");

        Http reader = Lrs.client(base, readOnly.getString("key"), readOnly.getString("secret"));
        Http writer = Lrs.client(base, writeOnly.getString("key"), writeOnly.getString("secret"));
        Http mine = Lrs.client(base, own.getString("key"), own.getString("secret"));
        assertEquals(403, reader.post("xapi/statements", body).status());
        String written = ids(writer.post("xapi/statements", body)).get(0);
        assertEquals(403, writer.get("xapi/statements?statementId=" + written).status());
        assertEquals(200, reader.get("xapi/statements?statementId=" + written).status());
        String myOwn = ids(mine.post("xapi/statements", statement(null, learner(), "experienced", ACTIVITY + "own"))).get(0);
        assertEquals(404, mine.get("xapi/statements?statementId=" + written).status(), "read-own sees only its own statements");
        assertEquals(List.of(myOwn), idsOf(mine.get("xapi/statements").json()));

        assertEquals(200, admin.post("api/xapi/credentials/" + own.getString("key") + "/deactivation", "").status());
        assertEquals(401, mine.get("xapi/statements").status(), "a deactivated credential is refused at once");
    }

    @Test
    @RunAsClient
    void whenHeadIsSentThenTheHeadersOfGetComeWithoutABody() {
        String id = ids(lrs().post("xapi/statements", statement(null, learner(), "experienced", ACTIVITY + "head"))).get(0);
        Http.Response head = lrs().send(lrs().request("xapi/statements?statementId=" + id).method("HEAD", HttpRequest.BodyPublishers.noBody()));
        assertEquals(200, head.status());
        assertEquals(0, head.bytes().length);
        assertFalse(head.header("Last-Modified").isEmpty());
        assertEquals("1.0.3", head.header("X-Experience-API-Version"));
        Http.Response missing = lrs().send(lrs().request("xapi/statements?statementId=" + id()).method("HEAD", HttpRequest.BodyPublishers.noBody()));
        assertEquals(404, missing.status());
        assertEquals(200, Http.anonymous(base).send(Http.anonymous(base).request("xapi/about").method("HEAD", HttpRequest.BodyPublishers.noBody())).status());
    }

    @Test
    @RunAsClient
    void whenTheAlternateRequestSyntaxIsUsedThenItActsAsTheRequestItStandsFor() {
        String id = id();
        String auth = "Basic " + java.util.Base64.getEncoder().encodeToString((Lrs.DEMO_KEY + ":" + Lrs.DEMO_SECRET).getBytes(StandardCharsets.UTF_8));
        Http anonymous = Http.anonymous(base);
        Http.Response put = anonymous.form("xapi/statements?method=PUT", Map.of("statementId", id, "Authorization", auth,
                "X-Experience-API-Version", "1.0.3", "Content-Type", "application/json",
                "content", statement(null, learner(), "experienced", ACTIVITY + "alt")));
        assertEquals(204, put.status(), put.toString());
        Http.Response got = anonymous.form("xapi/statements?method=GET", Map.of("statementId", id, "Authorization", auth,
                "X-Experience-API-Version", "1.0.3"));
        assertEquals(200, got.status(), got.toString());
        assertEquals(id, got.json().getString("id"));
        assertEquals(400, anonymous.form("xapi/statements?method=GET&statementId=" + id, Map.of("Authorization", auth,
                "X-Experience-API-Version", "1.0.3")).status(), "other parameters go in the form");
    }

    // ---- inside the server: our own learning events, in the caller's transaction ----

    /** A new roster entry with no learning record yet (demo staff may already have completions). */
    private Staff newStaff(String code) {
        return roster.create(new vn.edu.taphuan.directory.entity.StaffForm(code, "Người Thử Nghiệm",
                vn.edu.taphuan.directory.entity.Gender.FEMALE, vn.edu.taphuan.directory.entity.StaffCategory.EMPLOYEE,
                null, null, null, "THCS01"));
    }

    private static LearningEvent event(LearningEvent.Kind kind, long staffId, String lesson, UUID registration, Integer raw, Integer max) {
        return new LearningEvent(kind, staffId, "law-and-policy", 1, lesson, registration, raw, max,
                kind == LearningEvent.Kind.QUIZ_PASSED ? Boolean.TRUE : null, Duration.ofSeconds(252, 500_000_000), Instant.parse("2024-11-05T08:30:00Z"));
    }

    @Test
    void whenLearningEventsAreRecordedThenEachIsAValidStatementOfOurProfileAndCompletionFollows() throws Exception {
        Staff staff = newStaff("XAPI-10");
        UUID registration = UUID.randomUUID();
        List<UUID> ids = new ArrayList<>();
        tx.begin();
        for (var e : List.of(event(LearningEvent.Kind.COURSE_LAUNCHED, staff.id(), null, registration, null, null),
                event(LearningEvent.Kind.LESSON_READ, staff.id(), "overview", registration, null, null),
                event(LearningEvent.Kind.QUESTION_ANSWERED, staff.id(), "q01", registration, null, null),
                event(LearningEvent.Kind.QUIZ_PASSED, staff.id(), null, registration, 9, 10),
                event(LearningEvent.Kind.COURSE_COMPLETED, staff.id(), null, registration, 9, 10))) {
            ids.add(learningRecord.record(e));
        }
        tx.commit();

        assertEquals(5, new HashSet<>(ids).size());
        for (UUID id : ids) {
            String json = statements.byId(id.toString()).orElseThrow().json();
            JsonObject s = StatementJson.parse(json).asJsonObject();
            assertTrue(StatementRule.check(s).isEmpty(), json);
            assertEquals(staff.actorKey(), s.getJsonObject("actor").getJsonObject("account").getString("name"));
            assertFalse(json.contains(staff.fullName()), "no personal data in statements");
            assertEquals(registration.toString(), s.getJsonObject("context").getString("registration"));
            assertEquals(staff.school().code(), s.getJsonObject("context").getJsonObject("extensions").getString(profile.schoolCodeExtension()));
        }
        JsonObject completed = StatementJson.parse(statements.byId(ids.get(4).toString()).orElseThrow().json()).asJsonObject();
        assertEquals(XapiProfile.COMPLETED, completed.getJsonObject("verb").getString("id"));
        assertEquals(profile.course("law-and-policy"), completed.getJsonObject("object").getString("id"));
        assertEquals("PT4M12.5S", completed.getJsonObject("result").getString("duration"));
        assertEquals(0.9, completed.getJsonObject("result").getJsonObject("score").getJsonNumber("scaled").doubleValue(), 1e-9);

        List<CompletionView> done = completions.of(staff.id());
        assertEquals(1, done.size(), "only the course completion counts, not the quiz pass");
        assertEquals(ids.get(4).toString(), done.get(0).statementId());
        assertEquals("law-and-policy", done.get(0).courseId());
        assertEquals(0.9, done.get(0).scaledScore(), 1e-9);
    }

    @Test
    void whenTheCallersTransactionRollsBackThenNoStatementAndNoCompletionRemain() throws Exception {
        Staff staff = newStaff("XAPI-11");
        tx.begin();
        UUID id = learningRecord.record(event(LearningEvent.Kind.COURSE_COMPLETED, staff.id(), null, UUID.randomUUID(), 8, 10));
        assertTrue(statements.byId(id.toString()).isPresent(), "visible inside the transaction");
        tx.rollback();
        assertTrue(statements.byId(id.toString()).isEmpty());
        assertTrue(completions.of(staff.id()).isEmpty());
    }

    @Test
    void whenAnExternalStatementCompletesOurCourseThenItCountsAndVoidingItRevokesIt() {
        Staff staff = newStaff("XAPI-12");
        String id = id();
        String external = """
                {"id":"%s","actor":{"objectType":"Agent","account":{"homePage":"%s","name":"%s"}},
                 "verb":{"id":"http://adlnet.gov/expapi/verbs/passed"},
                 "object":{"id":"%s"},"result":{"score":{"raw":7,"min":0,"max":10},"success":true},
                 "timestamp":"2024-12-01T10:00:00+07:00"}"""
                .formatted(id, profile.base().substring(0, profile.base().length() - 1), staff.actorKey(), profile.course("harm-reduction-hiv"));
        assertEquals(200, lrs().post("xapi/statements", external).status());
        List<CompletionView> done = completions.of(staff.id());
        assertEquals(1, done.size());
        assertEquals("harm-reduction-hiv", done.get(0).courseId());
        assertEquals(0.7, done.get(0).scaledScore(), 1e-9);
        assertEquals(Instant.parse("2024-12-01T03:00:00Z"), done.get(0).completedAt().toInstant(java.time.ZoneOffset.UTC));

        String failed = statement(null, "mailto:x@example.org", "completed", profile.course("harm-reduction-hiv"));
        assertEquals(200, lrs().post("xapi/statements", failed).status());
        String lesson = external.replace(id, id()).replace(profile.course("harm-reduction-hiv"), profile.lesson("harm-reduction-hiv", "hiv-basics"));
        assertEquals(200, lrs().post("xapi/statements", lesson).status());
        assertEquals(1, completions.of(staff.id()).size(), "other actors and other activities do not count");

        assertEquals(200, lrs().post("xapi/statements", voiding(null, id)).status());
        assertTrue(completions.of(staff.id()).isEmpty(), "voiding revokes the completion");
        assertNotNull(statements.byId(id).orElseThrow().json());
    }
}
