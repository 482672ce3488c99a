package vn.edu.taphuan.xapi.boundary;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.edu.taphuan.testing.Http;
import vn.edu.taphuan.testing.Service;
import vn.edu.taphuan.xapi.control.StatementJson;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.edu.taphuan.xapi.boundary.Lrs.agent;
import static vn.edu.taphuan.xapi.boundary.Lrs.ids;
import static vn.edu.taphuan.xapi.boundary.Lrs.learner;
import static vn.edu.taphuan.xapi.boundary.Lrs.q;
import static vn.edu.taphuan.xapi.boundary.Lrs.send;
import static vn.edu.taphuan.xapi.boundary.Lrs.sendJson;

/**
 * The State resource of the built-in LRS over real HTTP (xAPI 1.0.3 Communication 2.2, 2.3 and 3.1), raw requests,
 * one test per group of requirements, each named after its section. Every test uses a fresh agent and activity.
 * It also runs the checks it extends ({@link ProfileResourcesChecks}, {@link AgentsAndActivitiesChecks}) on the same
 * server: one Payara boot for the document resources instead of three (CI time, docs/operations.md).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DocumentResourcesIT extends ProfileResourcesChecks {

    @Deployment
    static WebArchive deployment() {
        return Service.war().addClasses(DocumentResourcesIT.class, ProfileResourcesChecks.class, AgentsAndActivitiesChecks.class, Lrs.class, Http.class, Http.Response.class, Service.class);
    }

    /** A fresh State context: an activity and an agent nobody else uses. */
    static String context() {
        return "xapi/activities/state?activityId=" + q("http://example.org/activities/" + UUID.randomUUID())
                + "&agent=" + q(agent(learner()));
    }

    static String sha1(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(bytes));
    }


    /** Communication 2.2.s2, 1.5.b1, 3.1.s4.b1-b4, 2.2.s6.b1, 1.1: any content byte-exact, quoted SHA-1 ETag, Last-Modified, HEAD. */
    @Test
    void communication2_3_s3_whenAStateIsPutThenGetReturnsItByteExactWithItsEtagAndLastModified() throws Exception {
        String doc = context() + "&stateId=bookmark";
        byte[] binary = new byte[512];
        for (int i = 0; i < binary.length; i++) {
            binary[i] = (byte) i;
        }
        assertEquals(204, send(lrs(), "PUT", doc, binary, "application/octet-stream").status());
        Http.Response got = lrs().get(doc);
        assertEquals(200, got.status(), got.toString());
        assertArrayEquals(binary, got.bytes());
        // the service answers with charset=UTF-8 on every type (web.xml response-character-encoding), docs/xapi.md §8.1
        assertTrue(got.header("Content-Type").startsWith("application/octet-stream"), got.header("Content-Type"));
        assertEquals("\"" + sha1(binary) + "\"", got.header("ETag"));
        assertFalse(got.header("Last-Modified").isEmpty());
        assertFalse(got.header("Date").isEmpty(), "Date on every answer");
        assertEquals("1.0.3", got.header("X-Experience-API-Version"));

        Http.Response head = lrs().send(lrs().request(doc).method("HEAD", java.net.http.HttpRequest.BodyPublishers.noBody()));
        assertEquals(200, head.status());
        assertEquals(0, head.bytes().length, "HEAD has no body (Communication 1.1.s3.b1.b1)");
        assertEquals(got.header("ETag"), head.header("ETag"));

        String text = "{\"vị trí\":\"Bài 2 — Luật phòng, chống mại dâm\"}";
        assertEquals(204, send(lrs(), "PUT", doc, text.getBytes(StandardCharsets.UTF_8), "application/json; charset=utf-8").status());
        assertEquals(text, lrs().get(doc).text(), "JSON kept as sent, Vietnamese included");
        assertEquals(404, lrs().get(context() + "&stateId=bookmark").status(), "another context has no such state");
    }

    /** Communication 2.3.s4, 2.2.s6.b2: the ids of a context, limited by since (exclusive) and by registration. */
    @Test
    void communication2_3_s4_whenIdsAreAskedThenTheContextsStateIdsComeLimitedBySinceAndRegistration() throws Exception {
        String context = context();
        String registration = UUID.randomUUID().toString();
        assertEquals(204, sendJson(lrs(), "PUT", context + "&stateId=first", "{}").status());
        Thread.sleep(30);
        Instant between = Instant.now();
        Thread.sleep(30);
        assertEquals(204, sendJson(lrs(), "PUT", context + "&stateId=second", "{}").status());
        assertEquals(204, sendJson(lrs(), "PUT", context + "&stateId=third&registration=" + registration, "{}").status());

        Http.Response all = lrs().get(context);
        assertEquals(List.of("first", "second", "third"), ids(all));
        assertFalse(all.header("Last-Modified").isEmpty());
        assertTrue(all.header("ETag").startsWith("\""));
        assertEquals(List.of("second", "third"), ids(lrs().get(context + "&since=" + q(between.toString()))));
        assertEquals(List.of("third"), ids(lrs().get(context + "&registration=" + registration)));
        assertEquals(404, lrs().get(context + "&stateId=third").status(), "a registration's state is another document");
        assertEquals(200, lrs().get(context + "&stateId=third&registration=" + registration.toUpperCase()).status());
        assertEquals(List.of(), ids(lrs().get(context() )), "an unknown context has no states (Communication 2.2.s4.b2)");
    }

    /** Communication 2.3.s5: DELETE without stateId deletes the context's states, of one registration when given. */
    @Test
    void communication2_3_s5_whenDeletedWithoutStateIdThenEveryStateOfTheContextGoes() {
        String context = context();
        String registration = UUID.randomUUID().toString();
        sendJson(lrs(), "PUT", context + "&stateId=a", "{}");
        sendJson(lrs(), "PUT", context + "&stateId=b&registration=" + registration, "{}");
        assertEquals(204, lrs().delete(context + "&registration=" + registration).status());
        assertEquals(List.of("a"), ids(lrs().get(context)));
        sendJson(lrs(), "PUT", context + "&stateId=c", "{}");
        assertEquals(204, lrs().delete(context + "&stateId=a").status());
        assertEquals(404, lrs().delete(context + "&stateId=a").status(), "nothing left to delete");
        assertEquals(204, lrs().delete(context).status());
        assertEquals(List.of(), ids(lrs().get(context)));
    }

    /** Communication 2.2.s7, 2.2.s8.b2: a JSON object POSTed merges its top-level properties into the document. */
    @Test
    void communication2_2_s7_whenAJsonObjectIsPostedThenTopLevelPropertiesAreMerged() {
        String doc = context() + "&stateId=vars";
        assertEquals(204, sendJson(lrs(), "POST", doc, "{\"x\":\"foo\",\"y\":\"bar\"}").status(), "POST creates a missing document");
        assertEquals(204, sendJson(lrs(), "POST", doc, "{\"x\":\"bash\",\"z\":{\"sâu\":[1,2]}}").status());
        JsonObject merged = lrs().get(doc).json();
        assertEquals(StatementJson.parse("{\"x\":\"bash\",\"y\":\"bar\",\"z\":{\"sâu\":[1,2]}}"), merged);
    }

    /** Communication 2.2.s8.b1: 400 and no change when the posted or the stored document is not a JSON object. */
    @Test
    void communication2_2_s8_b1_whenEitherSideIsNotAJsonObjectThenMergeIs400AndNothingChanges() {
        String doc = context() + "&stateId=notes";
        byte[] text = "ghi chú".getBytes(StandardCharsets.UTF_8);
        send(lrs(), "PUT", doc, text, "text/plain; charset=utf-8");
        Http.Response onText = sendJson(lrs(), "POST", doc, "{\"a\":1}");
        assertEquals(400, onText.status(), onText.toString());
        assertTrue(onText.text().contains("2.2.s8.b1"), onText.text());
        assertArrayEquals(text, lrs().get(doc).bytes());

        String json = context() + "&stateId=json";
        sendJson(lrs(), "PUT", json, "{\"a\":1}");
        assertEquals(400, sendJson(lrs(), "POST", json, "[1,2]").status(), "an array is no object");
        assertEquals(400, send(lrs(), "POST", json, "{\"b\":2}".getBytes(StandardCharsets.UTF_8), "text/plain").status(), "not application/json");
        assertEquals(400, sendJson(lrs(), "POST", json, "{\"b\":").status(), "not JSON");
        assertEquals(400, sendJson(lrs(), "PUT", json, "{\"b\":").status(), "PUT as application/json must be JSON (3.2.s3.b6)");
        assertEquals(StatementJson.parse("{\"a\":1}"), lrs().get(json).json());
    }

    /** Communication 3.1.s3, s4.b5-b12: If-Match and If-None-Match are honoured with 412; State needs neither. */
    @Test
    void communication3_1_whenAPreconditionFailsThen412AndNothingChanges() throws Exception {
        String doc = context() + "&stateId=progress";
        assertEquals(204, sendJson(lrs(), "PUT", doc, "{\"page\":1}", "If-None-Match", "*").status());
        assertEquals(412, sendJson(lrs(), "PUT", doc, "{\"page\":9}", "If-None-Match", "*").status());
        String etag = lrs().get(doc).header("ETag");
        assertEquals("\"" + sha1("{\"page\":1}".getBytes(StandardCharsets.UTF_8)) + "\"", etag);
        assertEquals(412, sendJson(lrs(), "PUT", doc, "{\"page\":9}", "If-Match", "\"" + sha1(new byte[]{1}) + "\"").status());
        assertEquals(412, sendJson(lrs(), "POST", doc, "{\"page\":9}", "If-Match", "\"0000\"").status());
        assertEquals(412, send(lrs(), "DELETE", doc, null, null, "If-Match", "\"0000\"").status());
        assertEquals(StatementJson.parse("{\"page\":1}"), lrs().get(doc).json(), "nothing changed");
        assertEquals(204, sendJson(lrs(), "PUT", doc, "{\"page\":2}", "If-Match", etag).status());
        assertEquals(204, sendJson(lrs(), "PUT", doc, "{\"page\":3}").status(), "State takes a PUT without headers (3.1.s3)");
        assertEquals(412, sendJson(lrs(), "PUT", context() + "&stateId=new", "{}", "If-Match", "*").status(), "If-Match on no document");
        assertEquals(204, send(lrs(), "DELETE", doc, null, null, "If-Match", lrs().get(doc).header("ETag")).status());
    }

    /** Communication 3.2.s2.b1, s3.b7, b8: missing or malformed parameters are 400 naming them. */
    @Test
    void communication3_2_whenAParameterIsMissingOrMalformedThen400() {
        String activity = "activityId=" + q("http://example.org/activities/x");
        String agent = "agent=" + q(agent(learner()));
        assertEquals(400, lrs().get("xapi/activities/state?" + agent).status(), "activityId required");
        assertEquals(400, lrs().get("xapi/activities/state?" + activity).status(), "agent required");
        for (String bad : List.of("agent=" + q("{\"mbox\":\"a@example.org\"}"), "agent=" + q("not json"),
                "agent=" + q("{\"objectType\":\"Group\",\"mbox\":\"mailto:g@example.org\"}"))) {
            Http.Response r = lrs().get("xapi/activities/state?" + activity + "&" + bad);
            assertEquals(400, r.status(), bad + ": " + r);
            assertTrue(r.text().contains("agent"), r.text());
        }
        String context = "xapi/activities/state?" + activity + "&" + agent;
        assertEquals(400, lrs().get(context + "&registration=nope").status());
        assertEquals(400, lrs().get(context + "&since=yesterday").status());
        assertEquals(400, lrs().get(context + "&since=2024-01-01T00:00:00").status(), "a time zone is required");
        assertEquals(400, lrs().get(context + "&stateId=a&since=2024-01-01T00:00:00Z").status());
        assertEquals(400, lrs().get(context + "&stateid=a").status(), "wrong case");
        assertEquals(400, lrs().get(context + "&profileId=a").status(), "not a State parameter");
        assertEquals(400, lrs().get(context + "&stateId=a&stateId=b").status(), "repeated");
        assertEquals(400, sendJson(lrs(), "PUT", context, "{}").status(), "PUT needs stateId");
        assertEquals(400, send(lrs(), "PUT", context + "&stateId=a", new byte[]{1}, "no type").status(), "Content-Type not a media type");
        assertEquals(400, lrs().header("X-Experience-API-Version", null).get(context).status(), "version header (3.3.s4.b1)");
    }

    /** Communication 3.2.s2.b2, s3.b10: no credential 401; write needs write scope, read needs read scope, OWN sees its own. */
    @Test
    void communication3_2_s3_b10_whenTheCredentialMayNotThen401Or403() {
        Http admin = Http.basic(base, Service.ADMIN, Service.DEMO_PASSWORD);
        Http reader = Lrs.newCredential(admin, base, "Thống kê", false, "ALL");
        Http writer = Lrs.newCredential(admin, base, "Ghi", true, "NONE");
        Http mine = Lrs.newCredential(admin, base, "cmi5", true, "OWN");
        String context = context();
        String doc = context + "&stateId=s";

        Http.Response anonymous = Http.anonymous(base).header("X-Experience-API-Version", "1.0.3").get(doc);
        assertEquals(401, anonymous.status());
        assertFalse(anonymous.header("WWW-Authenticate").isEmpty());
        assertEquals(401, Lrs.client(base, Lrs.DEMO_KEY, "wrong").get(doc).status());
        assertEquals(401, Http.basic(base, Service.ADMIN, Service.DEMO_PASSWORD).header("X-Experience-API-Version", "1.0.3").get(doc).status(),
                "a user account is no LRS credential");

        assertEquals(204, sendJson(writer, "PUT", doc, "{\"by\":\"writer\"}").status());
        assertEquals(403, writer.get(doc).status(), "write-only may not read");
        assertEquals(200, reader.get(doc).status());
        assertEquals(403, sendJson(reader, "PUT", doc, "{}").status(), "read-only may not write");
        assertEquals(403, sendJson(reader, "POST", doc, "{}").status());
        assertEquals(403, reader.delete(context).status());

        assertEquals(403, mine.get(doc).status(), "OWN: another credential's document");
        assertEquals(403, sendJson(mine, "PUT", doc, "{}").status());
        assertEquals(204, sendJson(mine, "PUT", context + "&stateId=mine", "{}").status());
        assertEquals(List.of("mine"), ids(mine.get(context)), "OWN lists its own");
        assertEquals(204, mine.delete(context).status());
        assertEquals(List.of("s"), ids(lrs().get(context)), "OWN deletes only its own");
    }

    /** Communication 1.3: the Alternate Request Syntax stores and reads a State too. */
    @Test
    void communication1_3_whenTheAlternateSyntaxIsUsedThenItWorksLikeTheRequestItStandsFor() {
        String activity = "http://example.org/activities/" + UUID.randomUUID();
        String agent = agent(learner());
        Http plain = Http.anonymous(base);
        String auth = "Basic " + java.util.Base64.getEncoder().encodeToString((Lrs.DEMO_KEY + ":" + Lrs.DEMO_SECRET).getBytes(StandardCharsets.UTF_8));
        Http.Response put = plain.form("xapi/activities/state?method=PUT", java.util.Map.of("Authorization", auth,
                "X-Experience-API-Version", "1.0.3", "activityId", activity, "agent", agent, "stateId", "alt",
                "content", "{\"từ\":\"biểu mẫu\"}"));
        assertEquals(204, put.status(), put.toString());
        assertEquals("{\"từ\":\"biểu mẫu\"}", lrs().get("xapi/activities/state?activityId=" + q(activity) + "&agent=" + q(agent)
                + "&stateId=alt").text());
    }
}
