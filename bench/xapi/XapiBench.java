/*
 * Benchmark of the built-in LRS (docs/performance.md, "xAPI"). A single-file Java program (JDK 17, no libraries):
 *
 *   java bench/xapi/XapiBench.java ingest <baseUrl> <clients> <batch> <seconds>
 *       POSTs batches of <batch> statements from <clients> concurrent clients for <seconds>; prints statements/s and
 *       request latency p50/p95/p99.
 *   java bench/xapi/XapiBench.java load <baseUrl> <statements> [clients]
 *       bulk-loads <statements> profile-like statements (batches of 100) for the query benchmark.
 *   java bench/xapi/XapiBench.java query <baseUrl> <learners> <requests>
 *       filtered GETs (agent, agent+verb, activity, verb, registration, related_activities, since) against a store
 *       loaded by "load"; prints p50/p95/p99 per filter.
 *   java bench/xapi/XapiBench.java drain <baseUrl> <admin> <password>
 *       waits until the forwarding outbox is empty; prints statements delivered per second.
 *
 * bench/xapi/run.sh runs them all against fresh service processes. The statements are like ours (docs/xapi.md):
 * account actors (learner n = a name-based UUID), 4 courses x 5 lessons, registration per learner x course.
 */

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

public class XapiBench {
    static final String KEY = System.getProperty("key", "demo-lrs-key");
    static final String SECRET = System.getProperty("secret", "demo-lrs-secret-2024");
    static final String HOME = "http://localhost:8080/";
    static final String[] COURSES = {"law-and-policy", "harm-reduction-hiv", "gender-based-violence", "reintegration-and-students"};
    static final String[] VERBS = {"launched", "experienced", "experienced", "experienced", "experienced", "experienced",
            "answered", "answered", "answered", "passed", "completed"};
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).version(HttpClient.Version.HTTP_1_1).build();

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "ingest" -> ingest(args[1], Integer.parseInt(args[2]), Integer.parseInt(args[3]), Integer.parseInt(args[4]));
            case "load" -> load(args[1], Long.parseLong(args[2]), args.length > 3 ? Integer.parseInt(args[3]) : 4);
            case "query" -> query(args[1], Integer.parseInt(args[2]), Integer.parseInt(args[3]));
            case "drain" -> drain(args[1], args[2], args[3]);
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    static UUID learner(long n) {
        return UUID.nameUUIDFromBytes(("learner-" + n).getBytes(StandardCharsets.UTF_8));
    }

    static UUID registration(long n, String course) {
        return UUID.nameUUIDFromBytes(("registration-" + n + "-" + course).getBytes(StandardCharsets.UTF_8));
    }

    /** One statement of our profile for learner n, with a random verb/course/lesson. */
    static String statement(long n, Instant timestamp) {
        return statement(n, timestamp, HOME);
    }

    /** The same, for a deployment with another base IRI (BulkLoad). */
    static String statement(long n, Instant timestamp, String HOME) {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        String course = COURSES[r.nextInt(COURSES.length)];
        String verb = VERBS[r.nextInt(VERBS.length)];
        String courseIri = HOME + "activities/courses/" + course;
        String object = switch (verb) {
            case "experienced" -> courseIri + "/lessons/lesson-" + (1 + r.nextInt(5));
            case "answered" -> courseIri + "/quiz/questions/q" + (10 + r.nextInt(12));
            case "passed" -> courseIri + "/quiz";
            default -> courseIri;
        };
        String parent = verb.equals("launched") || verb.equals("completed") ? "" :
                "\"parent\":[{\"id\":\"" + (verb.equals("answered") ? courseIri + "/quiz" : courseIri) + "\",\"objectType\":\"Activity\"}],";
        String result = switch (verb) {
            case "experienced" -> ",\"result\":{\"completion\":true,\"duration\":\"PT3M12.5S\"}";
            case "answered" -> ",\"result\":{\"success\":" + r.nextBoolean() + ",\"duration\":\"PT21S\"}";
            case "passed", "completed" -> ",\"result\":{\"score\":{\"scaled\":0.9,\"raw\":9,\"min\":0,\"max\":10},\"success\":true,\"completion\":true,\"duration\":\"PT25M\"}";
            default -> "";
        };
        return "{\"id\":\"" + UUID.randomUUID() + "\",\"actor\":{\"objectType\":\"Agent\",\"account\":{\"homePage\":\"" + HOME
                + "\",\"name\":\"" + learner(n) + "\"}},\"verb\":{\"id\":\"http://adlnet.gov/expapi/verbs/" + verb
                + "\",\"display\":{\"en\":\"" + verb + "\",\"vi\":\"" + verb + "\"}},\"object\":{\"objectType\":\"Activity\",\"id\":\""
                + object + "\",\"definition\":{\"type\":\"http://adlnet.gov/expapi/activities/lesson\"}}" + result
                + ",\"context\":{\"registration\":\"" + registration(n, course) + "\",\"platform\":\"Tập huấn\",\"contextActivities\":{" + parent
                + "\"grouping\":[{\"id\":\"" + HOME + "activities/programmes/prostitution-prevention-2024\",\"objectType\":\"Activity\"}],"
                + "\"category\":[{\"id\":\"" + HOME + "xapi-profile\",\"objectType\":\"Activity\"}]},\"extensions\":{\""
                + HOME + "extensions/school-code\":\"THCS" + (1 + n % 20) + "\",\"" + HOME + "extensions/course-version\":1}},"
                + "\"timestamp\":\"" + timestamp + "\"}";
    }

    static String batch(int size, Supplier<Long> learners) {
        StringBuilder sb = new StringBuilder(size * 1400).append('[');
        Instant now = Instant.now();
        for (int i = 0; i < size; i++) {
            sb.append(i == 0 ? "" : ",").append(statement(learners.get(), now));
        }
        return sb.append(']').toString();
    }

    static HttpRequest.Builder request(String base, String path, String key, String secret) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(120))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((key + ":" + secret).getBytes(StandardCharsets.UTF_8)))
                .header("X-Experience-API-Version", "1.0.3");
    }

    static int post(String base, String body) throws Exception {
        HttpResponse<String> r = HTTP.send(request(base, "xapi/statements", KEY, SECRET).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(r.statusCode() + " " + r.body());
        }
        return r.statusCode();
    }

    static void ingest(String base, int clients, int batchSize, int seconds) throws Exception {
        post(base, batch(batchSize, () -> 0L)); // warm the path
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicLong statements = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            pool.submit(() -> {
                while (System.nanoTime() < end) {
                    String body = batch(batchSize, () -> ThreadLocalRandom.current().nextLong(100_000));
                    long t0 = System.nanoTime();
                    try {
                        post(base, body);
                        latencies.add(System.nanoTime() - t0);
                        statements.addAndGet(batchSize);
                    } catch (Exception e) {
                        if (errors.incrementAndGet() <= 3) {
                            System.err.println("error: " + e);
                        }
                    }
                }
                return null;
            });
        }
        pool.shutdown();
        pool.awaitTermination(seconds + 120, TimeUnit.SECONDS);
        double elapsed = (System.nanoTime() - start) / 1e9;
        System.out.printf("ingest clients=%d batch=%d: %.0f statements/s, %d requests, errors=%d, request latency %s%n",
                clients, batchSize, statements.get() / elapsed, latencies.size(), errors.get(), percentiles(latencies));
    }

    static void load(String base, long total, int clients) throws Exception {
        AtomicLong next = new AtomicLong();
        AtomicLong done = new AtomicLong();
        long learners = Math.max(1000, total / 10);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            pool.submit(() -> {
                while (next.getAndAdd(100) < total) {
                    post(base, batch(100, () -> ThreadLocalRandom.current().nextLong(learners)));
                    long d = done.addAndGet(100);
                    if (d % 50_000 == 0) {
                        System.out.printf("  loaded %,d in %.0f s%n", d, (System.nanoTime() - start) / 1e9);
                    }
                }
                return null;
            });
        }
        pool.shutdown();
        pool.awaitTermination(1, TimeUnit.DAYS);
        double elapsed = (System.nanoTime() - start) / 1e9;
        System.out.printf("load: %,d statements (%,d learners) in %.0f s = %.0f statements/s%n", done.get(), learners, elapsed, done.get() / elapsed);
    }

    static void query(String base, int learners, int requests) throws Exception {
        String verbs = "http://adlnet.gov/expapi/verbs/";
        Map<String, Supplier<String>> filters = new java.util.LinkedHashMap<>();
        ThreadLocalRandom r = ThreadLocalRandom.current();
        filters.put("agent", () -> "agent=" + enc(agent(r.nextLong(learners))));
        filters.put("agent+verb", () -> "agent=" + enc(agent(r.nextLong(learners))) + "&verb=" + enc(verbs + "experienced"));
        filters.put("verb (10% of all)", () -> "verb=" + enc(verbs + "completed") + "&limit=20");
        filters.put("activity (a lesson)", () -> "activity=" + enc(HOME + "activities/courses/" + COURSES[r.nextInt(4)] + "/lessons/lesson-" + (1 + r.nextInt(5))) + "&limit=20");
        filters.put("activity+related (a course)", () -> "activity=" + enc(HOME + "activities/courses/" + COURSES[r.nextInt(4)]) + "&related_activities=true&limit=20");
        filters.put("registration", () -> "registration=" + registration(r.nextLong(learners), COURSES[r.nextInt(4)]));
        filters.put("agent+ascending", () -> "agent=" + enc(agent(r.nextLong(learners))) + "&ascending=true");
        filters.put("since (last hour, page 20)", () -> "since=" + enc(Instant.now().minusSeconds(3600).toString()) + "&limit=20");
        filters.put("no filter (page 100)", () -> "limit=100");
        for (var f : filters.entrySet()) {
            List<Long> latencies = new ArrayList<>();
            long rows = 0;
            for (int i = 0; i < requests; i++) {
                HttpRequest req = request(base, "xapi/statements?" + f.getValue().get(), KEY, SECRET).GET().build();
                long t0 = System.nanoTime();
                HttpResponse<String> resp = HTTP.send(req, HttpResponse.BodyHandlers.ofString());
                long t = System.nanoTime() - t0;
                if (resp.statusCode() != 200) {
                    throw new IllegalStateException(resp.statusCode() + " " + resp.body());
                }
                if (i >= requests / 10) {
                    latencies.add(t);
                }
                rows += resp.body().split("\"stored\"", -1).length - 1;
            }
            System.out.printf("query %-28s %s, %.1f statements per answer%n", f.getKey() + ":", percentiles(latencies), rows / (double) requests);
        }
    }

    static void drain(String base, String admin, String password) throws Exception {
        long start = System.nanoTime();
        long first = -1;
        long delivered0 = -1;
        while (true) {
            HttpResponse<String> r = HTTP.send(request(base, "api/xapi/forwarding", admin, password).GET().build(), HttpResponse.BodyHandlers.ofString());
            String body = r.body();
            long pending = number(body, "pending");
            long delivered = number(body, "delivered");
            if (delivered0 < 0) {
                delivered0 = delivered;
                first = pending;
            }
            if (pending == 0) {
                double elapsed = (System.nanoTime() - start) / 1e9;
                System.out.printf("forwarding: %,d statements delivered in %.1f s = %.0f statements/s (outbox was %,d)%n",
                        delivered - delivered0, elapsed, (delivered - delivered0) / elapsed, first);
                return;
            }
            Thread.sleep(200);
        }
    }

    static long number(String json, String name) {
        int i = json.indexOf("\"" + name + "\":");
        int from = i + name.length() + 3;
        int to = from;
        while (to < json.length() && Character.isDigit(json.charAt(to))) {
            to++;
        }
        return Long.parseLong(json.substring(from, to));
    }

    static String agent(long n) {
        return "{\"account\":{\"homePage\":\"" + HOME + "\",\"name\":\"" + learner(n) + "\"}}";
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static String percentiles(List<Long> nanos) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        if (sorted.isEmpty()) {
            return "no samples";
        }
        return String.format("p50 %.1f ms, p95 %.1f ms, p99 %.1f ms (n=%d)", at(sorted, 0.50), at(sorted, 0.95), at(sorted, 0.99), sorted.size());
    }

    static double at(List<Long> sorted, double q) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(q * sorted.size()) - 1)) / 1e6;
    }
}
