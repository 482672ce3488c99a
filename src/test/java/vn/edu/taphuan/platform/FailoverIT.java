package vn.edu.taphuan.platform;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import vn.edu.taphuan.learning.boundary.QuizKey;
import vn.edu.taphuan.directory.RosterFile;
import vn.edu.taphuan.testing.Balancer;
import vn.edu.taphuan.testing.FreshDatabase;
import vn.edu.taphuan.testing.Http;
import vn.edu.taphuan.testing.Service;
import vn.edu.taphuan.testing.ServiceProcess;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static vn.edu.taphuan.testing.ServiceProcess.await;
import static vn.edu.taphuan.testing.ServiceProcess.deleteTree;
import static vn.edu.taphuan.testing.ServiceProcess.sleep;

/**
 * The production shape end to end: instances A and B of the WAR on one PostgreSQL database, clustered by Hazelcast
 * (TCP/IP on loopback) behind nginx with the shipped {@code payara/nginx.conf}, forwarding every statement to a third,
 * plain instance acting as the external LRS. Learners sign in on A or on B and take courses through the load balancer
 * while an LRS client posts statements; A dies by {@code kill -9} in the middle. Afterwards every acknowledged lesson,
 * quiz and completion is there exactly once, every acknowledged statement is stored once and reached the external LRS
 * once, and the learners whose sessions began on A went on without signing in again.
 * <p>
 * Runs in the PostgreSQL execution of the integration suite only ({@code taphuan.it.postgres}, as in CI); skipped in
 * the Derby one, and where nginx is not installed (CI installs it: there its absence fails the test).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FailoverIT {
    /** An upper bound, not a figure: three instances boot at once, which took over 4 min once on a loaded 2-core machine. */
    static final Duration BOOT = Duration.ofMinutes(8);
    static final String LRS_KEY = "demo-lrs-key";
    static final String LRS_SECRET = "demo-lrs-secret-2024";
    static final String VERBS = "http://adlnet.gov/expapi/verbs/";
    static final List<String> COURSES = List.of("law-and-policy", "harm-reduction-hiv");
    static final List<String> LEARNERS = List.of("GV00011", "GV00012", "GV00013", "GV00014", "GV00015", "GV00016");
    static final String PASSWORD = "learner-2024-x";
    static final QuizKey KEY = new QuizKey();
    /** Forwarding batch size: a killed forwarder can have one batch delivered but not yet recorded, to be sent again. */
    static final int BATCH = 50;

    static FreshDatabase.Postgres pg;
    static ServiceProcess a;
    static ServiceProcess b;
    static ServiceProcess external;
    static Balancer lb;
    static int hzPortA;

    @BeforeAll
    static void start() throws IOException {
        pg = FreshDatabase.postgres();
        assumeTrue(pg != null, "runs in the PostgreSQL execution of the integration suite only (taphuan.it.postgres)");
        Optional<Path> nginx = Balancer.nginx();
        if (nginx.isEmpty()) {
            assertNull(System.getenv("CI"), "nginx is missing on CI (.ci/run installs nginx-light)");
            assumeTrue(false, "nginx is not installed: no load balancer to test with");
        }
        Path root = Path.of("target", "it-failover").toAbsolutePath();
        deleteTree(root);
        Files.createDirectories(root);
        File war = new File(System.getProperty("taphuan.war", "target/taphuan.war"));
        int lbPort = ServiceProcess.freePort();
        int portA = ServiceProcess.freePort();
        int portB = ServiceProcess.freePort();
        int hzA = ServiceProcess.freePort();
        int hzB = ServiceProcess.freePort();
        hzPortA = hzA;
        int externalPort = ServiceProcess.freePort();

        Map<String, String> plain = Map.of("taphuan.demo", "true", "taphuan.password.iterations", "1000");
        external = new ServiceProcess("external", war, root.resolve("external"), externalPort, plain);
        Map<String, String> clustered = new HashMap<>(plain);
        clustered.putAll(Map.of("taphuan.db.class", "org.postgresql.ds.PGSimpleDataSource", "taphuan.db.host", pg.host(),
                "taphuan.db.port", String.valueOf(pg.port()), "taphuan.db.name", pg.database(), "taphuan.db.user", pg.user(),
                "taphuan.db.password", pg.password(), "taphuan.base.iri", "http://localhost:" + lbPort + "/",
                "taphuan.proxy.trusted", "127.0.0.1", "taphuan.courses.check-seconds", "1"));
        clustered.putAll(Map.of("taphuan.xapi.forward.targets", "external",
                "taphuan.xapi.forward.external.endpoint", "http://localhost:" + externalPort + "/xapi/",
                "taphuan.xapi.forward.external.key", LRS_KEY,
                "taphuan.xapi.forward.external.secret", LRS_SECRET,
                "taphuan.xapi.forward.batch-size", String.valueOf(BATCH),
                "taphuan.xapi.forward.poll-millis", "200",
                "taphuan.xapi.forward.max-backoff-seconds", "2",
                "taphuan.xapi.forward.timeout-seconds", "5",
                "taphuan.xapi.forward.lease-seconds", "20"));
        String cluster = "failover-" + UUID.randomUUID().toString().substring(0, 8);
        a = new ServiceProcess("A", war, root.resolve("A"), portA, clustered).clustered(cluster, hzA, hzA, hzB);
        b = new ServiceProcess("B", war, root.resolve("B"), portB, clustered).clustered(cluster, hzB, hzA, hzB);
        // all three boot at once: A and B race to migrate and seed one empty database, as a city's instances
        // started together by systemd do (they take turns on the migrations' table lock)
        a.start();
        b.start();
        external.start();
        a.awaitReady(BOOT);
        b.awaitReady(BOOT);
        external.awaitReady(BOOT);
        lb = Balancer.start(nginx.get(), root.resolve("nginx"), lbPort, portA, portB);
    }

    @AfterAll
    static void stop() {
        if (lb != null) {
            lb.stop();
        }
        for (ServiceProcess p : new ServiceProcess[] {a, b, external}) {
            if (p != null) {
                p.stop();
            }
        }
    }

    @Test
    @Order(1)
    void whenTwoInstancesStartTogetherThenStartUpWorkIsDoneOnceAndSessionsImportsAndReloadsAreShared() throws Exception {
        // A and B booted on the empty database at once: the one-time start-up work was done once
        try (Connection c = DriverManager.getConnection(pg.jdbcUrl(), pg.user(), pg.password())) {
            assertEquals(2, count(c, "SELECT COUNT(*) FROM programme"), "the demo programmes (2024 and this year's) are seeded once");
            assertEquals(4, count(c, "SELECT COUNT(*) FROM course_attempt a JOIN staff s ON s.id = a.staff_id WHERE s.code = '"
                    + Service.STAFF + "'"), "the demo teacher's 2024 runs are made once, by the instance that seeded the programmes");
            assertEquals(20, count(c, "SELECT COUNT(*) FROM school"));
            assertEquals(1, count(c, "SELECT COUNT(*) FROM account WHERE username = 'admin'"));
            assertEquals(1, count(c, "SELECT COUNT(*) FROM xapi_credential WHERE api_key = '" + LRS_KEY + "'"));
        }

        // a session made on A is known to B, and signing out on B ends it on A
        Http onA = Http.session(a.url(), Service.STAFF, Service.DEMO_PASSWORD);
        JsonObject me = onA.get("api/auth/me").json();
        Http onB = onA.at(b.url());
        Http.Response seenByB = onB.get("api/auth/me");
        assertEquals(200, seenByB.status(), "B knows A's session: " + seenByB);
        assertEquals(me.getString("csrfToken"), seenByB.json().getString("csrfToken"));
        assertEquals(204, onB.post("api/auth/logout", "").status());
        await("the sign-out reaches A", Duration.ofSeconds(10), () -> onA.get("api/auth/me").status() == 401);

        // a password reset made on B ends the account's open sessions on both instances (session generation, V13)
        Http principalOnA = Http.session(a.url(), Service.PRINCIPAL, Service.DEMO_PASSWORD);
        Http principalOnB = principalOnA.at(b.url());
        assertEquals(200, principalOnB.get("api/auth/me").status(), "B knows the principal's session");
        Http.Response reset = Http.basic(b.url(), Service.ADMIN, Service.DEMO_PASSWORD)
                .post("api/accounts/" + Service.PRINCIPAL + "/password-reset", "");
        assertEquals(200, reset.status(), reset.toString());
        await("the reset ends the session on A", Duration.ofSeconds(10), () -> principalOnA.get("api/auth/me").status() == 401);
        await("and on B", Duration.ofSeconds(10), () -> principalOnB.get("api/auth/me").status() == 401);

        // a district admin's catalogue reload on A reaches B
        Http adminA = Http.basic(a.url(), Service.ADMIN, Service.DEMO_PASSWORD);
        Http adminB = adminA.at(b.url());
        String loadedOnB = adminB.get("api/courses/catalogue").json().getString("loadedAt");
        assertEquals(200, adminA.post("api/courses/catalogue/reload", "").status());
        await("B reloads the catalogue too", Duration.ofSeconds(15),
                () -> !adminB.get("api/courses/catalogue").json().getString("loadedAt").equals(loadedOnB));

        // imports sent to A and to B at once: each job is followed on the other instance; they take turns
        String jobA = importAsync(adminA, "XA");
        String jobB = importAsync(adminB, "XB");
        Set<String> running = Set.of("parsing", "validating", "writing");
        boolean together = false;
        long until = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        JsonObject doneA;
        JsonObject doneB;
        while (true) {
            doneA = adminB.get("api/imports/" + jobA).json();
            doneB = adminA.get("api/imports/" + jobB).json();
            together |= running.contains(doneA.getString("phase")) && running.contains(doneB.getString("phase"));
            if (finished(doneA) && finished(doneB)) {
                break;
            }
            assertTrue(System.nanoTime() < until, "imports did not finish: " + doneA + " " + doneB);
            Thread.sleep(100);
        }
        assertEquals("done", doneA.getString("phase"), doneA.toString());
        assertEquals("done", doneB.getString("phase"), doneB.toString());
        assertEquals(IMPORT_ROWS, doneA.getJsonObject("result").getInt("created"));
        assertEquals(IMPORT_ROWS, doneB.getJsonObject("result").getInt("created"));
        assertFalse(together, "two imports ran at the same time in one cluster");
    }

    static final int IMPORT_ROWS = 1500;

    static String importAsync(Http admin, String prefix) {
        RosterFile file = RosterFile.staffVi();
        for (int i = 1; i <= IMPORT_ROWS; i++) {
            file.person(String.format("%s-%05d", prefix, i), "Trần Thị Minh Thư " + i, String.format("THCS%02d", 1 + i % 20));
        }
        Http.Response accepted = admin.post("api/imports/staff?async=true&name=" + prefix + ".csv", file.csv(), "text/csv");
        assertEquals(202, accepted.status(), accepted.toString());
        return accepted.json().getString("id");
    }

    static boolean finished(JsonObject job) {
        return job.getString("phase").equals("done") || job.getString("phase").equals("failed");
    }

    @Test
    @Order(2)
    void whenAnInstanceIsKilledMidRunThenNothingAcknowledgedIsLostOrDoubledAndSessionsGoOn() throws Exception {
        Http admin = Http.basic(lb.url(), Service.ADMIN, Service.DEMO_PASSWORD);
        List<Learner> learners = new ArrayList<>();
        for (int i = 0; i < LEARNERS.size(); i++) {
            String code = LEARNERS.get(i);
            account(admin, code);
            // half sign in on A (the instance that will die), half on B; all then go through the load balancer
            ServiceProcess signInAt = i % 2 == 0 ? a : b;
            learners.add(new Learner(code, signInAt == a, Http.session(signInAt.url(), code, PASSWORD).at(lb.url())));
        }
        // the demo programmes seed completions through the learning record: count the new ones only
        String codes = LEARNERS.stream().map(x -> "'" + x + "'").collect(Collectors.joining(","));
        String completionsSql = "SELECT s.code || ' ' || c.course_id, COUNT(*) FROM completion c JOIN staff s ON s.id = c.staff_id "
                + "WHERE s.code IN (" + codes + ") GROUP BY s.code, c.course_id";
        Map<String, Long> completionsBefore;
        try (Connection c = DriverManager.getConnection(pg.jdbcUrl(), pg.user(), pg.password())) {
            completionsBefore = counts(c, completionsSql);
        }
        Map<String, String> csrfBefore = new HashMap<>();
        for (Learner l : learners) {
            csrfBefore.put(l.code, l.http.get("api/auth/me").json().getString("csrfToken"));
        }

        AtomicInteger steps = new AtomicInteger();
        AtomicBoolean learning = new AtomicBoolean(true);
        StatementWriter writer = new StatementWriter(learning);
        ExecutorService pool = Executors.newFixedThreadPool(learners.size() + 1);
        Future<?> writing = pool.submit(writer);
        List<Future<?>> runs = new ArrayList<>();
        for (Learner l : learners) {
            runs.add(pool.submit(() -> l.takeCourses(steps)));
        }
        int planned = learners.size() * COURSES.size() * 8;
        await("a third of the learning is done", Duration.ofMinutes(2), () -> steps.get() >= planned / 3);
        a.kill();
        int atKill = steps.get();
        for (Future<?> run : runs) {
            run.get(3, TimeUnit.MINUTES);
        }
        learning.set(false);
        writing.get(1, TimeUnit.MINUTES);
        pool.shutdown();
        assertTrue(steps.get() > atKill, "learning went on after the kill");

        // the sessions went on: nobody was asked to sign in again, and each still has the session it began with
        for (Learner l : learners) {
            assertEquals(List.of(), l.refused, l.code + " (signed in on " + (l.onA ? "A" : "B") + ") lost the session");
            assertEquals(csrfBefore.get(l.code), l.http.get("api/auth/me").json().getString("csrfToken"), l.code);
        }
        // every acknowledged step is there, seen through the surviving instance
        for (Learner l : learners) {
            for (String course : COURSES) {
                JsonObject detail = l.http.get("api/courses/" + course).json();
                for (JsonValue lesson : detail.getJsonArray("lessons")) {
                    assertTrue(lesson.asJsonObject().getBoolean("read"), l.code + " " + course + " " + lesson);
                }
                assertEquals("COMPLETED", detail.getJsonObject("course").getString("state"), l.code + " " + course);
                JsonObject quiz = l.http.get("api/courses/" + course + "/quiz/" + l.quizzes.get(course)).json();
                assertTrue(quiz.getBoolean("passed"), l.code + " " + course + " " + quiz);
            }
        }

        try (Connection c = DriverManager.getConnection(pg.jdbcUrl(), pg.user(), pg.password())) {
            // exactly once in the projections: one new completion per learner and course
            Map<String, Long> completions = counts(c, completionsSql);
            for (String code : LEARNERS) {
                for (String course : COURSES) {
                    String k = code + " " + course;
                    assertEquals(completionsBefore.getOrDefault(k, 0L) + 1, completions.getOrDefault(k, 0L), "completions of " + k);
                }
            }
            Map<String, Long> quizzes = counts(c, "SELECT s.code || ' ' || a.course_id, COUNT(*) FROM quiz_attempt q "
                    + "JOIN course_attempt a ON a.id = q.course_attempt_id JOIN staff s ON s.id = a.staff_id "
                    + "WHERE q.submitted_at IS NOT NULL AND s.code IN (" + codes + ") GROUP BY s.code, a.course_id");
            quizzes.forEach((k, n) -> assertEquals(1L, n, "submitted quizzes of " + k));
            assertEquals(LEARNERS.size() * COURSES.size(), quizzes.size());

            // exactly once in the statements, read through the xAPI API of the surviving instance
            Map<String, String> registrations = new LinkedHashMap<>();
            try (PreparedStatement p = c.prepareStatement("SELECT s.code || ' ' || a.course_id, a.registration FROM course_attempt a "
                    + "JOIN staff s ON s.id = a.staff_id WHERE s.code IN (" + codes + ")"); ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    registrations.put(rs.getString(1), rs.getString(2));
                }
            }
            Http lrs = lrs(lb.url());
            for (var e : registrations.entrySet()) {
                JsonArray statements = lrs.get("xapi/statements?registration=" + e.getValue() + "&limit=100").json().getJsonArray("statements");
                Map<String, Integer> byVerb = new HashMap<>();
                Set<String> lessons = new HashSet<>();
                for (JsonValue v : statements) {
                    JsonObject s = v.asJsonObject();
                    String verb = s.getJsonObject("verb").getString("id").substring(VERBS.length());
                    byVerb.merge(verb, 1, Integer::sum);
                    if (verb.equals("experienced")) {
                        lessons.add(s.getJsonObject("object").getString("id"));
                    }
                }
                int lessonCount = KEY.course(e.getKey().split(" ")[1]).lessons().size();
                assertEquals(lessonCount, byVerb.getOrDefault("experienced", 0), e.getKey() + " " + byVerb);
                assertEquals(lessonCount, lessons.size(), e.getKey());
                assertEquals(1, byVerb.getOrDefault("passed", 0), e.getKey() + " " + byVerb);
                assertEquals(1, byVerb.getOrDefault("completed", 0), e.getKey() + " " + byVerb);
                assertEquals(0, byVerb.getOrDefault("failed", 0), e.getKey() + " " + byVerb);
                assertEquals(KEY.course(e.getKey().split(" ")[1]).quizSize(), byVerb.getOrDefault("answered", 0), e.getKey() + " " + byVerb);
                assertTrue(byVerb.getOrDefault("launched", 0) >= 1, e.getKey() + " " + byVerb);
            }
            List<String> posted = writer.acknowledged;
            assertTrue(posted.size() >= 10, "the LRS client wrote through the whole run: " + posted.size());
            assertEquals(posted.size(), count(c, "SELECT COUNT(*) FROM xapi_statement WHERE id IN ("
                    + posted.stream().map(x -> "'" + x + "'").collect(Collectors.joining(",")) + ")"), "acknowledged statements stored");
            List<String> ofWriter = allIds(lrs, "agent=" + URLEncoder.encode("{\"mbox\":\"" + writer.mbox + "\"}",
                    StandardCharsets.UTF_8), x -> true);
            assertEquals(posted.size(), ofWriter.size(), "no statement of the LRS client twice");
            assertEquals(new HashSet<>(posted), new HashSet<>(ofWriter));

            // every statement reached the external LRS exactly once
            await("the outbox is empty", Duration.ofMinutes(2), () -> count(c, "SELECT COUNT(*) FROM xapi_outbox") == 0);
            Set<String> stored = new HashSet<>();
            try (PreparedStatement p = c.prepareStatement("SELECT id FROM xapi_statement"); ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    stored.add(rs.getString(1));
                }
            }
            // the external LRS runs the demo too: its own learners' statements (account home page = its address) are not ours
            String externalHome = external.url().toString();
            List<String> arrived = allIds(lrs(external.url()), "", st -> !(st.containsKey("actor")
                    && st.getJsonObject("actor").containsKey("account")
                    && st.getJsonObject("actor").getJsonObject("account").getString("homePage").equals(externalHome)));
            assertEquals(arrived.size(), new HashSet<>(arrived).size(), "no statement twice at the external LRS");
            assertEquals(stored, new HashSet<>(arrived), "the same statements on both sides");
            long delivered = count(c, "SELECT delivered FROM xapi_forward_target WHERE name = 'external'");
            System.out.printf("FailoverIT: A killed after %d of %d learning steps; %d statements stored, %d posted by the LRS "
                    + "client, %d deliveries to the external LRS%n", atKill, planned, stored.size(), posted.size(), delivered);
            assertEquals(stored.size(), delivered, "the delivered count: each statement once, also the batch the killed instance had in flight");

            // what operators alert on (docs/operations.md): nothing waiting, nothing refused, no target failing
            String metrics = Http.anonymous(b.url()).get("metrics").text();
            for (String gauge : List.of("taphuan_xapi_outbox_pending", "taphuan_xapi_outbox_parked", "taphuan_xapi_forward_failing_targets")) {
                assertTrue(Pattern.compile("(?m)^" + gauge + "(\\{[^}]*})? 0(\\.0)?$").matcher(metrics).find(),
                        gauge + " = 0 on /metrics:\n" + metrics.lines().filter(l -> l.contains("taphuan")).collect(Collectors.joining("\n")));
            }
        }
    }

    @Test
    @Order(3)
    void whenInstancesStartRestartAndRollThroughAnUpgradeThenNoRequestFailsThroughTheBalancer() throws Exception {
        Http learner = Http.session(lb.url(), Service.STAFF, Service.DEMO_PASSWORD);
        String csrf = learner.get("api/auth/me").json().getString("csrfToken");
        Probe probe = new Probe(learner);
        Thread probing = new Thread(probe, "probe");
        probing.start();
        try {
            // A died by kill -9 in the test before: it starts while B serves; its port opens only once it is deployed
            long started = System.nanoTime();
            a.start().awaitReady(BOOT);
            System.out.printf("FailoverIT: A restart-to-serving %.1f s%n", (System.nanoTime() - started) / 1e9);
            // a planned restart of B: drained in nginx first, as payara/cluster.sh restart B does
            restart(b);
            int afterRestart = probe.answered.get();
            // a rolling upgrade to a version with a new migration (payara/cluster.sh upgrade): A, then B, each drained,
            // stopped, started on the new WAR and put back; B runs the old version on the new schema meanwhile
            File upgraded = upgradedWar(root());
            a.war(upgraded);
            restart(a);
            assertEquals(String.valueOf(UPGRADE_VERSION), readiness(a).getJsonObject("data").get("schemaVersion").toString()
                    .replace("\"", ""), "A applied the new migration: " + readiness(a));
            b.war(upgraded);
            restart(b);
            sleep(2000);
            probe.running.set(false);
            probing.join(30_000);
            System.out.printf("FailoverIT: %d probe requests during the start of A, the restart of B and the rolling upgrade; "
                    + "%d failed%n", probe.answered.get(), probe.failed.size());
            assertEquals(List.of(), probe.failed, "every request through the balancer answered 2xx");
            assertTrue(afterRestart > 20 && probe.answered.get() > afterRestart + 20, "the probe ran throughout: " + probe.answered);
            assertEquals(csrf, learner.get("api/auth/me").json().getString("csrfToken"), "the session lived through every restart");
        } finally {
            probe.running.set(false);
        }

        // metrics: one scrape per scope has each sample once, and every metric the alert rules use exists
        Set<String> exposed = new HashSet<>();
        for (String scope : List.of("base", "vendor", "application")) {
            List<String> samples = Http.anonymous(b.url()).get("metrics?scope=" + scope).text().lines()
                    .filter(l -> !l.startsWith("#") && !l.isBlank()).toList();
            List<String> series = samples.stream().map(l -> l.substring(0, l.lastIndexOf(' '))).toList();
            assertEquals(new HashSet<>(series).size(), series.size(), "each sample once in scope " + scope);
            series.forEach(x -> exposed.add(x.replaceAll("\\{.*", "")));
        }
        Set<String> missing = new TreeSet<>(PrometheusRulesTest.metricNames());
        missing.removeAll(exposed);
        assertEquals(Set.of(), missing, "metrics named in payara/prometheus-rules.yml but not exposed");
    }

    @Test
    @Order(4)
    void whenTheDatabaseIsBackedUpAndRestoredIntoAnEmptyOneThenTheReportShowsTheSameFigures() throws Exception {
        Http admin = Http.basic(lb.url(), Service.ADMIN, Service.DEMO_PASSWORD);
        long programme = admin.get("api/programmes").structure().asJsonArray().getJsonObject(0).getJsonNumber("id").longValue();
        String report = "api/programmes/" + programme + "/report?asOf=2026-12-01";
        String before = figures(admin.get(report).json());
        // the service's own backup is for embedded Derby; only a district admin may ask for it
        assertEquals(403, Http.basic(lb.url(), Service.STAFF, Service.DEMO_PASSWORD).post("api/operations/backup", "").status());
        Http.Response onPostgres = admin.post("api/operations/backup", "");
        assertEquals(409, onPostgres.status(), onPostgres.toString());
        assertTrue(onPostgres.text().contains("pg_dump"), onPostgres.toString());
        Path dump = Path.of("target", "it-failover", "backup.dump").toAbsolutePath();
        run("payara/backup.sh", "postgres", "backup", dump.toString());
        a.stop();
        b.stop();
        try (Connection c = DriverManager.getConnection(pg.jdbcUrl(), pg.user(), pg.password()); var s = c.createStatement()) {
            s.execute("DROP SCHEMA public CASCADE");
            s.execute("CREATE SCHEMA public");
        }
        run("payara/backup.sh", "postgres", "restore", dump.toString());
        a.start();

        // embedded Derby (the external LRS instance runs on one): an online backup through the running service,
        // restored into a fresh folder that a new instance then runs on
        Http externalAdmin = Http.basic(external.url(), Service.ADMIN, Service.DEMO_PASSWORD);
        String derbyBefore = figures(externalAdmin.get(report).json());
        Path copy = Path.of("target", "it-failover", "derby-backup").toAbsolutePath();
        Path fresh = Path.of("target", "it-failover", "restored").toAbsolutePath();
        run(Map.of("URL", external.url().toString(), "ADMIN_USER", Service.ADMIN, "ADMIN_PASSWORD", Service.DEMO_PASSWORD),
                "payara/backup.sh", "derby", "backup", copy.toString());
        external.stop();
        run(Map.of("URL", external.url().toString(), "DATA_DIR", fresh.toString()), "payara/backup.sh", "derby", "restore", copy.toString());
        external = new ServiceProcess("restored", new File(System.getProperty("taphuan.war", "target/taphuan.war")), fresh,
                external.port(), Map.of("taphuan.demo", "false", "taphuan.password.iterations", "1000")).start();

        a.awaitReady(BOOT);
        assertEquals(before, figures(Http.basic(a.url(), Service.ADMIN, Service.DEMO_PASSWORD).get(report).json()),
                "the district report on the restored PostgreSQL database");
        external.awaitReady(BOOT);
        assertEquals(derbyBefore, figures(externalAdmin.get(report).json()), "the district report on the restored Derby database");
    }

    /** The report without the moment it was made. */
    static String figures(JsonObject report) {
        return report.toString().replaceAll("\"(generatedAt|generated|createdAt)\":\"[^\"]*\",?", "");
    }

    static void run(String... command) throws IOException, InterruptedException {
        run(Map.of(), command);
    }

    static void run(Map<String, String> env, String... command) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().putAll(env);
        pb.environment().putAll(Map.of("TAPHUAN_DB_HOST", pg.host(), "TAPHUAN_DB_PORT", String.valueOf(pg.port()),
                "TAPHUAN_DB_NAME", pg.database(), "TAPHUAN_DB_USER", pg.user(), "TAPHUAN_DB_PASSWORD", pg.password()));
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), String.join(" ", command));
        System.out.print("FailoverIT: " + out);
        assertEquals(0, p.exitValue(), String.join(" ", command) + ": " + out);
    }

    @Test
    @Order(5)
    void whenAStrangerWithAnotherClusterNameKnocksThenItIsNotLetIntoTheGrid() throws Exception {
        // a plain Hazelcast member (Payara Micro's own Hazelcast, from its jar) that knows where A (running on the
        // restored database since the test before) listens but not the cluster's name: refused, it ends up alone
        Path jar = Path.of("target", "it-failover", "hazelcast.jar").toAbsolutePath();
        try (var zip = new java.util.zip.ZipFile(System.getProperty("payara.microJar", "target/payara-micro.jar"))) {
            Files.copy(zip.getInputStream(zip.getEntry("MICRO-INF/runtime/hazelcast.jar")), jar,
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        // what Hazelcast says about the attempt (its logging goes to java.util.logging, shared by every class loader)
        List<String> said = Collections.synchronizedList(new ArrayList<>());
        java.util.logging.Logger hazelcastLog = java.util.logging.Logger.getLogger("com.hazelcast");
        java.util.logging.Handler listener = new java.util.logging.Handler() {
            @Override
            public void publish(java.util.logging.LogRecord r) {
                said.add(String.valueOf(r.getMessage()));
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        hazelcastLog.addHandler(listener);
        try (var loader = new java.net.URLClassLoader(new URL[]{jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader())) {
            assertEquals(1, membersSeenBy(loader, "a-guess"), "a member with another cluster name joined");
        } finally {
            hazelcastLog.removeHandler(listener);
        }
        // it did reach A, and was refused for its name (not for an unreachable port)
        assertTrue(said.stream().anyMatch(m -> m.contains("different cluster-name")), "Hazelcast said: " + said);
    }

    /** Starts a Hazelcast member that looks for A on its cluster port, and counts the members it ends up with. */
    static int membersSeenBy(ClassLoader loader, String name) throws Exception {
        Class<?> configType = loader.loadClass("com.hazelcast.config.Config");
        Object config = configType.getConstructor().newInstance();
        configType.getMethod("setClusterName", String.class).invoke(config, name);
        configType.getMethod("setProperty", String.class, String.class).invoke(config, "hazelcast.max.join.seconds", "10");
        Object network = call(config, "getNetworkConfig");
        network.getClass().getMethod("setPort", int.class).invoke(network, ServiceProcess.freePort());
        Object interfaces = call(call(network, "getInterfaces"), "setEnabled", true);
        call(interfaces, "addInterface", "127.0.0.1");
        configType.getMethod("setProperty", String.class, String.class).invoke(config, "hazelcast.socket.bind.any", "false");
        Object join = call(network, "getJoin");
        call(call(join, "getMulticastConfig"), "setEnabled", false);
        Object tcp = call(call(join, "getTcpIpConfig"), "setEnabled", true);
        tcp.getClass().getMethod("addMember", String.class).invoke(tcp, "127.0.0.1:" + hzPortA);
        Class<?> instanceType = loader.loadClass("com.hazelcast.core.HazelcastInstance");
        Object member = loader.loadClass("com.hazelcast.core.Hazelcast").getMethod("newHazelcastInstance", configType).invoke(null, config);
        try {
            Object cluster = instanceType.getMethod("getCluster").invoke(member);
            return ((Set<?>) loader.loadClass("com.hazelcast.cluster.Cluster").getMethod("getMembers").invoke(cluster)).size();
        } finally {
            instanceType.getMethod("shutdown").invoke(member);
        }
    }

    static Object call(Object target, String method, Object... args) throws ReflectiveOperationException {
        for (java.lang.reflect.Method m : target.getClass().getMethods()) {
            if (m.getName().equals(method) && m.getParameterCount() == args.length) {
                return m.invoke(target, args);
            }
        }
        throw new NoSuchMethodException(method);
    }

    static final long UPGRADE_VERSION = 9001;

    static Path root() {
        return Path.of("target", "it-failover").toAbsolutePath();
    }

    /** The WAR of the next version: the same with one more, additive migration. */
    static File upgradedWar(Path root) throws IOException {
        // the same file name: Payara names the application (and its replicated sessions) after it
        Path war = Files.createDirectories(root.resolve("next")).resolve("taphuan.war");
        Files.copy(Path.of(System.getProperty("taphuan.war", "target/taphuan.war")), war, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        try (var zip = java.nio.file.FileSystems.newFileSystem(war)) {
            Path dir = zip.getPath("WEB-INF", "classes", "db", "migration");
            String file = "V" + UPGRADE_VERSION + "__upgrade_drill.sql";
            Files.writeString(dir.resolve(file), "CREATE TABLE upgrade_drill (id INT NOT NULL PRIMARY KEY);\n", StandardCharsets.UTF_8);
            Files.writeString(dir.resolve("index.txt"), Files.readString(dir.resolve("index.txt"), StandardCharsets.UTF_8).strip()
                    + "\n" + file + "\n", StandardCharsets.UTF_8);
        }
        return war.toFile();
    }

    static JsonObject readiness(ServiceProcess instance) {
        JsonObject health = Http.anonymous(instance.url()).get("health/ready").json();
        return health.getJsonArray("checks").stream().map(JsonValue::asJsonObject)
                .filter(c -> c.containsKey("data") && c.getJsonObject("data").containsKey("schemaVersion")).findFirst()
                .orElseThrow(() -> new AssertionError("no schemaVersion in /health/ready: " + health));
    }

    /** Drains the instance in nginx, stops it (SIGTERM), starts it, waits until it is ready, and puts it back. */
    static void restart(ServiceProcess instance) {
        lb.drain(instance.port());
        instance.stop();
        long started = System.nanoTime();
        instance.start().awaitReady(BOOT);
        System.out.printf("FailoverIT: %s restart-to-serving %.1f s%n", instance.url(), (System.nanoTime() - started) / 1e9);
        lb.restore();
    }

    /** Steady traffic through the balancer: a page's API call in a session, a readiness check, an LRS write with ids. */
    static final class Probe implements Runnable {
        final Http learner;
        final Http lrs = lrs(lb.url());
        final AtomicBoolean running = new AtomicBoolean(true);
        final AtomicInteger answered = new AtomicInteger();
        final List<String> failed = Collections.synchronizedList(new ArrayList<>());

        Probe(Http learner) {
            this.learner = learner;
        }

        @Override
        public void run() {
            while (running.get()) {
                String statement = """
                        {"id":"%s","actor":{"objectType":"Agent","mbox":"mailto:probe@example.org"},
                         "verb":{"id":"%sexperienced"},"object":{"id":"http://example.org/activities/probe"}}"""
                        .formatted(UUID.randomUUID(), VERBS);
                check("GET api/auth/me", () -> learner.get("api/auth/me"));
                check("GET health/ready", () -> Http.anonymous(lb.url()).get("health/ready"));
                check("POST xapi/statements", () -> lrs.post("xapi/statements", statement));
                sleep(100);
            }
        }

        private void check(String what, Callable<Http.Response> request) {
            try {
                Http.Response r = request.call();
                if (r.status() / 100 != 2) {
                    failed.add(what + ": " + r.status() + " " + r);
                }
            } catch (Exception e) {
                failed.add(what + ": " + e);
            }
            answered.incrementAndGet();
        }
    }

    /** A staff account with a password of its own (the temporary one changed, as at a first sign-in). */
    static void account(Http admin, String code) {
        Http.Response created = admin.post("api/accounts", "{\"username\":\"" + code + "\",\"role\":\"STAFF\"}");
        assertEquals(201, created.status(), created.toString());
        String temporary = created.json().getString("temporaryPassword");
        Http.Response changed = Http.basic(lb.url(), code, temporary)
                .post("api/auth/password", "{\"currentPassword\":\"" + temporary + "\",\"newPassword\":\"" + PASSWORD + "\"}");
        assertEquals(204, changed.status(), changed.toString());
    }

    /** One learner taking the courses through the load balancer, page by page, as the learner pages do. */
    static final class Learner {
        final String code;
        final boolean onA;
        final Http http;
        final List<String> refused = Collections.synchronizedList(new ArrayList<>());
        final Map<String, String> quizzes = new ConcurrentHashMap<>();

        Learner(String code, boolean onA, Http http) {
            this.code = code;
            this.onA = onA;
            this.http = http;
        }

        Void takeCourses(AtomicInteger steps) {
            for (String course : COURSES) {
                JsonArray lessons = send("launch", h -> h.post("api/courses/" + course + "/launch", "")).json().getJsonArray("lessons");
                steps.incrementAndGet();
                for (int i = 0; i < lessons.size(); i++) {
                    if (i == 2) {
                        quiz(course);
                        steps.addAndGet(2);
                    }
                    String lesson = lessons.getJsonObject(i).getString("id");
                    JsonObject read = send("read " + lesson, h -> h.post("api/courses/" + course + "/lessons/" + lesson + "/read", "")).json();
                    steps.incrementAndGet();
                    assertEquals(i == lessons.size() - 1, read.getBoolean("completed"), code + " " + course + " after " + lesson);
                    sleep(50);
                }
            }
            return null;
        }

        private void quiz(String course) {
            JsonObject quiz = send("quiz", h -> h.post("api/courses/" + course + "/quiz", "")).json();
            String path = "api/courses/" + course + "/quiz/" + quiz.getString("quizId");
            quizzes.put(course, quiz.getString("quizId"));
            Http.Response submitted = send("submit", h -> h.post(path, KEY.answers(quiz, true, Locale.ENGLISH)));
            if (submitted.status() == 409) {
                // the load balancer replayed a submit that reached the killed instance and was committed there
                submitted = send("result", h -> h.get(path));
            }
            assertTrue(submitted.json().getBoolean("passed"), code + " " + course + ": " + submitted);
        }

        /** Sends until the cluster answers: while an instance dies, a request may fail once and is sent again. */
        private Http.Response send(String what, Function<Http, Http.Response> request) {
            for (int attempt = 0; attempt < 60; attempt++) {
                try {
                    Http.Response r = request.apply(http);
                    if (r.status() == 401) {
                        refused.add(what + ": " + r);
                        throw new AssertionError(code + " was asked to sign in again at " + what + ": " + r);
                    }
                    if (r.status() < 500) {
                        assertTrue(r.status() == 200 || r.status() == 409 && what.equals("submit"), code + " " + what + ": " + r);
                        return r;
                    }
                } catch (UncheckedIOException broken) {
                    // the connection broke as the instance died: send again
                }
                sleep(500);
            }
            throw new AssertionError(code + ": " + what + " did not get through in 30 s");
        }
    }

    /** An LRS client posting batches of statements with ids of its own, sending a batch again until it is acknowledged. */
    static final class StatementWriter implements Callable<Void> {
        final String mbox = "mailto:failover-" + UUID.randomUUID() + "@example.org";
        final List<String> acknowledged = Collections.synchronizedList(new ArrayList<>());
        final AtomicBoolean running;

        StatementWriter(AtomicBoolean running) {
            this.running = running;
        }

        @Override
        public Void call() {
            Http client = lrs(lb.url());
            while (running.get()) {
                List<String> ids = new ArrayList<>();
                StringBuilder batch = new StringBuilder("[");
                for (int i = 0; i < 5; i++) {
                    String id = UUID.randomUUID().toString();
                    ids.add(id);
                    batch.append(i == 0 ? "" : ",").append("""
                            {"id":"%s","actor":{"objectType":"Agent","mbox":"%s"},"verb":{"id":"%sexperienced","display":{"en":"experienced"}},
                             "object":{"id":"http://example.org/activities/failover/%s"}}""".formatted(id, mbox, VERBS, id));
                }
                String body = batch.append(']').toString();
                for (int attempt = 0; ; attempt++) {
                    assertTrue(attempt < 60, "statements were not acknowledged in 30 s");
                    try {
                        Http.Response r = client.post("xapi/statements", body);
                        if (r.status() == 200) {
                            acknowledged.addAll(ids);
                            break;
                        }
                        assertTrue(r.status() >= 500, "refused: " + r);
                    } catch (UncheckedIOException broken) {
                        // sent again below, with the same ids: stored once whatever happened to the first try
                    }
                    sleep(500);
                }
                sleep(100);
            }
            return null;
        }
    }

    static Http lrs(URL base) {
        return Http.basic(base, LRS_KEY, LRS_SECRET).header("X-Experience-API-Version", "1.0.3");
    }

    /** Every statement id the LRS returns, following "more" to the end (duplicates kept, to be counted). */
    static List<String> allIds(Http lrs, String filter, Predicate<JsonObject> which) {
        List<String> ids = new ArrayList<>();
        String next = "xapi/statements?limit=100&ascending=true" + (filter.isEmpty() ? "" : "&" + filter);
        while (!next.isEmpty()) {
            JsonObject page = lrs.get(next).json();
            page.getJsonArray("statements").stream().map(JsonValue::asJsonObject).filter(which).forEach(s -> ids.add(s.getString("id")));
            next = page.getString("more").isEmpty() ? "" : page.getString("more").substring(1);
        }
        return ids;
    }

    static Map<String, Long> counts(Connection c, String sql) throws SQLException {
        Map<String, Long> result = new HashMap<>();
        try (PreparedStatement p = c.prepareStatement(sql); ResultSet rs = p.executeQuery()) {
            while (rs.next()) {
                result.put(rs.getString(1), rs.getLong(2));
            }
        }
        return result;
    }

    static long count(Connection c, String sql) {
        try (PreparedStatement p = c.prepareStatement(sql); ResultSet rs = p.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
