package vn.edu.taphuan.xapi.boundary;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import vn.edu.taphuan.testing.Http;
import vn.edu.taphuan.testing.Service;
import vn.edu.taphuan.testing.ServiceProcess;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.edu.taphuan.testing.ServiceProcess.await;
import static vn.edu.taphuan.testing.ServiceProcess.deleteTree;

/**
 * End to end with two real processes of this service: "service" forwards every statement to "external", a second
 * instance of the same WAR acting as the external LRS. Staff complete courses on the service (through the same
 * {@code LearningRecord} the learning capability calls), other systems post statements; the statements arrive at
 * the external LRS, exactly once each, also after the external LRS was down for a while; and a {@code kill -9} of the
 * service in the middle of writes loses no statement it had acknowledged (nor its forwarding).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ForwardingIT {
    static final Duration BOOT = Duration.ofMinutes(3);
    static ServiceProcess service;
    static ServiceProcess external;

    @BeforeAll
    static void start() throws IOException {
        Path root = Path.of("target", "it-forwarding").toAbsolutePath();
        deleteTree(root);
        Files.createDirectories(root);
        File war = root.resolve("taphuan-with-driver.war").toFile();
        Service.war().addClasses(LearningDriver.class, LearningDriver.Learner.class).as(ZipExporter.class).exportTo(war, true);
        Map<String, String> common = Map.of("taphuan.demo", "true", "taphuan.demo.progress", "false", "taphuan.password.iterations", "1000");
        int externalPort = ServiceProcess.freePort();
        external = new ServiceProcess("external", war, root.resolve("external"), externalPort, common);
        var forwarding = new java.util.HashMap<>(common);
        forwarding.putAll(Map.of("taphuan.xapi.forward.targets", "external",
                "taphuan.xapi.forward.external.endpoint", "http://localhost:" + externalPort + "/xapi/",
                "taphuan.xapi.forward.external.key", Lrs.DEMO_KEY,
                "taphuan.xapi.forward.external.secret", Lrs.DEMO_SECRET,
                "taphuan.xapi.forward.poll-millis", "200",
                "taphuan.xapi.forward.max-backoff-seconds", "2",
                "taphuan.xapi.forward.timeout-seconds", "5",
                "taphuan.xapi.forward.lease-seconds", "20"));
        service = new ServiceProcess("service", war, root.resolve("service"), ServiceProcess.freePort(), forwarding);
        // one after the other: on two cores, two JVMs booting together take longer than in turn
        external.start().awaitReady(BOOT);
        service.start().awaitReady(BOOT);
    }

    @AfterAll
    static void stop() {
        if (service != null) {
            service.stop();
        }
        if (external != null) {
            external.stop();
        }
    }

    static Http lrs(ServiceProcess p) {
        return Lrs.demo(p.url());
    }

    static Http admin() {
        return Http.basic(service.url(), Service.ADMIN, Service.DEMO_PASSWORD);
    }

    /** Every statement id the LRS returns, following "more" to the end (duplicates kept, to be counted). */
    static List<String> allIds(ServiceProcess p) {
        List<String> ids = new ArrayList<>();
        String next = "xapi/statements?limit=100&ascending=true";
        while (!next.isEmpty()) {
            JsonObject page = lrs(p).get(next).json();
            page.getJsonArray("statements").forEach(s -> ids.add(s.asJsonObject().getString("id")));
            next = page.getString("more").isEmpty() ? "" : page.getString("more").substring(1);
        }
        return ids;
    }

    static JsonObject forwardingStatus() {
        Http.Response r = admin().get("api/xapi/forwarding");
        assertEquals(200, r.status(), r.toString());
        JsonArray targets = (JsonArray) r.structure();
        assertEquals(1, targets.size());
        return targets.getJsonObject(0);
    }

    static List<String> complete(String staff, String course) {
        Http.Response r = Http.anonymous(service.url()).post("it-driver/learners/" + staff + "/courses/" + course, "");
        assertEquals(200, r.status(), r.toString());
        List<String> ids = new ArrayList<>();
        ((JsonArray) r.structure()).forEach(v -> ids.add(((JsonString) v).getString()));
        return ids;
    }

    static List<String> postBatch(int n) {
        StringBuilder batch = new StringBuilder("[");
        for (int i = 0; i < n; i++) {
            batch.append(i == 0 ? "" : ",").append(Lrs.statement(null, Lrs.learner(), "experienced", "http://example.org/activities/cmi5/" + i));
        }
        Http.Response r = lrs(service).post("xapi/statements", batch.append(']').toString());
        assertEquals(200, r.status(), r.toString());
        List<String> ids = new ArrayList<>();
        ((JsonArray) r.structure()).forEach(v -> ids.add(((JsonString) v).getString()));
        return ids;
    }

    static void allForwardedExactlyOnce() {
        await("the outbox is empty", Duration.ofMinutes(2), () -> forwardingStatus().getJsonNumber("pending").longValue() == 0);
        List<String> atService = allIds(service);
        List<String> atExternal = allIds(external);
        assertEquals(atExternal.size(), new HashSet<>(atExternal).size(), "no statement twice at the external LRS");
        assertEquals(new HashSet<>(atService), new HashSet<>(atExternal), "the same statements on both sides");
        assertEquals(0, forwardingStatus().getJsonNumber("parked").longValue());
    }

    @Test
    @Order(1)
    void whenStaffCompleteCoursesThenTheStatementsAreInTheLrsAndArriveAtTheExternalLrs() {
        List<String> learning = new ArrayList<>();
        learning.addAll(complete("GV00003", "law-and-policy"));
        learning.addAll(complete("GV00004", "harm-reduction-hiv"));
        List<String> posted = postBatch(20);
        String withData = postWithAttachment();
        assertEquals(10, learning.size());
        assertEquals("1", Http.anonymous(service.url()).get("it-driver/learners/GV00003/completions").text().strip(),
                "the completion projection has the course");
        for (String id : learning) {
            assertEquals(200, lrs(service).get("xapi/statements?statementId=" + id).status(), "readable through the xAPI GET API");
        }
        allForwardedExactlyOnce();
        Set<String> arrived = new HashSet<>(allIds(external));
        assertTrue(arrived.containsAll(learning) && arrived.containsAll(posted));
        JsonObject status = forwardingStatus();
        assertFalse(isNull(status, "lastSuccessAt"));
        assertTrue(status.getJsonNumber("delivered").longValue() >= 30);
        JsonObject completed = lrs(external).get("xapi/statements?statementId=" + learning.get(4)).json();
        assertEquals("Tập huấn", completed.getJsonObject("context").getString("platform"), "Vietnamese text arrives intact");
        assertEquals("THCS01", completed.getJsonObject("context").getJsonObject("extensions")
                .getString(service.url() + "extensions/school-code"), "GV00003 works at THCS01");

        Http.Response forwarded = lrs(external).get("xapi/statements?statementId=" + withData + "&attachments=true");
        assertTrue(forwarded.header("Content-Type").startsWith("multipart/mixed"), forwarded.toString());
        assertTrue(forwarded.text().contains(CERTIFICATE), "the attachment data went with the statement (Communication 1.5.2.s3.b3)");
    }

    static final String CERTIFICATE = "Giấy chứng nhận tập huấn — dữ liệu đính kèm";

    /** A statement whose attachment data comes as a part of a multipart/mixed POST (Communication 1.5.2). */
    static String postWithAttachment() {
        byte[] data = CERTIFICATE.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        String sha2;
        try {
            sha2 = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(data));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        String statement = Lrs.statement(null, Lrs.learner(), "experienced", "http://example.org/activities/with-certificate").stripTrailing();
        statement = statement.substring(0, statement.length() - 1) + ",\"attachments\":[{\"usageType\":\"http://example.org/usage/certificate\","
                + "\"display\":{\"vi\":\"Giấy chứng nhận\"},\"contentType\":\"text/plain\",\"length\":" + data.length + ",\"sha2\":\"" + sha2 + "\"}]}";
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        body.writeBytes(("--b\r\nContent-Type: application/json\r\n\r\n" + statement + "\r\n--b\r\nContent-Type: text/plain\r\n"
                + "Content-Transfer-Encoding: binary\r\nX-Experience-API-Hash: " + sha2 + "\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        body.writeBytes(data);
        body.writeBytes("\r\n--b--\r\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        Http.Response r = Lrs.send(lrs(service), "POST", "xapi/statements", body.toByteArray(), "multipart/mixed; boundary=b");
        assertEquals(200, r.status(), r.toString());
        return ((JsonArray) r.structure()).getString(0);
    }

    @Test
    @Order(2)
    void whenTheExternalLrsIsDownThenStatementsWaitAndArriveExactlyOnceWhenItIsBack() {
        external.stop();
        List<String> during = new ArrayList<>();
        during.addAll(complete("GV00005", "gender-based-violence"));
        during.addAll(postBatch(15));
        await("the forwarder notices the outage", Duration.ofSeconds(30), () -> {
            JsonObject s = forwardingStatus();
            return s.getJsonNumber("pending").longValue() > 0 && !isNull(s, "lastError") && s.getInt("failures") > 0;
        });
        during.addAll(complete("GV00006", "reintegration-and-students"));
        external.start().awaitReady(BOOT);
        allForwardedExactlyOnce();
        assertTrue(new HashSet<>(allIds(external)).containsAll(during));
        assertEquals(0, forwardingStatus().getInt("failures"), "the failure count resets after a success");
    }

    @Test
    @Order(3)
    void whenTheServiceIsKilledMidIngestThenEveryAcknowledgedStatementIsStillThereAndStillForwarded() throws Exception {
        List<String> acknowledged = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean writing = new AtomicBoolean(true);
        ExecutorService clients = Executors.newFixedThreadPool(4);
        for (int c = 0; c < 4; c++) {
            clients.submit(() -> {
                while (writing.get()) {
                    try {
                        acknowledged.addAll(postBatch(10));
                    } catch (RuntimeException | AssertionError killedMidRequest) {
                        // the connection died with the process: this batch was not acknowledged
                    }
                }
                return null;
            });
        }
        await("some statements are acknowledged", Duration.ofSeconds(60), () -> acknowledged.size() >= 100);
        service.kill();
        writing.set(false);
        clients.shutdown();
        assertTrue(clients.awaitTermination(1, TimeUnit.MINUTES));
        List<String> before = List.copyOf(acknowledged);

        service.start().awaitReady(BOOT);
        Set<String> stored = new HashSet<>(allIds(service));
        List<String> lost = before.stream().filter(id -> !stored.contains(id)).toList();
        assertEquals(List.of(), lost, before.size() + " acknowledged before kill -9");
        allForwardedExactlyOnce();
    }

    static boolean isNull(JsonObject o, String key) {
        return !o.containsKey(key) || o.get(key) == JsonValue.NULL;
    }
}
