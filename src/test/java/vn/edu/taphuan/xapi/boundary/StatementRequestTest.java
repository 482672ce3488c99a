package vn.edu.taphuan.xapi.boundary;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import vn.edu.taphuan.platform.Problem;
import vn.edu.taphuan.xapi.entity.AttachmentData;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Statement requests with attachment data (xAPI Communication 1.5.2): how parts and attachments must match. */
class StatementRequestTest {
    static final String DATA = "here is a simple attachment";
    static final String SHA2 = "495395e777cd98da653df9615d09c0fd6bb2f8d4788394cd53c56a3bfdcd848a";
    static final String TYPE = "multipart/mixed; boundary=xyz";

    static String statement(String attachment) {
        return "{\"actor\":{\"mbox\":\"mailto:a@example.org\"},\"verb\":{\"id\":\"http://example.org/v\"},\"object\":{\"id\":\"http://example.org/o\"},"
                + "\"attachments\":[" + attachment + "]}";
    }

    static String attachment(String sha2, String extra) {
        return "{\"usageType\":\"http://example.org/u\",\"display\":{\"vi\":\"tệp\"},\"contentType\":\"text/plain; charset=ascii\","
                + "\"length\":27,\"sha2\":\"" + sha2 + "\"" + extra + "}";
    }

    static String part(String headers, String data) {
        return "\r\n--xyz\r\n" + headers + "\r\n" + data;
    }

    static String dataPart() {
        return part("Content-Type: text/plain\r\nContent-Transfer-Encoding: binary\r\nX-Experience-API-Hash: " + SHA2 + "\r\n", DATA);
    }

    static String body(String json, String... parts) {
        return "--xyz\r\nContent-Type: application/json\r\n\r\n" + json + String.join("", parts) + "\r\n--xyz--\r\n";
    }

    static List<AttachmentData> accept(String type, String body) {
        StatementRequest r = StatementRequest.read(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)), type, 100_000, 1_000);
        JsonObject s = r.json().asJsonObject();
        return r.attachments(List.of(s), false);
    }

    static void rejected(String type, String body, int status, String code) {
        Problem p = assertThrows(Problem.class, () -> accept(type, body));
        assertEquals(status, p.body().status(), p.getMessage());
        assertEquals(code, p.body().code(), p.getMessage());
    }

    @Test
    void whenEachAttachmentHasItsPartThenItsDataIsKeptOnce() {
        List<AttachmentData> data = accept(TYPE, body(statement(attachment(SHA2, "") + "," + attachment(SHA2.toUpperCase(), "")), dataPart(), dataPart()));
        assertEquals(1, data.size());
        assertEquals(DATA, new String(data.get(0).content(), StandardCharsets.UTF_8));
        assertEquals("text/plain", data.get(0).contentType());
    }

    @Test
    void whenAnAttachmentHasAFileUrlThenItNeedsNoPartInEitherForm() {
        String withUrl = statement(attachment(SHA2, ",\"fileUrl\":\"http://example.org/f.txt\""));
        assertTrue(accept(TYPE, body(withUrl)).isEmpty(), "Communication 1.5.2.s3.b9");
        assertTrue(accept("application/json", withUrl).isEmpty(), "Communication 1.5.2.s2.b1");
    }

    @Test
    void whenAnAttachmentHasNeitherFileUrlNorPartThen400() {
        rejected(TYPE, body(statement(attachment(SHA2, ""))), 400, "ATTACHMENT_DATA");
        rejected("application/json", statement(attachment(SHA2, "")), 400, "ATTACHMENT_DATA");
    }

    @Test
    void whenAPartIsWrongThen400() {
        String json = statement(attachment(SHA2, ""));
        rejected(TYPE, body(json, part("Content-Type: text/plain\r\n", DATA)), 400, "ATTACHMENT_HASH_MISSING");
        rejected(TYPE, body(json, part("Content-Transfer-Encoding: base64\r\nX-Experience-API-Hash: " + SHA2 + "\r\n", DATA)), 400,
                "ATTACHMENT_ENCODING");
        rejected(TYPE, body(json, part("X-Experience-API-Hash: " + SHA2 + "\r\n", DATA + "!")), 400, "ATTACHMENT_HASH_MISMATCH");
        rejected(TYPE, body(json, part("Content-Type: image/png\r\nX-Experience-API-Hash: " + SHA2 + "\r\n", DATA)), 400, "ATTACHMENT_DATA");
        String other = "x";
        String otherHash = StatementRequest.digest(SHA2, other.getBytes(StandardCharsets.UTF_8));
        rejected(TYPE, body(json, dataPart(), part("X-Experience-API-Hash: " + otherHash + "\r\n", other)), 400, "ATTACHMENT_NOT_NAMED");
    }

    @Test
    void whenThePartHasNoTypeOrEncodingThenBinaryWithTheAttachmentsType() {
        List<AttachmentData> data = accept(TYPE, body(statement(attachment(SHA2, "")), part("X-Experience-API-Hash: " + SHA2 + "\r\n", DATA)));
        assertEquals("text/plain; charset=ascii", data.get(0).contentType(), "Communication 1.5.2.s3.b6");
    }

    @Test
    void whenTheFirstPartIsNotJsonThen400() {
        rejected(TYPE, "--xyz\r\nContent-Type: text/plain\r\n\r\n{}\r\n--xyz--", 400, "FIRST_PART_NOT_JSON");
        rejected(TYPE, "--xyz--", 400, "FIRST_PART_NOT_JSON");
    }

    @Test
    void whenTheDataIsLargerThanTheLimitThen413() {
        String big = "y".repeat(2_000);
        String json = statement(attachment(StatementRequest.digest(SHA2, big.getBytes(StandardCharsets.UTF_8)), ""));
        rejected(TYPE, body(json, part("X-Experience-API-Hash: 00\r\n", big)), 413, "REQUEST_TOO_LARGE");
    }
}
