package vn.edu.taphuan.xapi.boundary;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import vn.edu.taphuan.testing.Http;
import vn.edu.taphuan.testing.Service;
import vn.edu.taphuan.xapi.control.StatementJson;

import java.net.URL;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.edu.taphuan.xapi.boundary.Lrs.agent;
import static vn.edu.taphuan.xapi.boundary.Lrs.id;
import static vn.edu.taphuan.xapi.boundary.Lrs.learner;
import static vn.edu.taphuan.xapi.boundary.Lrs.q;

/**
 * The Agents and Activities resources of the built-in LRS (xAPI 1.0.3 Communication 2.4, 2.5), and the statement
 * rules of Data 2.4.9 (authority), 2.4.10 (version) and Communication 2.1.3 (format=ids in SubStatements), over real
 * HTTP with raw requests, each test named after its section. Run by {@link DocumentResourcesIT} (one server for the
 * three groups of document checks).
 */
abstract class AgentsAndActivitiesChecks {
    static final String VERBS = "http://adlnet.gov/expapi/verbs/";

    @ArquillianResource
    URL base;

    Http lrs() {
        return Lrs.demo(base);
    }

    void post(String statement) {
        Http.Response r = lrs().post("xapi/statements", statement);
        assertEquals(200, r.status(), r.toString());
    }

    /** Communication 2.4.s3.b3, 2.4.s5, s6: a Person object with arrays, the asked identifier and the names statements gave it. */
    @Test
    void communication2_4_whenAnAgentIsAskedThenThePersonCombinesTheNamesStatementsGaveIt() {
        String mbox = learner();
        post("""
                {"actor":{"name":"Nguyễn Thị Lan","mbox":"%s"},"verb":{"id":"%sattempted"},"object":{"id":"http://example.org/a"}}"""
                .formatted(mbox, VERBS));
        post("""
                {"actor":{"mbox":"mailto:teacher@example.org"},"verb":{"id":"%smentored"},
                 "object":{"objectType":"Agent","name":"Lan","mbox":"%s"}}""".formatted(VERBS, mbox));
        Http.Response r = lrs().get("xapi/agents?agent=" + q(agent(mbox)));
        assertEquals(200, r.status(), r.toString());
        assertTrue(r.header("ETag").startsWith("\""), "ETag on every GET (3.1.s4.b1)");
        JsonObject person = r.json();
        assertEquals("Person", person.getString("objectType"));
        assertEquals(List.of(mbox), person.getJsonArray("mbox").getValuesAs(jakarta.json.JsonString::getString));
        assertEquals(java.util.Set.of("Nguyễn Thị Lan", "Lan"), java.util.Set.copyOf(person.getJsonArray("name")
                .getValuesAs(jakarta.json.JsonString::getString)));

        String stranger = learner();
        JsonObject unknown = lrs().get("xapi/agents?agent=" + q(agent(stranger))).json();
        assertEquals(StatementJson.parse("{\"objectType\":\"Person\",\"mbox\":[\"" + stranger + "\"]}"), unknown,
                "an unknown agent: still a Person with what was asked (2.4.s3.b3)");
        assertEquals(200, lrs().send(lrs().request("xapi/agents?agent=" + q(agent(stranger)))
                .method("HEAD", java.net.http.HttpRequest.BodyPublishers.noBody())).status(), "HEAD (1.1)");
        assertEquals(400, lrs().get("xapi/agents").status());
        assertEquals(400, lrs().get("xapi/agents?agent=" + q("{\"name\":\"no identifier\"}")).status());
        assertEquals(400, lrs().get("xapi/agents?agent=" + q(agent(stranger)) + "&since=2024-01-01T00:00:00Z").status());
    }

    /** Communication 2.5: the Activity with the newest definition a statement gave it; its id alone when none did (2.5.s2.b1). */
    @Test
    void communication2_5_whenAnActivityIsAskedThenItsNewestDefinitionComesBack() {
        String activity = "http://example.org/activities/" + UUID.randomUUID();
        post("""
                {"actor":{"mbox":"%s"},"verb":{"id":"%sattempted"},
                 "object":{"id":"%s","definition":{"name":{"vi":"Bài cũ"}}}}""".formatted(learner(), VERBS, activity));
        post("""
                {"actor":{"mbox":"%s"},"verb":{"id":"%sattempted"},
                 "object":{"id":"%s","definition":{"name":{"vi":"Luật phòng, chống mại dâm","en":"Law"},
                   "type":"http://adlnet.gov/expapi/activities/lesson"}}}""".formatted(learner(), VERBS, activity));
        post("""
                {"actor":{"mbox":"%s"},"verb":{"id":"%sexperienced"},"object":{"id":"%s"}}""".formatted(learner(), VERBS, activity));
        Http.Response r = lrs().get("xapi/activities?activityId=" + q(activity));
        assertEquals(200, r.status(), r.toString());
        assertTrue(r.header("ETag").startsWith("\""));
        JsonObject a = r.json();
        assertEquals("Activity", a.getString("objectType"));
        assertEquals(activity, a.getString("id"));
        assertEquals("Luật phòng, chống mại dâm", a.getJsonObject("definition").getJsonObject("name").getString("vi"));

        String parent = "http://example.org/activities/" + UUID.randomUUID();
        post("""
                {"actor":{"mbox":"%s"},"verb":{"id":"%sattempted"},"object":{"id":"http://example.org/a"},
                 "context":{"contextActivities":{"parent":[{"id":"%s","definition":{"name":{"vi":"Khóa cha"}}}]}}}"""
                .formatted(learner(), VERBS, parent));
        assertEquals("Khóa cha", lrs().get("xapi/activities?activityId=" + q(parent)).json()
                .getJsonObject("definition").getJsonObject("name").getString("vi"), "a context activity defines it too");

        String unknown = "http://example.org/activities/" + UUID.randomUUID();
        assertEquals(StatementJson.parse("{\"objectType\":\"Activity\",\"id\":\"" + unknown + "\"}"),
                lrs().get("xapi/activities?activityId=" + q(unknown)).json());
        assertEquals(400, lrs().get("xapi/activities").status());
        assertEquals(400, lrs().get("xapi/activities?activityId=" + q("no iri")).status());
        assertEquals(401, Http.anonymous(base).header("X-Experience-API-Version", "1.0.3").get("xapi/activities?activityId=" + q(unknown)).status());
    }

