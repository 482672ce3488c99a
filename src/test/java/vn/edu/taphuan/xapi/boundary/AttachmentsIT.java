package vn.edu.taphuan.xapi.boundary;

import com.nimbusds.jose.JWSAlgorithm;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.edu.taphuan.testing.Http;
import vn.edu.taphuan.testing.Service;
import vn.edu.taphuan.xapi.control.StatementJson;
import vn.edu.taphuan.xapi.control.StatementSignature;
import vn.edu.taphuan.xapi.control.TestSigner;

import java.io.ByteArrayInputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.edu.taphuan.xapi.boundary.Lrs.id;
import static vn.edu.taphuan.xapi.boundary.Lrs.learner;
import static vn.edu.taphuan.xapi.boundary.Lrs.q;

/**
 * Statements with attachment data over real HTTP (xAPI Communication 1.5.2, Data 2.4.11) and signed statements
 * (Data 2.6): multipart/mixed requests in, multipart/mixed answers out with {@code attachments=true}. Each test is
 * named by the section it shows.
 */
@ExtendWith(ArquillianExtension.class)
class AttachmentsIT {
    static final String BOUNDARY = "abcABC0123'()+_,-./:=?";
    static final String MULTIPART = "multipart/mixed; boundary=\"" + BOUNDARY + "\"";

    @Deployment
    static WebArchive deployment() {
        return Service.war().addClasses(AttachmentsIT.class, Lrs.class, Http.class, Http.Response.class, Service.class, TestSigner.class,
                MultipartReader.class, MultipartReader.Part.class);
    }

    @ArquillianResource
    URL base;

    Http lrs() {
        return Lrs.demo(base);
    }

    /** A statement by {@code mbox} with these attachment objects (JSON texts). */
    static String statement(String statementId, String mbox, String... attachments) {
        return "{" + (statementId == null ? "" : "\"id\":\"" + statementId + "\",") + "\"actor\":{\"mbox\":\"" + mbox + "\"},"
                + "\"verb\":{\"id\":\"http://adlnet.gov/expapi/verbs/attempted\"},\"object\":{\"id\":\"http://example.org/bai-tap/1\"},"
                + "\"attachments\":[" + String.join(",", attachments) + "]}";
    }

    static String attachment(String usageType, String contentType, byte[] data, String extra) {
        return "{\"usageType\":\"" + usageType + "\",\"display\":{\"vi\":\"Bài làm\"},\"contentType\":\"" + contentType + "\",\"length\":"
                + data.length + ",\"sha2\":\"" + sha256(data) + "\"" + extra + "}";
    }

    static String sha256(byte[] data) {
        return StatementRequest.digest("0".repeat(64), data);
    }

