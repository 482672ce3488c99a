package vn.edu.taphuan.xapi.boundary;

import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
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

    /** A credential the district admin makes for a test: {@code settings} is the JSON of its settings. */
    private JsonObject credential(String settings) {
        Http.Response made = Http.basic(base, Service.ADMIN, Service.DEMO_PASSWORD).post("api/xapi/credentials", settings);
        assertEquals(201, made.status(), made.toString());
        return made.json();
    }

    private Http as(JsonObject credential) {
        return Lrs.client(base, credential.getString("key"), credential.getString("secret"));
    }

    @Test
    @RunAsClient
    void whenAnOwnScopeCredentialVoidsAnothersStatementThen403AndItsOwnVoidIsAccepted_Communication3_2() {
        JsonObject moodle = credential("{\"label\":\"Moodle THCS05\",\"write\":true,\"read\":\"OWN\",\"schools\":[\"THCS05\"],\"completions\":true}");
        Http own = as(moodle);
        String others = ids(lrs().post("xapi/statements", statement(null, learner(), "completed", ACTIVITY + "others"))).get(0);
        String mine = ids(own.post("xapi/statements", statement(null, learner(), "completed", ACTIVITY + "mine"))).get(0);

        Http.Response refused = own.post("xapi/statements", voiding(null, others));
        assertEquals(403, refused.status(), refused.toString());
        assertTrue(refused.json().getString("message").contains("may void only statements it stored"), refused.toString());
        assertEquals(200, lrs().get("xapi/statements?statementId=" + others).status(), "the other's statement is not voided");
        String mixed = id();
        assertEquals(403, own.post("xapi/statements", "[" + voiding(null, mine) + "," + voiding(null, others) + "]").status());
        assertEquals(200, own.get("xapi/statements?statementId=" + mine).status(), "a batch with one refused void stores nothing");

        assertEquals(200, own.post("xapi/statements", voiding(mixed, mine)).status(), "its own statement: allowed");
        assertEquals(200, own.get("xapi/statements?voidedStatementId=" + mine).status());

        // a void sent before its target, by a credential without the right, does not void another's statement later
        String early = id();
        assertEquals(200, own.post("xapi/statements", voiding(null, early)).status());
        ids(lrs().post("xapi/statements", statement(early, learner(), "completed", ACTIVITY + "early")));
        assertEquals(200, lrs().get("xapi/statements?statementId=" + early).status(), "stored, not voided");

        // only a district admin grants the right to void others' statements
        Http admin = Http.basic(base, Service.ADMIN, Service.DEMO_PASSWORD);
        String granted = "{\"label\":\"Moodle THCS05\",\"write\":true,\"read\":\"OWN\",\"schools\":[\"THCS05\"],\"completions\":true,\"voidOthers\":true}";
        assertEquals(403, Http.basic(base, Service.PRINCIPAL, Service.DEMO_PASSWORD).put("api/xapi/credentials/" + moodle.getString("key"), granted).status());
        Http.Response changed = admin.put("api/xapi/credentials/" + moodle.getString("key"), granted);
        assertEquals(200, changed.status(), changed.toString());
        assertTrue(changed.json().getBoolean("voidOthers"));
        assertEquals(200, own.post("xapi/statements", voiding(null, others)).status(), "with the right granted");
        assertEquals(200, lrs().get("xapi/statements?voidedStatementId=" + others).status());
    }

    @Test
    @RunAsClient
    void whenCredentialEndpointsAreCalledByOthersThanADistrictAdminThenDenied() {
        JsonObject c = credential("{\"label\":\"Denials\",\"write\":true,\"read\":\"OWN\"}");
        String key = c.getString("key");
        String settings = "{\"label\":\"x\",\"write\":true,\"read\":\"ALL\",\"completions\":true,\"voidOthers\":true}";
        for (Http who : List.of(Http.basic(base, Service.PRINCIPAL, Service.DEMO_PASSWORD), Http.basic(base, Service.STAFF, Service.DEMO_PASSWORD))) {
            assertEquals(403, who.put("api/xapi/credentials/" + key, settings).status());
            assertEquals(403, who.post("api/xapi/credentials/" + key + "/secret", "").status());
            assertEquals(403, who.get("api/xapi/credentials/uncounted").status());
            assertEquals(403, who.post("api/xapi/credentials", settings).status());
        }
        Http anonymous = Http.anonymous(base);
        assertEquals(401, anonymous.put("api/xapi/credentials/" + key, settings).status());
        assertEquals(401, anonymous.post("api/xapi/credentials/" + key + "/secret", "").status());
        assertEquals(401, anonymous.get("api/xapi/credentials/uncounted").status());
        assertEquals(401, as(c).get("api/xapi/credentials/uncounted").status(), "an LRS credential is no sign-in account");

        Http admin = Http.basic(base, Service.ADMIN, Service.DEMO_PASSWORD);
        Http.Response unknownSchool = admin.put("api/xapi/credentials/" + key,
                "{\"label\":\"x\",\"write\":true,\"read\":\"ALL\",\"schools\":[\"NOPE99\"]}");
        assertEquals(400, unknownSchool.status(), unknownSchool.toString());
        assertTrue(unknownSchool.text().contains("NOPE99"));
        assertEquals(400, admin.put("api/xapi/credentials/" + key, "{\"label\":\"x\",\"write\":true,\"read\":\"ALL\",\"schools\":[]}").status());
        assertEquals(400, admin.get("api/xapi/credentials/uncounted?credential=nope").status());
        assertEquals(404, admin.put("api/xapi/credentials/nope", settings).status());

        Http.Response rotated = admin.post("api/xapi/credentials/" + key + "/secret", "");
        assertEquals(200, rotated.status(), rotated.toString());
        assertEquals(401, as(c).get("xapi/statements").status(), "the old secret is refused at once");
        assertEquals(200, Lrs.client(base, key, rotated.json().getString("secret")).get("xapi/statements").status());

        // the rotation and the deactivation are audited (never the secret), as who did them
        assertEquals(200, admin.post("api/xapi/credentials/" + key + "/deactivation", "").status());
        JsonArray entries = admin.get("api/audit?kind=CREDENTIAL_CHANGED&size=500").json().getJsonArray("items");
        List<JsonObject> mine = entries.stream().map(e -> e.asJsonObject()).filter(e -> ("lrs:" + key).equals(e.getString("subject", ""))).toList();
        assertEquals(List.of("deactivated", "new secret"), mine.stream().map(e -> e.getString("after")).sorted().toList(), mine.toString());
        assertTrue(mine.stream().allMatch(e -> e.getString("actor").equals("account:" + Service.ADMIN)));
        assertFalse(entries.toString().contains(rotated.json().getString("secret")), "no secret in the audit log");
    }

    private Http.Response postBytes(byte[] body) {
        return lrs().send(lrs().request("xapi/statements").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /** No class or library name in an error a client sees (issue 11). */
    private static void plainMessage(Http.Response r) {
        for (String leak : List.of("Exception", "yasson", "parsson", "jakarta.", "org.", "vn.edu")) {
            assertFalse(r.text().toLowerCase(java.util.Locale.ROOT).contains(leak.toLowerCase(java.util.Locale.ROOT)), leak + " in " + r);
        }
    }

    @Test
    @RunAsClient
    void whenAStatementIsNotUtf8HoldsALoneSurrogateHasNoTimeZoneOrNestsTooDeepThen400AndNothingIsStored_Communication1_4_Data4_5() {
        String id = id();
        byte[] latin1 = statement(id, learner(), "experienced", ACTIVITY + "caf\u00e9").getBytes(StandardCharsets.ISO_8859_1);
        Http.Response notUtf8 = postBytes(latin1);
        assertEquals(400, notUtf8.status(), notUtf8.toString());
        assertTrue(notUtf8.text().contains("UTF-8"), notUtf8.toString());
        plainMessage(notUtf8);
        assertEquals(404, lrs().get("xapi/statements?statementId=" + id).status(), "refused, not stored altered");

        Http.Response lone = lrs().post("xapi/statements", statement(id, learner(), "experienced", ACTIVITY + "x\\uD800y"));
        assertEquals(400, lone.status(), lone.toString());
        assertTrue(lone.text().contains("object.id"), lone.toString());
        plainMessage(lone);

        Http.Response zoneless = lrs().post("xapi/statements", """
                {"id":"%s","actor":{"mbox":"%s"},"verb":{"id":"%s"},"object":{"id":"%s"},"timestamp":"2024-11-05T08:30:00.000"}"""
                .formatted(id, learner(), Lrs.VERBS + "experienced", ACTIVITY + "tz"));
        assertEquals(400, zoneless.status(), zoneless.toString());
        assertTrue(zoneless.text().contains("timestamp") && zoneless.text().contains("Data 2.4.7"), zoneless.toString());
        assertEquals(200, lrs().post("xapi/statements", statement(null, learner(), "experienced", ACTIVITY + "tz")).status());

        String deep = "{\"id\":\"%s\",\"actor\":{\"mbox\":\"%s\"},\"verb\":{\"id\":\"%s\"},\"object\":{\"id\":\"%s\"},\"context\":{\"extensions\":{\"http://example.org/deep\":"
                .formatted(id, learner(), Lrs.VERBS + "experienced", ACTIVITY + "deep") + "[".repeat(1000) + "]".repeat(1000) + "}}}";
        Http.Response tooDeep = lrs().post("xapi/statements", deep);
        assertEquals(400, tooDeep.status(), tooDeep.toString());
        assertTrue(tooDeep.text().contains("64"), tooDeep.toString());
        plainMessage(tooDeep);
        assertEquals(404, lrs().get("xapi/statements?statementId=" + id).status());
    }

    @Test
    @RunAsClient
    void whenAnyQueryParameterIsMalformedThen400NamingTheParameter_Communication2_1_3() {
        Map<String, String> bad = new java.util.LinkedHashMap<>();
        bad.put("xapi/statements?since=" + q("2024-11-05T08:30:00"), "since");
        bad.put("xapi/statements?until=" + q("2024-13-45T08:30:00Z"), "until");
        bad.put("xapi/statements?until=", "until");
        bad.put("xapi/statements?limit=99999999999999999999", "limit");
        bad.put("xapi/statements?limit=", "limit");
        bad.put("xapi/statements?format=", "format");
        bad.put("xapi/statements?format=IDS", "format");
        bad.put("xapi/statements?ascending=1", "ascending");
        bad.put("xapi/statements?attachments=yes", "attachments");
        bad.put("xapi/statements?related_activities=no", "related_activities");
        bad.put("xapi/statements?activity=" + q("no iri"), "activity");
        bad.put("xapi/statements?verb=", "verb");
        bad.put("xapi/statements?agent=" + q("[]"), "agent");
        bad.put("xapi/statements?agent=", "agent");
        bad.put("xapi/statements?agent=" + q("{\"mbox\":" + "[".repeat(200) + "]".repeat(200) + "}"), "agent");
        bad.put("xapi/statements?agent=" + q("{\"mbox\":\"mailto:a\\uD800@example.org\"}"), "agent");
        bad.put("xapi/statements?registration=" + q("{}"), "registration");
        bad.put("xapi/statements?voidedStatementId=123", "voidedStatementId");
        bad.put("xapi/statements?statementId=", "statementId");
        bad.put("xapi/statements?cursor=abc", "cursor");
        bad.put("xapi/statements?activity=%E9t%E9", "activity");
        for (var e : bad.entrySet()) {
            Http.Response r = lrs().get(e.getKey());
            assertEquals(400, r.status(), e.getKey() + " -> " + r);
            assertTrue(r.text().contains(e.getValue()), e.getKey() + " -> " + r);
            plainMessage(r);
        }
        // a broken percent escape: no Java HTTP client sends one, so it goes over a plain socket
        String raw = rawGet("/xapi/statements?verb=100%25%ZZ");
        assertTrue(raw.startsWith("HTTP/1.1 400"), raw);
        assertTrue(raw.contains("verb") && !raw.contains("Exception"), raw);
    }

    /** The whole answer to a GET sent byte for byte as written, with the demo credential. */
    private String rawGet(String target) {
        try (java.net.Socket socket = new java.net.Socket(base.getHost(), base.getPort())) {
            String auth = java.util.Base64.getEncoder().encodeToString((Lrs.DEMO_KEY + ":" + Lrs.DEMO_SECRET).getBytes(StandardCharsets.UTF_8));
            socket.getOutputStream().write(("GET " + target + " HTTP/1.1\r\nHost: " + base.getHost() + ":" + base.getPort()
                    + "\r\nAuthorization: Basic " + auth + "\r\nX-Experience-API-Version: 1.0.3\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            socket.setSoTimeout(20_000);
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
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
    /** The demo's 2024 programme (the completions below are dated in 2024; this year's programme does not count them). */
    private long demoProgramme() {
        Http.Response list = Http.basic(base, Service.ADMIN, Service.DEMO_PASSWORD).get("api/programmes");
        assertEquals(200, list.status(), list.toString());
        return ((JsonArray) list.structure()).stream().map(JsonValue::asJsonObject).filter(p -> p.getString("periodStart").equals("2024-01-01"))
                .mapToLong(p -> p.getJsonNumber("id").longValue()).min().orElseThrow();
    }

    private JsonObject schoolReport(long programme, String school) {
        Http.Response r = Http.basic(base, Service.ADMIN, Service.DEMO_PASSWORD).get("api/programmes/" + programme + "/schools/" + school + "/report");
        assertEquals(200, r.status(), r.toString());
        return r.json();
    }

    private static boolean untrained(JsonObject report, String staffCode) {
        return report.getJsonArray("untrained").stream().anyMatch(u -> u.asJsonObject().getString("code").equals(staffCode));
    }

    private String completed(String statementId, Staff staff, String course) {
        return """
                {"id":"%s","actor":{"objectType":"Agent","account":{"homePage":"%s","name":"%s"}},
                 "verb":{"id":"http://adlnet.gov/expapi/verbs/completed"},"object":{"id":"%s"},"result":{"success":true},
                 "timestamp":"2024-06-03T09:00:00+07:00"}""".formatted(statementId, profile.base(), staff.actorKey(), profile.course(course));
    }

    /** Issue 11: a credential's completions count only for staff of schools in its scope, and only with the right. */
    @Test
    void whenACredentialCompletesForAPersonOutsideItsScopeThenStoredAndReadableButNotCountedUntilTheDistrictGrantsTheScope() {
        Staff staff = newStaff("XAPI-20");
        String school = staff.school().code();
        long programme = demoProgramme();
        JsonObject before = schoolReport(programme, school);
        assertTrue(untrained(before, "XAPI-20"));
        JsonObject moodle = credential("{\"label\":\"Moodle THCS02\",\"write\":true,\"read\":\"OWN\",\"schools\":[\"THCS02\"],\"completions\":true}");
        List<String> sent = new ArrayList<>();
        for (String course : List.of("law-and-policy", "harm-reduction-hiv", "gender-based-violence", "reintegration-and-students")) {
            String id = id();
            assertEquals(200, as(moodle).post("xapi/statements", completed(id, staff, course)).status());
            sent.add(id);
        }
        assertTrue(completions.of(staff.id()).isEmpty(), "outside the credential's scope: not counted");
        assertEquals(200, as(moodle).get("xapi/statements?statementId=" + sent.get(0)).status(), "but stored and readable");
        assertEquals(200, lrs().get("xapi/statements?statementId=" + sent.get(3)).status());
        JsonObject notCounted = schoolReport(programme, school);
        assertTrue(untrained(notCounted, "XAPI-20"), "the school's figure does not count the person");
        assertEquals(before.getJsonObject("school").getInt("trained"), notCounted.getJsonObject("school").getInt("trained"));
        Http admin = Http.basic(base, Service.ADMIN, Service.DEMO_PASSWORD);
        JsonArray listed = (JsonArray) admin.get("api/xapi/credentials/uncounted?credential=" + moodle.getString("key")).structure();
        assertEquals(4, listed.size(), listed.toString());
        assertEquals("SCOPE", listed.getJsonObject(0).getString("reason"));
        assertEquals("XAPI-20", listed.getJsonObject(0).getString("staffCode"));

        Http.Response granted = admin.put("api/xapi/credentials/" + moodle.getString("key"),
                "{\"label\":\"Moodle THCS02\",\"write\":true,\"read\":\"OWN\",\"schools\":[\"THCS02\",\"" + school + "\"],\"completions\":true}");
        assertEquals(200, granted.status(), granted.toString());
        assertEquals(4, completions.of(staff.id()).size(), "counted once the district grants the scope");
        JsonObject counted = schoolReport(programme, school);
        assertFalse(untrained(counted, "XAPI-20"));
        assertEquals(before.getJsonObject("school").getInt("trained") + 1, counted.getJsonObject("school").getInt("trained"));
        assertEquals(0, ((JsonArray) admin.get("api/xapi/credentials/uncounted?credential=" + moodle.getString("key")).structure()).size());

        assertEquals(200, admin.put("api/xapi/credentials/" + moodle.getString("key"),
                "{\"label\":\"Moodle THCS02\",\"write\":true,\"read\":\"OWN\",\"schools\":[\"" + school + "\"],\"completions\":false}").status());
        assertTrue(completions.of(staff.id()).isEmpty(), "the right withdrawn: out of the figures again");
        assertTrue(untrained(schoolReport(programme, school), "XAPI-20"));
        JsonArray withoutRight = (JsonArray) admin.get("api/xapi/credentials/uncounted?credential=" + moodle.getString("key")).structure();
        assertEquals("RIGHT", withoutRight.getJsonObject(0).getString("reason"));

        // voiding an uncounted completion forgets it
        assertEquals(200, as(moodle).post("xapi/statements", voiding(null, sent.get(0))).status());
        assertEquals(3, ((JsonArray) admin.get("api/xapi/credentials/uncounted?credential=" + moodle.getString("key")).structure()).size());

        // every change of the credential and every void it made is in the audit log, with who acted
        String subject = "lrs:" + moodle.getString("key");
        List<String[]> entries = audit(subject);
        assertEquals(List.of("CREDENTIAL_CREATED", "CREDENTIAL_CHANGED", "CREDENTIAL_CHANGED"), entries.stream().map(e -> e[0]).toList());
        assertEquals("account:" + Service.ADMIN, entries.get(1)[4]);
        assertTrue(entries.get(1)[2].contains("schools=THCS02") && entries.get(1)[3].contains("schools=THCS01,THCS02"), entries.get(1)[3]);
        assertTrue(entries.get(1)[3].contains("moved into the figures=4"), entries.get(1)[3]);
        assertTrue(entries.get(2)[3].contains("out of them=4"), entries.get(2)[3]);
        List<String[]> voids = audit("statement:" + sent.get(0));
        assertEquals(1, voids.size());
        assertEquals("STATEMENT_VOIDED", voids.get(0)[0]);
        assertEquals(subject, voids.get(0)[4]);
        assertEquals(school + "/XAPI-20", voids.get(0)[5]);
    }

    /** The audit entries about {@code subject}, oldest first: kind, before, after (at 2, 3), actor, school/staff. */
    private static List<String[]> audit(String subject) {
        try (java.sql.Connection c = ((javax.sql.DataSource) javax.naming.InitialContext.doLookup("java:app/jdbc/taphuan")).getConnection();
             java.sql.PreparedStatement p = c.prepareStatement("SELECT kind, subject, before_text, after_text, actor, school_code, staff_code "
                     + "FROM audit_entry WHERE subject = ? ORDER BY id")) {
            p.setString(1, subject);
            List<String[]> rows = new ArrayList<>();
            try (java.sql.ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    rows.add(new String[]{rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                            rs.getString(6) + "/" + rs.getString(7)});
                }
            }
            return rows;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void whenACredentialVoidsAStatementTheServiceStoredThen403AndTheCompletionStays() throws Exception {
        Staff staff = newStaff("XAPI-21");
        tx.begin();
        UUID ours = learningRecord.record(event(LearningEvent.Kind.COURSE_COMPLETED, staff.id(), null, UUID.randomUUID(), 9, 10));
        tx.commit();
        JsonObject reader = credential("{\"label\":\"Moodle OWN\",\"write\":true,\"read\":\"OWN\",\"schools\":[\"THCS01\"],\"completions\":true}");
        Http.Response refused = as(reader).post("xapi/statements", voiding(null, ours.toString()));
        assertEquals(403, refused.status(), refused.toString());
        assertEquals(1, completions.of(staff.id()).size(), "the service's completion (authority system) stays");
        assertEquals(403, lrs().post("xapi/statements", voiding(null, ours.toString())).status(), "also for the demo credential");
        assertTrue(audit("statement:" + ours).isEmpty(), "a refused void leaves nothing, not even an audit entry");
    }
}