    /** Communication 3.2.s3.b10: Agents and Activities need read scope. */
    @Test
    void communication3_2_s3_b10_whenTheCredentialMayNotReadThen403() {
        Http admin = Http.basic(base, Service.ADMIN, Service.DEMO_PASSWORD);
        JsonObject writeOnly = admin.post("api/xapi/credentials", "{\"label\":\"Chỉ ghi\",\"write\":true,\"read\":\"NONE\"}").json();
        Http writer = Lrs.client(base, writeOnly.getString("key"), writeOnly.getString("secret"));
        assertEquals(403, writer.get("xapi/agents?agent=" + q(agent(learner()))).status());
        assertEquals(403, writer.get("xapi/activities?activityId=" + q("http://example.org/a")).status());
        assertEquals(401, Http.anonymous(base).header("X-Experience-API-Version", "1.0.3").get("xapi/agents?agent=" + q(agent(learner()))).status());
    }

    /** Data 2.4.10.s2.b1, s3.b1-b3: "1.0" is accepted as the header's form of 1.0.0 and kept as sent; 1.1.0 is 400. */
    @Test
    void data2_4_10_whenTheVersionIsOneZeroThenItIsAcceptedAndKept() {
        String id = id();
        assertEquals(204, lrs().put("xapi/statements?statementId=" + id, """
                {"actor":{"mbox":"%s"},"verb":{"id":"%sattempted"},"object":{"id":"http://example.org/a"},"version":"1.0"}"""
                .formatted(learner(), VERBS)).status());
        assertEquals("1.0", lrs().get("xapi/statements?statementId=" + id).json().getString("version"));
        Http.Response later = lrs().post("xapi/statements", """
                {"actor":{"mbox":"%s"},"verb":{"id":"%sattempted"},"object":{"id":"http://example.org/a"},"version":"1.1.0"}"""
                .formatted(learner(), VERBS));
        assertEquals(400, later.status());
        assertTrue(later.text().contains("2.4.10"), later.text());
    }

    /** Data 2.4.9.s3.b1: a submitted authority is validated before the LRS sets its own. */
    @Test
    void data2_4_9_whenASubmittedAuthorityIsNotAnAgentOrAPairThen400() {
        String three = """
                {"actor":{"mbox":"%s"},"verb":{"id":"%sattempted"},"object":{"id":"http://example.org/a"},
                 "authority":{"objectType":"Group","member":[{"mbox":"mailto:a@example.org"},{"mbox":"mailto:b@example.org"},
                   {"mbox":"mailto:c@example.org"}]}}""".formatted(learner(), VERBS);
        Http.Response refused = lrs().post("xapi/statements", three);
        assertEquals(400, refused.status());
        assertTrue(refused.text().contains("2.4.9"), refused.text());
        String pair = three.replace(",\n   {\"mbox\":\"mailto:c@example.org\"}", "");
        Http.Response accepted = lrs().post("xapi/statements", pair);
        assertEquals(200, accepted.status(), pair + " " + accepted);
        String stored = ((JsonArray) accepted.structure()).getString(0);
        assertEquals(Lrs.DEMO_KEY, lrs().get("xapi/statements?statementId=" + stored).json().getJsonObject("authority")
                .getJsonObject("account").getString("name"), "the LRS still sets its own authority (2.4.9.s3.b4)");
    }

    /** Communication 2.1.3 format=ids: Agents, Groups, Activities and Verbs reduced to identifiers in a SubStatement too. */
    @Test
    void communication2_1_3_whenFormatIsIdsThenASubStatementIsReducedToo() {
        String id = id();
        String mbox = learner();
        assertEquals(204, lrs().put("xapi/statements?statementId=" + id, """
                {"actor":{"name":"Lan","mbox":"%s"},"verb":{"id":"%splanned","display":{"vi":"lên kế hoạch"}},
                 "object":{"objectType":"SubStatement","actor":{"name":"Lan","mbox":"%s"},
                   "verb":{"id":"%sattended","display":{"vi":"tham dự"}},
                   "object":{"objectType":"Activity","id":"http://example.org/session","definition":{"name":{"vi":"Buổi tập huấn"}}}}}"""
                .formatted(mbox, VERBS, mbox, VERBS)).status());
        JsonObject sub = lrs().get("xapi/statements?statementId=" + id + "&format=ids").json().getJsonObject("object");
        assertEquals(StatementJson.parse("{\"id\":\"http://example.org/session\"}"), sub.get("object"));
        assertEquals(StatementJson.parse("{\"id\":\"" + VERBS + "attended\"}"), sub.get("verb"));
        assertEquals(StatementJson.parse("{\"mbox\":\"" + mbox + "\"}"), sub.get("actor"));
        assertFalse(sub.toString().contains("Buổi tập huấn"));
    }
}