    /** A multipart/mixed body: the JSON, then each data part as (content type, bytes), with the headers of 1.5.2.s2.b2. */
    static byte[] body(String json, Object... parts) {
        var out = new java.io.ByteArrayOutputStream();
        out.writeBytes(("--" + BOUNDARY + "\r\nContent-Type: application/json\r\n\r\n" + json).getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < parts.length; i += 2) {
            byte[] data = (byte[]) parts[i + 1];
            out.writeBytes(("\r\n--" + BOUNDARY + "\r\nContent-Type: " + parts[i] + "\r\nContent-Transfer-Encoding: binary\r\n"
                    + "X-Experience-API-Hash: " + sha256(data) + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            out.writeBytes(data);
        }
        out.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    Http.Response post(byte[] body) {
        return lrs().post("xapi/statements", body, MULTIPART);
    }

    /** The parts of a multipart/mixed answer. */
    static List<MultipartReader.Part> parts(Http.Response r) {
        assertEquals(200, r.status(), r.toString());
        MultipartReader reader = new MultipartReader(new ByteArrayInputStream(r.bytes()), MultipartReader.boundary(r.header("Content-Type")));
        List<MultipartReader.Part> parts = new ArrayList<>();
        for (MultipartReader.Part p = reader.next(1 << 24, "part"); p != null; p = reader.next(1 << 24, "part")) {
            parts.add(p);
        }
        return parts;
    }

    static byte[] binary(int n) {
        byte[] data = new byte[n];
        for (int i = 0; i < n; i++) {
            data[i] = (byte) (i * 31 + (i >> 8));
        }
        return data;
    }

    @Test
    @RunAsClient
    void communication152s3b4WhenAStatementComesWithItsDataThenStoredAndAnsweredWithAttachmentsTrue() {
        String mbox = learner();
        String statementId = id();
        byte[] pdf = binary(70_000);
        byte[] note = "Bài làm của tôi\r\n--".getBytes(StandardCharsets.UTF_8);
        String json = statement(statementId, mbox, attachment("http://example.org/bai-lam", "application/pdf", pdf, ""),
                attachment("http://example.org/ghi-chu", "text/plain; charset=utf-8", note, ""));
        Http.Response stored = post(body(json, "application/pdf", pdf, "text/plain", note));
        assertEquals(200, stored.status(), stored.toString());

        List<MultipartReader.Part> one = parts(lrs().get("xapi/statements?statementId=" + statementId + "&attachments=true"));
        assertEquals(3, one.size());
        assertEquals(statementId, StatementJson.parse(new String(one.get(0).content(), StandardCharsets.UTF_8)).asJsonObject().getString("id"));
        assertEquals(sha256(pdf), one.get(1).header("X-Experience-API-Hash"));
        assertEquals("application/pdf", one.get(1).header("Content-Type"));
        assertEquals("binary", one.get(1).header("Content-Transfer-Encoding"));
        assertEquals(String.valueOf(pdf.length), one.get(1).header("Content-Length"));
        assertArrayEquals(pdf, one.get(1).content());
        assertArrayEquals(note, one.get(2).content());

        List<MultipartReader.Part> list = parts(lrs().get("xapi/statements?agent=" + q(Lrs.agent(mbox)) + "&attachments=true"));
        JsonArray statements = StatementJson.parse(new String(list.get(0).content(), StandardCharsets.UTF_8)).asJsonObject().getJsonArray("statements");
        assertEquals(1, statements.size());
        assertEquals(3, list.size(), "a StatementResult carries its statements' data too (Communication 2.1.3)");

        Http.Response plain = lrs().get("xapi/statements?statementId=" + statementId);
        assertTrue(plain.header("Content-Type").startsWith("application/json"), "without attachments=true: JSON only");
    }

    @Test
    @RunAsClient
    void communication152s2b2b5WhenStatementsOfABatchShareOneAttachmentThenOnePartServesAll() {
        String mbox = learner();
        byte[] photo = binary(5_000);
        String a = attachment("http://example.org/anh", "image/png", photo, "");
        String batch = "[" + statement(null, mbox, a) + "," + statement(null, mbox, a) + "]";
        Http.Response stored = post(body(batch, "image/png", photo));
        assertEquals(200, stored.status(), stored.toString());
        List<MultipartReader.Part> list = parts(lrs().get("xapi/statements?agent=" + q(Lrs.agent(mbox)) + "&attachments=true"));
        assertEquals(2, list.size(), "the data once for both statements");
        assertArrayEquals(photo, list.get(1).content());
    }

    @Test
    @RunAsClient
    void communication211WhenAStatementIsPutAsMultipartThenItsDataIsStored() {
        String statementId = id();
        byte[] data = binary(1_000);
        String json = statement(null, learner(), attachment("http://example.org/bai-lam", "application/octet-stream", data, ""));
        Http.Response put = Lrs.send(lrs(), "PUT", "xapi/statements?statementId=" + statementId, body(json, "application/octet-stream", data),
                MULTIPART);
        assertEquals(204, put.status(), put.toString());
        assertArrayEquals(data, parts(lrs().get("xapi/statements?statementId=" + statementId + "&attachments=true")).get(1).content());
    }

    @Test
    @RunAsClient
    void communication152s3b5WhenDataIsMissingWrongOrUnnamedThen400AndNothingStored() {
        byte[] data = binary(2_000);
        String statementId = id();
        String named = attachment("http://example.org/bai-lam", "application/pdf", data, "");
        String json = statement(statementId, learner(), named);
        assertEquals(400, post(body(json)).status(), "no part for an attachment without fileUrl (1.5.2.s3.b5)");
        assertEquals(400, post(body(json, "application/pdf", binary(2_001))).status(), "a part no attachment names");
        byte[] wrongHash = body(json, "application/pdf", data);
        int at = indexOf(wrongHash, ("X-Experience-API-Hash: " + sha256(data)).getBytes(StandardCharsets.US_ASCII)) + "X-Experience-API-Hash: ".length();
        wrongHash[at] = (byte) (wrongHash[at] == 'a' ? 'b' : 'a');
        assertEquals(400, post(wrongHash).status(), "a hash that is not the data's (Data 2.4.11)");
        assertEquals(400, post(body(json, "text/html", data)).status(), "a part of another content type (1.5.2.s2.b2.b7)");
        byte[] base64 = new String(body(json, "application/pdf", data), StandardCharsets.ISO_8859_1).replace("binary", "base64")
                .getBytes(StandardCharsets.ISO_8859_1);
        assertEquals(400, post(base64).status(), "Content-Transfer-Encoding other than binary (1.5.2.s2.b2.b4)");
        byte[] firstNotJson = new String(body(json, "application/pdf", data), StandardCharsets.ISO_8859_1)
                .replaceFirst("application/json", "text/plain").getBytes(StandardCharsets.ISO_8859_1);
        assertEquals(400, post(firstNotJson).status(), "first part not application/json (1.5.2.s2.b2.b1)");
        assertEquals(400, lrs().post("xapi/statements", json).status(), "application/json needs a fileUrl (1.5.2.s2.b1)");
        assertEquals(404, lrs().get("xapi/statements?statementId=" + statementId).status(), "nothing stored");

        String withUrl = statement(null, learner(), attachment("http://example.org/bai-lam", "application/pdf", data,
                ",\"fileUrl\":\"http://example.org/files/bai-lam.pdf\""));
        assertEquals(200, post(body(withUrl)).status(), "fileUrl only, in multipart/mixed (1.5.2.s3.b9)");
        assertEquals(200, lrs().post("xapi/statements", withUrl).status(), "fileUrl only, in application/json (1.5.2.s2.b1)");
    }

    @Test
    @RunAsClient
    void data26WhenASignedStatementComesThenItsSignatureIsCheckedAndItIsStoredWithIt() {
        TestSigner signer = TestSigner.create();
        String mbox = learner();
        String original = "{\"actor\":{\"mbox\":\"" + mbox + "\"},\"verb\":{\"id\":\"http://adlnet.gov/expapi/verbs/completed\"},"
                + "\"object\":{\"id\":\"http://example.org/khoa-hoc/an-toan\"}}";
        byte[] jws = signer.sign(original, JWSAlgorithm.RS256, true).getBytes(StandardCharsets.US_ASCII);
        JsonObject signature = StatementJson.parse(attachment(StatementSignature.USAGE, "application/octet-stream", jws, "")).asJsonObject();
        String signed = StatementJson.write(StatementJson.JSON.createObjectBuilder(StatementJson.parse(original).asJsonObject())
                .add("attachments", StatementJson.JSON.createArrayBuilder().add(signature)).build());
        Http.Response stored = post(body(signed, "application/octet-stream", jws));
        assertEquals(200, stored.status(), stored.toString());

        String tampered = signed.replace("completed", "failed");
        assertEquals(400, post(body(tampered, "application/octet-stream", jws)).status(), "the payload is not the statement (2.6)");
        byte[] hs256 = ("eyJhbGciOiJIUzI1NiJ9." + new String(jws, StandardCharsets.US_ASCII).split("\\.")[1] + ".c2ln")
                .getBytes(StandardCharsets.US_ASCII);
        String withHs = signed.replace(sha256(jws), sha256(hs256)).replace("\"length\":" + jws.length, "\"length\":" + hs256.length);
        assertEquals(400, post(body(withHs, "application/octet-stream", hs256)).status(), "HS256 (XAPI-00117)");
        assertEquals(400, lrs().post("xapi/statements", signed.replace("}]}", ",\"fileUrl\":\"http://example.org/sig\"}]}")).status(),
                "a signature without its data (XAPI-00115)");
    }

    @Test
    @RunAsClient
    void communication32s3b10WhenTheCredentialMayNotThenNeitherDataInNorDataOut() {
        Http admin = Http.basic(base, Service.ADMIN, Service.DEMO_PASSWORD);
        Http reader = Lrs.newCredential(admin, base, "Xem tệp", false, "ALL");
        Http mine = Lrs.newCredential(admin, base, "Trình phát cmi5", true, "OWN");
        byte[] data = binary(500);
        String statementId = id();
        byte[] body = body(statement(statementId, learner(), attachment("http://example.org/bai-lam", "image/png", data, "")), "image/png", data);

        assertEquals(401, Http.anonymous(base).header("X-Experience-API-Version", "1.0.3").post("xapi/statements", body, MULTIPART).status());
        assertEquals(403, reader.post("xapi/statements", body, MULTIPART).status(), "read-only: no writing, with data or without");
        assertEquals(200, post(body).status());
        assertEquals(404, mine.get("xapi/statements?statementId=" + statementId + "&attachments=true").status(),
                "read-own: another credential's statement and its data are not there");
        assertArrayEquals(data, parts(reader.get("xapi/statements?statementId=" + statementId + "&attachments=true")).get(1).content());
    }

    static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
