package vn.edu.taphuan.xapi.control;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;
import vn.edu.taphuan.xapi.entity.ForwardTarget;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExternalLrsTest {

    @Test
    void whenJsonHasVietnameseTextThenItIsSentAsAsciiEscapesThatReadTheSame() {
        String json = "{\"platform\":\"Tập huấn\",\"x\":\"a\\\"b\"}";
        String ascii = ExternalLrs.ascii(json);
        assertEquals("{\"platform\":\"T\\u1eadp hu\\u1ea5n\",\"x\":\"a\\\"b\"}", ascii);
        assertEquals(StatementJson.parse(json), StatementJson.parse(ascii));
        assertEquals("{\"a\":1}", ExternalLrs.ascii("{\"a\":1}"));
    }

    @Test
    void whenTheTargetRejectsAStatementThenItIsRejectedButTargetTroubleIsUnavailable() {
        var rejected = ExternalLrs.classify(new IOException("Server (http://x/statements) Responded with 400: {\"message\":\"bad\"}"));
        assertEquals(ExternalLrs.Kind.REJECTED, rejected.kind());
        assertEquals(400, rejected.status());
        assertEquals(ExternalLrs.Kind.REJECTED, ExternalLrs.classify(new IOException("Server (u) Responded with 409: conflict")).kind());
        for (int status : new int[]{401, 403, 404, 429, 500, 502, 503}) {
            assertEquals(ExternalLrs.Kind.UNAVAILABLE, ExternalLrs.classify(new IOException("Server (u) Responded with " + status + ": x")).kind(),
                    String.valueOf(status));
        }
        assertEquals(ExternalLrs.Kind.UNAVAILABLE, ExternalLrs.classify(new ConnectException("Connection refused")).kind());
        assertEquals(ExternalLrs.Kind.UNAVAILABLE, ExternalLrs.classify(new NullPointerException()).kind());
    }

    /** Communication 1.5.2.s3.b3: a statement whose attachment data we hold is pushed with that data, as multipart/mixed. */
    @Test
    void whenAStatementHasAttachmentDataThenItIsForwardedAsMultipartWithTheData() throws Exception {
        String sha2 = "ab".repeat(32);
        String statement = "{\"id\":\"" + java.util.UUID.randomUUID() + "\",\"attachments\":[{\"usageType\":\"http://example.org/u\","
                + "\"display\":{\"vi\":\"Ảnh\"},\"contentType\":\"image/png\",\"length\":3,\"sha2\":\"" + sha2 + "\"}]}";
        List<String> received = new ArrayList<>();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/xapi/statements", exchange -> {
            received.add(exchange.getRequestMethod() + " " + exchange.getRequestHeaders().getFirst("Content-Type"));
            received.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.ISO_8859_1));
            exchange.sendResponseHeaders(200, 2);
            exchange.getResponseBody().write("[]".getBytes(StandardCharsets.US_ASCII));
            exchange.close();
        });
        server.start();
        ExecutorService calls = Executors.newSingleThreadExecutor();
        try {
            ForwardTarget target = new ForwardTarget("t", "http://127.0.0.1:" + server.getAddress().getPort() + "/xapi/", "k", "s", Set.of());
            ExternalLrs lrs = new ExternalLrs(target, Duration.ofSeconds(10), calls,
                    (hashes, out) -> {
                        try {
                            out.write(new AttachmentStore.Header(sha2, "image/png", 3), new byte[]{(byte) 0x89, 0x50, 0x4e});
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    });
            assertEquals(ExternalLrs.Kind.DELIVERED, lrs.post(List.of(statement)).kind());
        } finally {
            calls.shutdown();
            server.stop(0);
        }
        assertTrue(received.get(0).startsWith("POST multipart/mixed; boundary="), received.get(0));
        String body = received.get(1);
        assertTrue(body.contains("Content-Type: application/json\r\n\r\n[{"), body);
        assertTrue(body.contains("Content-Type: image/png\r\nContent-Transfer-Encoding: binary\r\nX-Experience-API-Hash: " + sha2
                + "\r\n\r\n\u0089PN\r\n--"), body);
    }
}
