package vn.edu.taphuan.xapi.boundary;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import vn.edu.taphuan.testing.Http;
import vn.edu.taphuan.testing.Service;
import vn.edu.taphuan.xapi.control.StatementJson;

import java.time.Instant;
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
 * The Activity Profile and Agent Profile resources of the built-in LRS over real HTTP (xAPI 1.0.3 Communication 2.6,
 * 2.7 and the concurrency rules of 3.1 that apply to profiles only), raw requests, each test named after its section.
 */
abstract class ProfileResourcesChecks extends AgentsAndActivitiesChecks {

    static String activityProfiles() {
        return "xapi/activities/profile?activityId=" + q("http://example.org/activities/" + UUID.randomUUID());
    }

    static String agentProfiles() {
        return "xapi/agents/profile?agent=" + q(agent(learner()));
    }


    /** Communication 2.7.s3, s4 and 2.6.s3, s4: PUT, GET one, GET ids (since), DELETE; any content type. */
    @Test
    void communication2_6_and_2_7_whenProfilesAreStoredThenTheyAreReadListedAndDeleted() throws Exception {
        for (String context : List.of(activityProfiles(), agentProfiles())) {
            byte[] picture = {(byte) 0x89, 'P', 'N', 'G', 0, 13, 10, 26, 10, (byte) 0xff};
            assertEquals(204, send(lrs(), "PUT", context + "&profileId=picture", picture, "image/png", "If-None-Match", "*").status());
            Thread.sleep(30);
            Instant between = Instant.now();
            Thread.sleep(30);
            assertEquals(204, sendJson(lrs(), "PUT", context + "&profileId=" + q("sở thích"), "{\"ngôn ngữ\":\"vi\"}",
                    "If-None-Match", "*").status());
            Http.Response got = lrs().get(context + "&profileId=picture");
            assertArrayEquals(picture, got.bytes(), context);
            assertTrue(got.header("Content-Type").startsWith("image/png"), got.header("Content-Type"));
            assertFalse(got.header("Last-Modified").isEmpty());
            assertEquals(List.of("picture", "sở thích"), ids(lrs().get(context)), context);
            assertEquals(List.of("sở thích"), ids(lrs().get(context + "&since=" + q(between.toString()))));
            assertEquals(204, send(lrs(), "DELETE", context + "&profileId=picture", null, null, "If-Match", got.header("ETag")).status());
            assertEquals(404, lrs().get(context + "&profileId=picture").status());
            assertEquals(400, lrs().delete(context).status(), "a profile DELETE names its profileId");
            assertEquals(400, lrs().get(context + "&profileId=a&registration=" + UUID.randomUUID()).status(), "no registration here");
        }
    }

    /** Communication 3.1.s4.b13-b15: a PUT over an existing profile without If-Match or If-None-Match is 409 and explains. */
    @Test
    void communication3_1_s4_b13_whenAnExistingProfileIsPutWithoutPreconditionThen409() {
        for (String context : List.of(activityProfiles(), agentProfiles())) {
            String doc = context + "&profileId=p";
            assertEquals(204, sendJson(lrs(), "PUT", doc, "{\"v\":1}").status(), "a new profile needs no header");
            Http.Response conflict = sendJson(lrs(), "PUT", doc, "{\"v\":2}");
            assertEquals(409, conflict.status(), conflict.toString());
            assertTrue(conflict.text().contains("If-Match") && conflict.text().contains("current state of the document"), conflict.text());
            assertEquals(StatementJson.parse("{\"v\":1}"), lrs().get(doc).json(), "nothing changed (3.1.s4.b15)");
            String etag = lrs().get(doc).header("ETag");
            assertEquals(412, sendJson(lrs(), "PUT", doc, "{\"v\":2}", "If-Match", "\"aaaa\"").status());
            assertEquals(412, sendJson(lrs(), "PUT", doc, "{\"v\":2}", "If-None-Match", "*").status());
            assertEquals(204, sendJson(lrs(), "PUT", doc, "{\"v\":2}", "If-Match", etag).status());
            assertEquals(412, sendJson(lrs(), "PUT", doc, "{\"v\":3}", "If-Match", etag).status(), "the old ETag no longer matches");
            assertEquals(StatementJson.parse("{\"v\":2}"), lrs().get(doc).json());
        }
    }

