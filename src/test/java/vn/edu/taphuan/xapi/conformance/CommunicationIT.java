package vn.edu.taphuan.xapi.conformance;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.edu.taphuan.testing.Service;

import java.net.URL;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.edu.taphuan.xapi.conformance.Raw.activity;
import static vn.edu.taphuan.xapi.conformance.Raw.mbox;
import static vn.edu.taphuan.xapi.conformance.Raw.q;
import static vn.edu.taphuan.xapi.conformance.Raw.statement;
import static vn.edu.taphuan.xapi.conformance.Raw.uuid;

/**
 * Conformance of the built-in LRS to xAPI 1.0.3 Part Three (xAPI-Communication.md, §1-§3, LRS requirements), over
 * real HTTP with raw requests: one test per requirement, named after its section ({@code c<section>_s<n>_b<n>}).
 * Requirements the older resource tests already cover are not repeated here: docs/xapi.md §12 maps every LRS
 * requirement of 1.0.3 to its test.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CommunicationIT {

    @ArquillianResource
    URL base;

    @Deployment
    static WebArchive deployment() {
        return Service.war().addClasses(CommunicationIT.class, Raw.class, Raw.Answer.class, Service.class);
    }

    Raw lrs() {
        return Raw.demo(base);
    }

    String stored(String json) {
        Raw.Answer r = lrs().post("xapi/statements", json);
        assertEquals(200, r.status(), r.toString());
        return r.array().getString(0);
    }

    /** 1.1.s3.b1, b1.b1: HEAD answers as GET would, without the body, on every resource that has GET. */
    @Test
    void c1_1_s3_b1_headAnswersLikeGetWithoutTheBody() {
        String agent = q("{\"mbox\":\"" + mbox() + "\"}");
        String act = activity();
        String id = stored(statement(mbox(), act, ""));
        assertEquals(204, lrs().put("xapi/activities/state?activityId=" + q(act) + "&agent=" + agent + "&stateId=s", "{\"a\":1}").status());
        for (String path : List.of("xapi/statements?statementId=" + id, "xapi/statements?activity=" + q(act), "xapi/about",
                "xapi/activities/state?activityId=" + q(act) + "&agent=" + agent + "&stateId=s", "xapi/activities/state?activityId=" + q(act)
                        + "&agent=" + agent, "xapi/agents?agent=" + agent, "xapi/activities?activityId=" + q(act),
                "xapi/agents/profile?agent=" + agent, "xapi/activities/profile?activityId=" + q(act))) {
            Raw.Answer get = lrs().get(path);
            Raw.Answer head = lrs().send("HEAD", path, null, (byte[]) null);
            assertEquals(get.status(), head.status(), path);
            assertEquals(0, head.body().length, path);
            assertEquals(get.header("ETag"), head.header("ETag"), path);
            assertEquals(get.header("Content-Type"), head.header("Content-Type"), path);
        }
    }

    /** 1.5.1.s1.b1: an application/json batch without Attachment Objects is accepted. */
    @Test
    void c1_5_1_s1_b1_aJsonBatchWithoutAttachmentsIsAccepted() {
        Raw.Answer r = lrs().post("xapi/statements", "[" + statement(mbox(), activity(), "") + "," + statement(mbox(), activity(), "") + "]");
        assertEquals(200, r.status(), r.toString());
        assertEquals(2, r.array().size());
    }

    /** 1.5.1.s1.b2: an application/json batch whose attachments all have a fileUrl is accepted. */
    @Test
    void c1_5_1_s1_b2_aJsonBatchWhoseAttachmentsHaveFileUrlsIsAccepted() {
        String attachment = """
                ,"attachments":[{"usageType":"http://example.org/usage/certificate","display":{"vi":"Giấy chứng nhận"},
                  "contentType":"application/pdf","length":12345,"sha2":"%s","fileUrl":"https://example.org/cert.pdf"}]"""
                .formatted("a".repeat(64));
        Raw.Answer r = lrs().post("xapi/statements", "[" + statement(mbox(), activity(), attachment) + "]");
        assertEquals(200, r.status(), r.toString());
    }

    /** 1.5.2.s3.b8: a multipart/mixed batch with no Attachment Objects is accepted. */
    @Test
    void c1_5_2_s3_b8_aMultipartBatchWithoutAttachmentsIsAccepted() {
        String body = "--xyz\r\nContent-Type: application/json\r\n\r\n" + statement(mbox(), activity(), "") + "\r\n--xyz--\r\n";
        Raw.Answer r = lrs().send("POST", "xapi/statements", "multipart/mixed; boundary=xyz", body);
        assertEquals(200, r.status(), r.toString());
    }

    /** 2.1.3.s2.b4: no match is still 200 with a StatementResult whose statements are an empty array. */
    @Test
    void c2_1_3_s2_b4_noMatchIs200AndAnEmptyArray() {
        Raw.Answer r = lrs().get("xapi/statements?activity=" + q(activity()));
        assertEquals(200, r.status(), r.toString());
        assertEquals(0, r.object().getJsonArray("statements").size());
    }

    /** 2.1.3.s2.b5: X-Experience-API-Consistent-Through, an ISO 8601 time, on every Statement resource response, errors too. */
    @Test
    void c2_1_3_s2_b5_everyStatementResponseSaysHowFarItIsConsistent() {
        String id = uuid();
        List<Raw.Answer> answers = List.of(lrs().post("xapi/statements", statement(mbox(), activity(), "")),
                lrs().put("xapi/statements?statementId=" + id, statement(mbox(), activity(), "")),
                lrs().get("xapi/statements?statementId=" + id), lrs().get("xapi/statements?limit=1"),
                lrs().get("xapi/statements?statementId=" + uuid()), lrs().post("xapi/statements", "{\"actor\":{}}"));
        for (Raw.Answer a : answers) {
            String through = a.header("X-Experience-API-Consistent-Through");
            assertNotNull(through, a.toString());
            assertFalse(Instant.parse(through).isAfter(Instant.now().plusSeconds(60)), through);
            assertNotNull(a.header("Date"), "a Date to compare it with");
        }
    }

    /** 2.1.3.s2.b7: attachments=false sends no attachment data and reports application/json. */
    @Test
    void c2_1_3_s2_b7_attachmentsFalseAnswersApplicationJson() {
        String id = stored(statement(mbox(), activity(), ""));
        Raw.Answer r = lrs().get("xapi/statements?statementId=" + id + "&attachments=false");
        assertEquals(200, r.status());
        assertTrue(r.header("Content-Type").startsWith("application/json"), r.header("Content-Type"));
    }

    /** 2.1.3.s2.b8: Last-Modified is the statement's stored time. */
    @Test
    void c2_1_3_s2_b8_lastModifiedIsTheStoredTime() {
        String id = stored(statement(mbox(), activity(), ""));
        Raw.Answer r = lrs().get("xapi/statements?statementId=" + id);
        Instant stored = Instant.parse(r.object().getString("stored")).truncatedTo(ChronoUnit.SECONDS);
        assertEquals(stored, ZonedDateTime.parse(r.header("Last-Modified"), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
    }

    /** 2.1.3.s3: a statement targeting another with a StatementRef matches the filters its target matches, recursively. */
    @Test
    void c2_1_3_s3_aStatementRefMatchesTheFiltersOfItsTarget() {
        String learner = mbox();
        String act = activity();
        String target = stored(statement(learner, act, ""));
        String comment = stored("""
                {"actor":{"mbox":"mailto:mentor@example.org"},"verb":{"id":"http://example.org/commented"},
                 "object":{"objectType":"StatementRef","id":"%s"}}""".formatted(target));
        String onComment = stored("""
                {"actor":{"mbox":"mailto:principal@example.org"},"verb":{"id":"http://example.org/confirmed"},
                 "object":{"objectType":"StatementRef","id":"%s"}}""".formatted(comment));
        for (String filter : List.of("agent=" + q("{\"mbox\":\"" + learner + "\"}"), "activity=" + q(act))) {
            List<String> ids = lrs().get("xapi/statements?" + filter).object().getJsonArray("statements").stream()
                    .map(s -> s.asJsonObject().getString("id")).toList();
            assertEquals(List.of(onComment, comment, target), ids, filter);
        }
    }

    /** 2.1.3.s4.b3 (and Data 2.4.4.1.s4.b3): format=canonical returns the definition the LRS holds, not the one stored with the statement. */
    @Test
    void c2_1_3_s4_b3_canonicalFormatReturnsTheDefinitionTheLrsHolds() {
        String act = activity();
        String first = stored(statement(mbox(), act, "").replace("\"id\":\"" + act + "\"}",
                "\"id\":\"" + act + "\",\"definition\":{\"name\":{\"en\":\"Old name\",\"vi\":\"Tên cũ\"}}}"));
        stored(statement(mbox(), act, "").replace("\"id\":\"" + act + "\"}",
                "\"id\":\"" + act + "\",\"definition\":{\"name\":{\"en\":\"New name\",\"vi\":\"Tên mới\"}}}"));
        JsonObject canonical = lrs().get("xapi/statements?statementId=" + first + "&format=canonical", "Accept-Language", "vi").object();
        assertEquals("{\"vi\":\"Tên mới\"}", canonical.getJsonObject("object").getJsonObject("definition").getJsonObject("name").toString());
        JsonObject exact = lrs().get("xapi/statements?statementId=" + first).object();
        assertEquals("Tên cũ", exact.getJsonObject("object").getJsonObject("definition").getJsonObject("name").getString("vi"));
    }

    /** 2.2.s4.b2: documents about activities and agents the LRS has never seen are kept. */
    @Test
    void c2_2_s4_b2_documentsAboutUnknownActivitiesAndAgentsAreKept() {
        String agent = q("{\"mbox\":\"" + mbox() + "\"}");
        String act = q(activity());
        assertEquals(204, lrs().put("xapi/activities/state?activityId=" + act + "&agent=" + agent + "&stateId=s", "{}").status());
        assertEquals(204, lrs().put("xapi/activities/profile?activityId=" + act + "&profileId=p", "{}", "If-None-Match", "*").status());
        assertEquals(204, lrs().put("xapi/agents/profile?agent=" + agent + "&profileId=p", "{}", "If-None-Match", "*").status());
    }

    /** 2.2.s6.b2: a list of document ids carries the Last-Modified of the newest document. */
    @Test
    void c2_2_s6_b2_aListOfIdsCarriesTheNewestLastModified() throws Exception {
        String context = "xapi/activities/state?activityId=" + q(activity()) + "&agent=" + q("{\"mbox\":\"" + mbox() + "\"}");
        assertEquals(204, lrs().put(context + "&stateId=a", "{}").status());
        Thread.sleep(1100);
        assertEquals(204, lrs().put(context + "&stateId=b", "{}").status());
        String newest = lrs().get(context + "&stateId=b").header("Last-Modified");
        Raw.Answer ids = lrs().get(context);
        assertEquals(200, ids.status());
        assertEquals(newest, ids.header("Last-Modified"));
    }

    /** 2.4.s6.b1, b2: the Person object has array properties only of the Agent's kinds, each once. */
    @Test
    void c2_4_s6_b2_thePersonHasNoOtherProperties() {
        String learner = mbox();
        stored(statement(learner, activity(), "").replace("\"objectType\":\"Agent\",", "\"objectType\":\"Agent\",\"name\":\"Trần Văn Bình\","));
        JsonObject person = lrs().get("xapi/agents?agent=" + q("{\"mbox\":\"" + learner + "\"}")).object();
        assertTrue(Set.of("objectType", "name", "mbox", "mbox_sha1sum", "openid", "account").containsAll(person.keySet()), person.toString());
        assertEquals("Person", person.getString("objectType"));
        assertEquals(List.of(learner), person.getJsonArray("mbox").getValuesAs(JsonString::getString));
        assertEquals(List.of("Trần Văn Bình"), person.getJsonArray("name").getValuesAs(JsonString::getString));
    }

    /** 2.8.s5.b1, b1.b1: About lists the latest patch version of 1.0 the LRS conforms to. */
    @Test
    void c2_8_s5_b1_aboutListsTheVersion() {
        List<String> versions = lrs().get("xapi/about").object().getJsonArray("version").getValuesAs(JsonString::getString);
        assertTrue(versions.contains("1.0.3"), versions.toString());
    }

    /** 2.8.s5.b2: About has no properties but version and extensions. */
    @Test
    void c2_8_s5_b2_aboutHasNoOtherProperties() {
        assertTrue(Set.of("version", "extensions").containsAll(lrs().get("xapi/about").object().keySet()));
    }

    /** 2.8.s5.b3: About is open without credentials. */
    @Test
    void c2_8_s5_b3_aboutIsOpenWithoutCredentials() {
        assertEquals(200, Raw.anonymous(base).get("xapi/about").status());
    }

    /** 2.8.s5.b4: About answers whatever the version header says. */
    @Test
    void c2_8_s5_b4_aboutIgnoresTheVersionHeader() {
        assertEquals(200, lrs().get("xapi/about", "X-Experience-API-Version", null).status());
        assertEquals(200, lrs().get("xapi/about", "X-Experience-API-Version", "0.95").status());
        assertEquals(200, lrs().get("xapi/about", "X-Experience-API-Version", "2.0.0").status());
    }

    /** 3.2.s3.b2-b4: an error explains its cause, as JSON, plain text or HTML by content negotiation. */
    @Test
    void c3_2_s3_b4_errorsComeAsJsonPlainTextOrHtml() {
        String path = "xapi/statements?statementId=not-a-uuid";
        Raw.Answer json = lrs().get(path, "Accept", "application/json");
        assertEquals(400, json.status());
        assertTrue(json.header("Content-Type").startsWith("application/json"));
        assertTrue(json.object().getString("message").contains("statementId"), json.toString());
        Raw.Answer text = lrs().get(path, "Accept", "text/plain");
        assertEquals(400, text.status());
        assertTrue(text.header("Content-Type").startsWith("text/plain"), text.header("Content-Type"));
        assertTrue(text.text().startsWith("400 ") && text.text().contains("statementId"), text.text());
        Raw.Answer html = lrs().get(path, "Accept", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8");
        assertTrue(html.header("Content-Type").startsWith("text/html"), html.header("Content-Type"));
        assertTrue(html.text().contains("<pre>400 "), html.text());
        assertTrue(lrs().get(path, "Accept", "*/*").header("Content-Type").startsWith("application/json"));
    }

    /** 3.2.s3.b6: content that does not match its content type, or a structure the type does not allow, is 400. */
    @Test
    void c3_2_s3_b6_contentThatIsNotItsContentTypeIs400() {
        assertEquals(400, lrs().send("POST", "xapi/statements", "application/json", "actor=me").status());
        assertEquals(400, lrs().send("POST", "xapi/statements", "multipart/mixed; boundary=xyz", statement(mbox(), activity(), "")).status());
        String merge = "xapi/activities/state?activityId=" + q(activity()) + "&agent=" + q("{\"mbox\":\"" + mbox() + "\"}") + "&stateId=s";
        assertEquals(400, lrs().send("POST", merge, "application/json", "[1,2]").status(), "a JSON document merges only as an object");
    }

    /** 3.2.s3.b7: a parameter the resource does not know is 400, on every resource. */
    @Test
    void c3_2_s3_b7_anUnknownParameterIs400() {
        String agent = q("{\"mbox\":\"" + mbox() + "\"}");
        for (String path : List.of("xapi/statements?verbs=x", "xapi/activities/state?activityId=" + q(activity()) + "&agent=" + agent
                + "&stateId=s&session=1", "xapi/agents?agent=" + agent + "&format=ids", "xapi/activities?activityId=" + q(activity())
                + "&since=2024-01-01T00:00:00Z", "xapi/agents/profile?agent=" + agent + "&stateId=x")) {
            Raw.Answer r = lrs().get(path);
            assertEquals(400, r.status(), path + " " + r);
        }
    }

    /** 3.2.s3.b8: a parameter matching one of the specification's in all but case is 400. */
    @Test
    void c3_2_s3_b8_aParameterInAnotherCaseIs400() {
        assertEquals(400, lrs().get("xapi/statements?statementID=" + uuid()).status());
        assertEquals(400, lrs().get("xapi/activities?activityID=" + q(activity())).status());
        assertEquals(400, lrs().get("xapi/agents/profile?Agent=" + q("{\"mbox\":\"" + mbox() + "\"}")).status());
    }

    /** 3.2.s3.b11: a statement or a document over the LRS's limit is 413 (limits: docs/xapi.md §8). */
    @Test
    void c3_2_s3_b11_aStatementOrDocumentOverTheLimitIs413() {
        String id = uuid();
        String big = statement(mbox(), activity(), ",\"result\":{\"response\":\"" + "x".repeat(1_000_001) + "\"}");
        Raw.Answer statement = lrs().put("xapi/statements?statementId=" + id, big);
        assertEquals(413, statement.status(), statement.toString().substring(0, 200));
        assertEquals(404, lrs().get("xapi/statements?statementId=" + id).status());
        String doc = "xapi/activities/state?activityId=" + q(activity()) + "&agent=" + q("{\"mbox\":\"" + mbox() + "\"}") + "&stateId=big";
        Raw.Answer document = lrs().send("PUT", doc, "application/octet-stream", new byte[10_000_001]);
        assertEquals(413, document.status(), document.toString().substring(0, Math.min(200, document.toString().length())));
        assertEquals(404, lrs().get(doc).status());
    }

    /** 3.3.s3.b1, b2: every response carries X-Experience-API-Version 1.0.3, errors and denials too. */
    @Test
    void c3_3_s3_b1_everyResponseCarriesTheVersion() {
        for (Raw.Answer a : List.of(lrs().get("xapi/about"), lrs().get("xapi/statements?limit=1"), lrs().get("xapi/nothing-here"),
                Raw.anonymous(base).get("xapi/statements"), lrs().get("xapi/statements", "X-Experience-API-Version", null))) {
            assertEquals("1.0.3", a.header("X-Experience-API-Version"), a.toString());
        }
    }

    /** 3.3.s3.b3: a version header of 1.0 is taken as 1.0.0. */
    @Test
    void c3_3_s3_b3_versionOneZeroIsAccepted() {
        assertEquals(200, lrs().get("xapi/statements?limit=1", "X-Experience-API-Version", "1.0").status());
    }

    /** 3.3.s3.b4, b7: a version before 1.0.0 (or none) is 400 with a description. */
    @Test
    void c3_3_s3_b4_aVersionBeforeOneZeroIs400() {
        for (String v : new String[]{"0.95", "0.9", null}) {
            Raw.Answer r = lrs().get("xapi/statements?limit=1", "X-Experience-API-Version", v);
            assertEquals(400, r.status(), v);
            assertTrue(r.object().getString("message").contains("X-Experience-API-Version"), r.toString());
        }
    }

    /** 3.3.s3.b5: any 1.0.x version header is accepted. */
    @Test
    void c3_3_s3_b5_anyOneZeroPatchIsAccepted() {
        for (String v : new String[]{"1.0.0", "1.0.1", "1.0.2", "1.0.3", "1.0.9"}) {
            assertEquals(200, lrs().get("xapi/statements?limit=1", "X-Experience-API-Version", v).status(), v);
        }
    }

    /** 3.3.s3.b6, b7: a version header of 1.1.0 or later is 400 with a description. */
    @Test
    void c3_3_s3_b6_versionOneOneOrLaterIs400() {
        for (String v : new String[]{"1.1.0", "2.0.0"}) {
            Raw.Answer r = lrs().post("xapi/statements", statement(mbox(), activity(), ""), "X-Experience-API-Version", v);
            assertEquals(400, r.status(), v);
            assertTrue(r.object().getString("message").contains(v) || r.object().getString("message").contains("version"), r.toString());
        }
    }

    /** 4.0.s3.b1: HTTP Basic authentication; without credentials 401 with a challenge, with wrong ones 401. */
    @Test
    void c4_0_s3_b1_basicAuthenticationIsRequired() {
        Raw.Answer none = Raw.anonymous(base).get("xapi/statements?limit=1");
        assertEquals(401, none.status());
        assertTrue(none.header("WWW-Authenticate").startsWith("Basic"), none.header("WWW-Authenticate"));
        assertEquals(401, Raw.as(base, "demo-lrs-key", "wrong-" + uuid()).get("xapi/statements?limit=1").status());
        assertEquals(200, lrs().get("xapi/statements?limit=1").status());
    }
}
