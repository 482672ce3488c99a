/*
 * Learner pages and quiz under load: N concurrent learners (default 100), each signed in with their own session.
 *   phase "lesson"  : GET /api/courses/{c}/lessons/{l}          (the lesson page's one API call; full 200 answers)
 *   phase "read"    : POST /api/courses/{c}/lessons/{l}/read    (marking a lesson read: a locked write + a learning event)
 *   phase "submit"  : POST /api/courses/{c}/quiz/{id}           (scoring a 10-question quiz: 11 learning events)
 * Each phase runs paced (every learner waits 0.5–1.5 s between requests, like a brisk person) twice — right after
 * the warm-up (a service in its first minutes) and after every learner took runningQuizzes more quizzes (a service
 * that has been running a while) — and then flat out (no waiting: the capacity of the machine, where latency is
 * queueing: learners / throughput).
 * Prints p50/p95/p99/max latency and throughput per phase. Run it through bench/learning/run.sh, which starts a
 * fresh service and creates the learners' accounts; or by hand against a running demo service:
 *   java bench/learning/LearningBench.java http://localhost:8080/ [learners=100] [lessonRequests=50] [quizzes=5] [runningQuizzes=20]
 * The client runs on the same machine as the service (2 cores shared): figures include its cost.
 */
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public class LearningBench {
    static final String PASSWORD = "bench-2024-pass";
    static final String[] COURSES = {"law-and-policy", "harm-reduction-hiv", "gender-based-violence", "reintegration-and-students"};
    static String base;

    public static void main(String[] args) {
        int status = 0;
        try {
            run(args);
        } catch (Exception e) {
            e.printStackTrace();
            status = 1;
        }
        System.exit(status); // the HTTP client's executor threads would keep the JVM (and run.sh, holding the bench lock) alive
    }

    static void run(String[] args) throws Exception {
        base = args.length > 0 ? args[0] : "http://localhost:8080/";
        int learners = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        int lessonRequests = args.length > 2 ? Integer.parseInt(args[2]) : 50;
        int quizzes = args.length > 3 ? Integer.parseInt(args[3]) : 5;
        int runningQuizzes = args.length > 4 ? Integer.parseInt(args[4]) : 20;

        HttpClient admin = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
        String basic = "Basic " + Base64.getEncoder().encodeToString("admin:demo-2024".getBytes(StandardCharsets.UTF_8));
        List<String> lessonIds = new ArrayList<>();
        for (String course : COURSES) {
            String detail = send(admin, req("api/courses/" + course).header("Authorization", basic).GET()).body();
            for (Matcher m = Pattern.compile("\\{\"id\":\"([a-z0-9-]+)\",\"read\"").matcher(detail); m.find(); ) {
                lessonIds.add(course + "/" + m.group(1));
            }
        }
        System.out.printf("lessons in the catalogue: %d%n", lessonIds.size());

        // learners: staff of the demo district, each with an account of their own (created once, reused on a re-run)
        List<String> codes = new ArrayList<>();
        for (int school = 1; codes.size() < learners && school <= 20; school++) {
            String page = send(admin, req("api/staff?school=THCS%02d&size=100".formatted(school)).header("Authorization", basic).GET()).body();
            // people who left (a leaving date, passed or coming) cannot sign in: the demo's dates are real ones
            for (String person : page.split("\\},\\{")) {
                Matcher m = Pattern.compile("\"code\":\"(GV\\d+)\"").matcher(person);
                if (m.find() && codes.size() < learners && !m.group(1).equals("GV00002")
                        && person.contains("\"status\":\"ACTIVE\"") && !person.contains("\"endDate\"")) {
                    codes.add(m.group(1));
                }
            }
        }
        for (String code : codes) {
            Learner.createAccount(admin, basic, code); // one at a time: this is set-up, not what is measured
        }
        List<Learner> all = parallel(codes.stream().map(code -> (Callable<Learner>) () -> Learner.signIn(code)).toList(), learners);
        System.out.printf("learners signed in: %d%n", all.size());

        // warm-up (not timed), so the figures are of a running service, not of its first minute (JIT): every lesson
        // once; each learner reads every lesson of one course (so a pass there completes it: completion, certificate,
        // programme progress) and takes one quiz of each course
        parallel(all.stream().map(l -> (Callable<Long>) () -> {
            for (String lesson : lessonIds) {
                l.lesson(lesson);
            }
            l.readCourse(COURSES[all.indexOf(l) % COURSES.length], lessonIds);
            for (String course : COURSES) {
                l.quiz(course, 0);
            }
            return 0L;
        }).toList(), learners);
        System.out.printf("warm-up quizzes: %s%n", Learner.outcomes());

        // Paced: each learner waits 0.5–1.5 s between requests (a brisk person clicking on); this is the figure the
        // goal is about. First right after the warm-up: a service in its first minutes, the JIT still compiling the
        // hot paths. Then, after every learner took `runningQuizzes` more quizzes (untimed, flat out), again: a
        // service that has been running a while, the state it spends its days in. Flat out: no waiting at all,
        // every learner fires the next request at once (capacity).
        phases("paced, first minutes", 1000, learners, lessonRequests, quizzes, lessonIds, all);
        // ... and each learner then reads every lesson of a course they have not passed yet (no quiz of it is taken
        // meanwhile), so that passes in the running phase complete courses too (completion statement, programme
        // progress, certificate), as real learners' do
        parallel(all.stream().map(l -> (Callable<Long>) () -> {
            String toComplete = java.util.Arrays.stream(COURSES).filter(c -> !l.passed.contains(c)).findFirst().orElse("");
            for (int i = 0; i < runningQuizzes; i++) {
                String course;
                do {
                    course = COURSES[l.random.nextInt(COURSES.length)];
                } while (course.equals(toComplete));
                l.quiz(course, 0);
            }
            l.readCourse(toComplete, lessonIds);
            return 0L;
        }).toList(), learners);
        System.out.printf("quizzes to run the service in: %s%n", Learner.outcomes());
        phases("paced, running", 1000, learners, lessonRequests, quizzes, lessonIds, all);
        phases("flat-out", 0, learners, lessonRequests, quizzes, lessonIds, all);
    }

    static void phases(String mode, int thinkMs, int learners, int lessonRequests, int quizzes, List<String> lessonIds, List<Learner> all) throws Exception {
        int lessonsEach = thinkMs > 0 ? Math.max(1, lessonRequests / 2) : lessonRequests;
        report(mode + " lesson (GET)", learners, all, l -> {
            List<Long> times = new ArrayList<>();
            for (int i = 0; i < lessonsEach; i++) {
                l.think(thinkMs);
                times.add(l.lesson(lessonIds.get(l.random.nextInt(lessonIds.size()))));
            }
            return times;
        });
        report(mode + " read (POST)", learners, all, l -> {
            List<Long> times = new ArrayList<>();
            for (int i = 0; i < Math.max(1, lessonsEach / 5); i++) {
                l.think(thinkMs);
                times.add(l.read(lessonIds.get(l.random.nextInt(lessonIds.size()))));
            }
            return times;
        });
        report(mode + " quiz submit (POST)", learners, all, l -> {
            List<Long> times = new ArrayList<>();
            for (int i = 0; i < quizzes; i++) {
                times.add(l.quiz(COURSES[l.random.nextInt(COURSES.length)], thinkMs));
            }
            return times;
        });
        System.out.printf("%s quizzes: %s%n", mode, Learner.outcomes());
    }

    interface Work {
        List<Long> run(Learner l) throws Exception;
    }

    static void report(String phase, int threads, List<Learner> learners, Work work) throws Exception {
        long start = System.nanoTime();
        List<List<Long>> perLearner = parallel(learners.stream().map(l -> (Callable<List<Long>>) () -> work.run(l)).toList(), threads);
        double seconds = (System.nanoTime() - start) / 1e9;
        List<Long> all = new ArrayList<>();
        perLearner.forEach(all::addAll);
        Collections.sort(all);
        System.out.printf("%-40s load=%-5s n=%5d  p50=%6.1f ms  p95=%6.1f ms  p99=%6.1f ms  max=%6.1f ms  throughput=%6.0f req/s%n",
                phase, loadAverage(), all.size(), pct(all, 50), pct(all, 95), pct(all, 99), all.get(all.size() - 1) / 1e6, all.size() / seconds);
    }

    /** The machine's 1-minute load average (other work on the box shows in the figures). */
    static String loadAverage() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ")[0];
        } catch (java.io.IOException e) {
            return "?";
        }
    }

    static double pct(List<Long> sorted, double p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100 * sorted.size()) - 1)) / 1e6;
    }

    static <T> List<T> parallel(List<Callable<T>> tasks, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<T> results = new ArrayList<>();
            for (Future<T> f : pool.invokeAll(tasks)) {
                results.add(f.get());
            }
            return results;
        } finally {
            pool.shutdown();
        }
    }

    static HttpRequest.Builder req(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60)).header("Accept-Language", "vi");
    }

    static HttpResponse<String> send(HttpClient client, HttpRequest.Builder b) throws Exception {
        HttpResponse<String> r;
        try {
            r = client.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (java.io.IOException closedKeptAliveConnection) {
            // the service ends a kept-alive connection after some requests; a request caught in that race is resent
            // (a quiz that the first send did submit answers 409 QUIZ_SUBMITTED: it was done, which is what counts)
            r = client.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (r.statusCode() == 409 && r.body().contains("QUIZ_SUBMITTED")) {
                return r;
            }
        }
        if (r.statusCode() >= 400) {
            throw new IllegalStateException(r.request().method() + " " + r.uri() + " → " + r.statusCode() + " " + r.body());
        }
        return r;
    }

    static String find(String regex, String text) {
        Matcher m = Pattern.compile(regex).matcher(text);
        if (!m.find()) {
            throw new IllegalStateException(regex + " not in " + text);
        }
        return m.group(1);
    }

    /** One client for all learners (one connection pool, one selector thread), so the load generator stays light. */
    static final HttpClient SHARED = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10))
            .executor(Executors.newFixedThreadPool(4)).build();

    /** One learner: their own session cookie and CSRF token, as a browser has. */
    static final class Learner {
        final HttpClient client = SHARED;
        String cookie;
        final Random random = new Random();
        /** Courses this learner has passed a quiz of. */
        final java.util.Set<String> passed = java.util.concurrent.ConcurrentHashMap.newKeySet();
        String csrf;

        HttpRequest.Builder req(String path) {
            return LearningBench.req(path).header("Cookie", cookie);
        }

        void think(int ms) throws InterruptedException {
            if (ms > 0) {
                Thread.sleep(ms / 2 + random.nextInt(ms));
            }
        }

        static void createAccount(HttpClient admin, String basic, String code) throws Exception {
            HttpResponse<String> created = admin.send(LearningBench.req("api/accounts").header("Authorization", basic).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + code + "\",\"role\":\"STAFF\"}")).build(), HttpResponse.BodyHandlers.ofString());
            if (created.statusCode() != 201 && created.statusCode() != 409) {
                throw new IllegalStateException("account " + code + ": " + created.statusCode() + " " + created.body());
            }
            if (created.statusCode() == 201) {
                String temporary = find("\"temporaryPassword\":\"([^\"]+)\"", created.body());
                String auth = "Basic " + Base64.getEncoder().encodeToString((code + ":" + temporary).getBytes(StandardCharsets.UTF_8));
                send(admin, LearningBench.req("api/auth/password").header("Authorization", auth).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"currentPassword\":\"" + temporary + "\",\"newPassword\":\"" + PASSWORD + "\"}")));
            }
        }

        static Learner signIn(String code) throws Exception {
            Learner l = new Learner();
            String form = "username=" + URLEncoder.encode(code, StandardCharsets.UTF_8) + "&password=" + PASSWORD;
            HttpResponse<Void> signedIn = l.client.send(LearningBench.req("api/auth/login").header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
            String location = signedIn.headers().firstValue("Location").orElse("");
            // the session cookie and, with a distributable web app, its JSESSIONIDVERSION companion
            l.cookie = String.join("; ", signedIn.headers().allValues("Set-Cookie").stream()
                    .map(c -> c.substring(0, c.indexOf(';') < 0 ? c.length() : c.indexOf(';'))).toList());
            if (signedIn.statusCode() != 303 || location.contains("error")) {
                throw new IllegalStateException("sign-in " + code + ": " + signedIn.statusCode() + " " + java.net.URLDecoder.decode(location, StandardCharsets.UTF_8));
            }
            l.csrf = find("\"csrfToken\":\"([^\"]+)\"", send(l.client, l.req("api/auth/me").GET()).body());
            return l;
        }

        long lesson(String courseAndLesson) throws Exception {
            String[] p = courseAndLesson.split("/");
            long t = System.nanoTime();
            send(client, req("api/courses/" + p[0] + "/lessons/" + p[1]).GET());
            return System.nanoTime() - t;
        }

        long read(String courseAndLesson) throws Exception {
            String[] p = courseAndLesson.split("/");
            long t = System.nanoTime();
            send(client, req("api/courses/" + p[0] + "/lessons/" + p[1] + "/read").header("X-CSRF-Token", csrf).POST(HttpRequest.BodyPublishers.noBody()));
            return System.nanoTime() - t;
        }

        /** Reads every lesson of the course (untimed set-up). */
        void readCourse(String course, List<String> lessonIds) throws Exception {
            for (String lesson : lessonIds) {
                if (lesson.startsWith(course + "/")) {
                    read(lesson);
                }
            }
        }

        /**
         * Opens a quiz (not timed) and submits answers (timed). Learners learn from the feedback, as people do (and
         * all learners share it: they talk). A failed result says only which questions were right: a right pick is
         * remembered as the answer, a wrong one is not tried again. A passed result shows the correct choices, which
         * are remembered. A remembered answer is given 8 times in 10; otherwise the first choice shown that is not
         * known to be wrong. So the first quizzes mostly fail and later ones mostly pass, and submits exercise both
         * paths: a failed attempt, and a pass that may complete the course.
         */
        long quiz(String course, int thinkMs) throws Exception {
            think(thinkMs);
            String quiz = send(client, req("api/courses/" + course + "/quiz").header("X-CSRF-Token", csrf).POST(HttpRequest.BodyPublishers.noBody())).body();
            String id = find("\"quizId\":\"([^\"]+)\"", quiz);
            List<String> parts = new ArrayList<>();
            java.util.Map<String, java.util.Set<String>> pickedTexts = new java.util.HashMap<>();
            // a question as drawn: {"choices":["…","…"],"id":"…","text":…
            for (Matcher m = Pattern.compile("\\{\"choices\":\\[(.*?)\\],\"id\":\"([^\"]+)\",\"text\"").matcher(quiz); m.find(); ) {
                List<String> shown = strings(m.group(1));
                String key = course + "/" + m.group(2);
                java.util.Set<String> right = KNOWN.get(key);
                java.util.Set<String> wrong = WRONG.getOrDefault(key, java.util.Set.of());
                List<String> picks = new ArrayList<>();
                if (right != null && random.nextInt(10) < 8) {
                    for (int i = 0; i < shown.size(); i++) {
                        if (right.contains(shown.get(i))) {
                            picks.add(String.valueOf(i));
                        }
                    }
                }
                if (picks.isEmpty()) {
                    int guess = 0;
                    while (guess < shown.size() - 1 && wrong.contains(shown.get(guess))) {
                        guess++;
                    }
                    picks.add(String.valueOf(guess));
                }
                java.util.Set<String> texts = new java.util.HashSet<>();
                picks.forEach(i -> texts.add(shown.get(Integer.parseInt(i))));
                pickedTexts.put(key, texts);
                parts.add("\"" + m.group(2) + "\":[" + String.join(",", picks) + "]");
            }
            String body = "{\"answers\":{" + String.join(",", parts) + "}}";
            think(thinkMs);
            long t = System.nanoTime();
            String result;
            try {
                result = send(client, req("api/courses/" + course + "/quiz/" + id).header("X-CSRF-Token", csrf).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))).body();
            } catch (IllegalStateException answeredWithAnError) {
                // counted and shown with the phase: a failed submit must not end the run and hide the figures
                FAILED.incrementAndGet();
                System.err.println("quiz submit: " + answeredWithAnError.getMessage());
                return System.nanoTime() - t;
            }
            long took = System.nanoTime() - t;
            if (result.contains("\"passed\":true")) {
                passed.add(course);
            }
            learn(course, result, pickedTexts);
            return took;
        }

        /** Every learner's memory of the correct choices: course/question id → texts of its correct choices. */
        static final java.util.Map<String, java.util.Set<String>> KNOWN = new java.util.concurrent.ConcurrentHashMap<>();
        static final java.util.concurrent.atomic.AtomicInteger SUBMITTED = new java.util.concurrent.atomic.AtomicInteger();
        static final java.util.concurrent.atomic.AtomicInteger PASSED = new java.util.concurrent.atomic.AtomicInteger();
        static final java.util.concurrent.atomic.AtomicInteger COMPLETED = new java.util.concurrent.atomic.AtomicInteger();
        static final java.util.concurrent.atomic.AtomicInteger FAILED = new java.util.concurrent.atomic.AtomicInteger();

        /** Per course/question id, the choice texts known to be wrong (a single pick marked wrong in a failed result). */
        static final java.util.Map<String, java.util.Set<String>> WRONG = new java.util.concurrent.ConcurrentHashMap<>();

        /**
         * Reads a result: {"certificateCode":…,"courseCompleted":…,"passed":…,"questions":[{"choices":[{"correct":…,
         * "picked":…,"text":"…"},…],"explanation":…,"id":"…","lesson":{…},"right":…,… — choices only after a pass.
         */
        static void learn(String course, String result, java.util.Map<String, java.util.Set<String>> picked) {
            SUBMITTED.incrementAndGet();
            if (result.contains("\"passed\":true")) {
                PASSED.incrementAndGet();
            }
            if (result.contains("\"certificateCode\":\"")) {
                COMPLETED.incrementAndGet();
            }
            Matcher q = Pattern.compile("\\{\"choices\":\\[(.*?)\\],\"explanation\":(?:\"(?:[^\"\\\\]|\\\\.)*\"|null),\"id\":\"([^\"]+)\"").matcher(result);
            while (q.find()) {
                java.util.Set<String> right = new java.util.HashSet<>();
                Matcher c = Pattern.compile("\\{\"correct\":(true|false),\"picked\":(?:true|false),\"text\":\"((?:[^\"\\\\]|\\\\.)*)\"\\}").matcher(q.group(1));
                while (c.find()) {
                    if (c.group(1).equals("true")) {
                        right.add(c.group(2));
                    }
                }
                if (!right.isEmpty()) {
                    KNOWN.put(course + "/" + q.group(2), right);
                }
            }
            // a failed result: which questions were right, nothing more
            Matcher marked = Pattern.compile("\"id\":\"([^\"]+)\",(?:\"lesson\":(?:null|\\{\"id\":\"[^\"]*\",\"title\":\"(?:[^\"\\\\]|\\\\.)*\"\\}),)?\"right\":(true|false)").matcher(result);
            while (marked.find()) {
                String key = course + "/" + marked.group(1);
                java.util.Set<String> mine = picked.getOrDefault(key, java.util.Set.of());
                if (marked.group(2).equals("true")) {
                    KNOWN.putIfAbsent(key, mine);
                } else if (mine.size() == 1) {
                    WRONG.computeIfAbsent(key, k -> java.util.concurrent.ConcurrentHashMap.newKeySet()).addAll(mine);
                }
            }
        }

        /** The JSON strings of a list, as written (escapes kept: they are compared with the same text written the same way). */
        static List<String> strings(String list) {
            List<String> out = new ArrayList<>();
            for (Matcher m = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"").matcher(list); m.find(); ) {
                out.add(m.group(1));
            }
            return out;
        }

        /** Submitted, passed, completed and failed since the last call. */
        static String outcomes() {
            int n = SUBMITTED.getAndSet(0), passed = PASSED.getAndSet(0), completed = COMPLETED.getAndSet(0), failed = FAILED.getAndSet(0);
            return "%d submitted, %d passed, %d completed a course, %d answered with an error (%d questions known)".formatted(n, passed, completed, failed,
                    KNOWN.size());
        }
    }
}