    /** Communication 2.2.s7, s8 on profiles: POST merges JSON objects, with If-Match honoured (3.1.s4.b7). */
    @Test
    void communication2_2_s7_whenAProfileIsPostedThenItMergesAndHonoursIfMatch() {
        String doc = agentProfiles() + "&profileId=cmi5LearnerPreferences";
        assertEquals(204, sendJson(lrs(), "POST", doc, "{\"languagePreference\":\"vi-VN\"}").status());
        String etag = lrs().get(doc).header("ETag");
        assertEquals(412, sendJson(lrs(), "POST", doc, "{\"audioPreference\":\"off\"}", "If-Match", "\"bbbb\"").status());
        assertEquals(204, sendJson(lrs(), "POST", doc, "{\"audioPreference\":\"off\"}", "If-Match", etag).status());
        assertEquals(StatementJson.parse("{\"languagePreference\":\"vi-VN\",\"audioPreference\":\"off\"}"), lrs().get(doc).json());
        String binary = activityProfiles() + "&profileId=b";
        send(lrs(), "PUT", binary, new byte[]{1, 2, 3}, "application/octet-stream");
        assertEquals(400, sendJson(lrs(), "POST", binary, "{\"a\":1}").status(), "the stored one is no JSON object (2.2.s8.b1)");
        assertArrayEquals(new byte[]{1, 2, 3}, lrs().get(binary).bytes());
    }

    /** Communication 2.6.s3 note: the agent is an Agent, not a Group; activityId an IRI (3.2.s2.b1). */
    @Test
    void communication2_6_s3_whenTheAgentOrActivityIsMalformedThen400() {
        assertEquals(400, lrs().get("xapi/agents/profile?agent=" + q("{\"objectType\":\"Group\",\"member\":[{\"mbox\":\"mailto:a@example.org\"}]}")).status());
        assertEquals(400, lrs().get("xapi/agents/profile?agent=" + q("{\"mbox\":\"mailto:a@example.org\",\"openid\":\"http://a.example.org\"}")).status(),
                "two identifiers");
        assertEquals(400, lrs().get("xapi/agents/profile").status());
        assertEquals(400, lrs().get("xapi/activities/profile?activityId=" + q("not an iri")).status());
        assertEquals(400, lrs().get("xapi/activities/profile?activityId=" + q("http://example.org/a") + "&agent=" + q(agent(learner()))).status(),
                "agent is not an Activity Profile parameter");
    }

    /** Communication 3.2.s3.b10: read-only credentials cannot change profiles; nobody without a credential reads them. */
    @Test
    void communication3_2_s3_b10_whenTheCredentialMayNotThenAProfileIs401Or403() {
        Http admin = Http.basic(base, Service.ADMIN, Service.DEMO_PASSWORD);
        JsonObject readOnly = admin.post("api/xapi/credentials", "{\"label\":\"Chỉ đọc\",\"write\":false,\"read\":\"ALL\"}").json();
        Http reader = Lrs.client(base, readOnly.getString("key"), readOnly.getString("secret"));
        String doc = activityProfiles() + "&profileId=p";
        assertEquals(401, Http.anonymous(base).header("X-Experience-API-Version", "1.0.3").get(doc).status());
        assertEquals(403, sendJson(reader, "PUT", doc, "{}", "If-None-Match", "*").status());
        assertEquals(204, sendJson(lrs(), "PUT", doc, "{}").status());
        assertEquals(200, reader.get(doc).status());
        assertEquals(403, send(reader, "DELETE", doc, null, null).status());
        assertEquals(404, reader.get(agentProfiles() + "&profileId=p").status(), "reading needs read scope only");
        assertEquals(401, send(Http.anonymous(base), "DELETE", doc, null, null).status());
        assertEquals("{}", lrs().get(doc).text(), "nothing changed");
    }
}
