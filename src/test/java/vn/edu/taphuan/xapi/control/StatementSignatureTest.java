package vn.edu.taphuan.xapi.control;

import com.nimbusds.jose.JWSAlgorithm;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.edu.taphuan.platform.Problem;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Signed statements (xAPI Data 2.6), with a key and self-signed certificate made for the test. */
class StatementSignatureTest {
    static final String ORIGINAL = """
            {"actor":{"mbox":"mailto:giao.vien@example.org","name":"Nguyễn Thị Hoa"},
             "verb":{"id":"http://adlnet.gov/expapi/verbs/completed","display":{"vi":"đã hoàn thành"}},
             "object":{"id":"http://example.org/khoa-hoc/an-toan"},
             "timestamp":"2026-12-07T08:00:00+07:00"}""";

    static TestSigner signer;
    static TestSigner stranger;

    @BeforeAll
    static void keys() {
        signer = TestSigner.create();
        stranger = TestSigner.create();
    }

    /** The statement as sent: the original with its signature attachment added. */
    static JsonObject sent(String original, String jws) {
        return StatementJson.JSON.createObjectBuilder(StatementJson.parse(original).asJsonObject())
                .add("attachments", StatementJson.JSON.createArrayBuilder().add(signature(jws))).build();
    }

    static JsonObject signature(String jws) {
        return StatementJson.JSON.createObjectBuilder().add("usageType", StatementSignature.USAGE)
                .add("display", StatementJson.JSON.createObjectBuilder().add("vi", "chữ ký"))
                .add("contentType", "application/octet-stream").add("length", jws.length()).add("sha2", "00").build();
    }

    static boolean check(JsonObject statement, String jws) {
        JsonObject a = statement.getJsonArray("attachments").getJsonObject(0);
        return StatementSignature.check(statement, a, jws == null ? null : jws.getBytes(StandardCharsets.US_ASCII), "");
    }

    static void rejected(JsonObject statement, String jws, String cites) {
        Problem p = assertThrows(Problem.class, () -> check(statement, jws));
        assertEquals(400, p.body().status());
        assertTrue(p.getMessage().contains(cites), p.getMessage());
    }

    @Test
    void whenSignedWithRs256Rs384OrRs512AndAnX5cThenVerified() {
        for (JWSAlgorithm alg : new JWSAlgorithm[]{JWSAlgorithm.RS256, JWSAlgorithm.RS384, JWSAlgorithm.RS512}) {
            String jws = signer.sign(ORIGINAL, alg, true);
            assertTrue(check(sent(ORIGINAL, jws), jws), alg.getName());
        }
    }

    @Test
    void whenTheJwsHasNoX5cThenAcceptedButNotVerified() {
        String jws = signer.sign(ORIGINAL, JWSAlgorithm.RS256, false);
        assertFalse(check(sent(ORIGINAL, jws), jws));
    }

    @Test
    void whenOnlyWhatTheLrsSetsDiffersThenEquivalent() {
        String jws = signer.sign(ORIGINAL, JWSAlgorithm.RS256, true);
        JsonObject processed = StatementJson.JSON.createObjectBuilder(sent(ORIGINAL, jws)).add("id", "6690e6c9-3ef0-4ed3-8b37-7f3964730bee")
                .add("stored", "2026-12-07T01:00:00.000Z").add("version", "1.0.3").add("timestamp", "2026-12-07T01:00:00.000Z")
                .add("authority", StatementJson.JSON.createObjectBuilder().add("mbox", "mailto:lrs@example.org")).build();
        assertTrue(check(processed, jws), "same instant, other serialisation; id, stored, version and authority ignored (Data 2.6.s5.b1)");
    }

    @Test
    void whenTheStatementDiffersFromThePayloadThen400() {
        String jws = signer.sign(ORIGINAL, JWSAlgorithm.RS256, true);
        rejected(sent(ORIGINAL.replace("completed", "failed"), jws), jws, "Data 2.6.s5.b1");
    }

    @Test
    void whenTheCertificateIsNotTheSignersThen400() {
        String jws = signer.sign(ORIGINAL, JWSAlgorithm.RS256, true);
        String otherCert = stranger.sign(ORIGINAL, JWSAlgorithm.RS256, true);
        String forged = otherCert.substring(0, otherCert.indexOf('.')) + jws.substring(jws.indexOf('.'));
        rejected(sent(ORIGINAL, forged), forged, "does not verify");
    }

    @Test
    void whenTheAlgorithmIsNotRsaShaThen400() {
        // a well-formed JWS header naming HS256 (any signature bytes: the algorithm is refused first)
        String header = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString("{\"alg\":\"HS256\"}".getBytes(StandardCharsets.UTF_8));
        String payload = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(ORIGINAL.getBytes(StandardCharsets.UTF_8));
        String jws = header + "." + payload + ".c2lnbmF0dXJl";
        rejected(sent(ORIGINAL, jws), jws, "XAPI-00117");
    }

    @Test
    void whenTheDataIsNotAJwsOrItsPayloadNotJsonOrMissingThen400() {
        rejected(sent(ORIGINAL, "not-a-jws"), "not-a-jws", "Data 2.6.s4.b1");
        String notJson = signer.sign("this is no statement", JWSAlgorithm.RS256, true);
        rejected(sent(ORIGINAL, notJson), notJson, "XAPI-00116");
        rejected(sent(ORIGINAL, "x"), null, "XAPI-00115");
    }

    @Test
    void whenTheSignatureIsNotOctetStreamThen400() {
        String jws = signer.sign(ORIGINAL, JWSAlgorithm.RS256, true);
        JsonObject statement = sent(ORIGINAL, jws);
        JsonObject plain = StatementJson.JSON.createObjectBuilder(signature(jws)).add("contentType", "text/plain").build();
        Problem p = assertThrows(Problem.class, () -> StatementSignature.check(statement, plain, jws.getBytes(StandardCharsets.US_ASCII), "[2]"));
        assertTrue(p.getMessage().contains("[2]") && p.getMessage().contains("application/octet-stream"), p.getMessage());
    }
}
