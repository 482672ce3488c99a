/*
 * What a person waits for in the browser on a phone (issue 13, "Figures"): Debian's Chromium driven by Selenium at a
 * 360 × 740 mobile viewport with the CPU slowed 4× through DevTools (Emulation.setCPUThrottlingRate), as a low-end
 * phone. Each run is a fresh browser profile (an empty cache: a first visit) and times:
 *   sign-in → my courses     from pressing "Đăng nhập" (the form posts, the server redirects) to the first course
 *                            card on /learn/                                                     (target < 1.5 s)
 *   quiz submit → result     from pressing "Nộp bài" on a quiz of 10 to the verdict shown        (target < 1 s)
 *   report → first chart     the principal opens the school report: from the navigation's start to the first
 *                            chart (canvas or svg in .chart) drawn, first visit and again          (target < 2 s)
 * Marks are taken inside the page: a script the browser runs at the start of every document (CDP
 * Page.addScriptToEvaluateOnNewDocument) watches the DOM and notes the time of the frame after the element appears;
 * the start is taken in the page too, in the same script call that clicks. No Selenium round trip is in a figure.
 * Prints every run, then median, p95 and max of each figure.
 *
 * Run it through bench/browser/run.sh (a fresh demo service), or against a running demo service:
 *   java -cp "$(cat target/bench-browser/cp.txt)" bench/browser/BrowserBench.java http://localhost:8080/ [runs=10] [cpuRate=4]
 * It makes one new staff member with an account of their own (code BENCH-…) in the demo school THCS01, and signs in
 * as the demo principal (hieutruong). The client shares the machine with the service: figures include its cost.
 */
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.chromium.HasCdp;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public class BrowserBench {
    static final String CHROMIUM = System.getProperty("chromium", "/usr/bin/chromium");
    static final String DRIVER = System.getProperty("chromedriver", "/usr/bin/chromedriver");
    static final String ADMIN = "admin", PRINCIPAL = "hieutruong", DEMO_PASSWORD = "demo-2024";
    static final String LEARNER_PASSWORD = "bench-browser-2024";
    static final String COURSE = "law-and-policy";
    /** The school report of the principal's own school (the page picks it for a principal). */
    static final String REPORT = System.getProperty("report", "admin/school-report.html");

    /**
     * Runs at the start of every document: notes, in epoch milliseconds, the frame after each element first appears.
     * courses: a course card of "my courses"; verdict: the quiz result's verdict; chart: a chart's canvas or svg.
     */
    static final String PROBE = """
            (() => {
              const marks = window.__benchMarks = {};
              const probes = { courses: "#courses > li", verdict: "#verdict", chart: ".chart canvas, .chart svg" };
              const seen = {};
              const check = () => {
                for (const [name, selector] of Object.entries(probes)) {
                  if (seen[name]) continue;
                  const e = document.querySelector(selector);
                  if (!e || (name === "verdict" && !e.textContent.trim())) continue;
                  seen[name] = true;
                  requestAnimationFrame(() => { marks[name] = performance.timeOrigin + performance.now(); });
                }
              };
              new MutationObserver(check).observe(document, { childList: true, subtree: true, characterData: true });
            })();""";

    static String base;

    public static void main(String[] args) {
        int status = 0;
        try {
            run(args);
        } catch (Exception e) {
            e.printStackTrace();
            status = 1;
        }
        System.exit(status);
    }

    static void run(String[] args) throws Exception {
        base = args.length > 0 ? (args[0].endsWith("/") ? args[0] : args[0] + "/") : "http://localhost:8080/";
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        double cpuRate = args.length > 2 ? Double.parseDouble(args[2]) : 4;
        String learner = newLearner();
        System.out.printf("browser bench: %s, %d run(s), 360×740 mobile, CPU slowed %s×, learner %s%n", base, runs,
                cpuRate, learner);
        Map<String, List<Double>> figures = new LinkedHashMap<>();
        for (String name : List.of("sign-in → my courses", "quiz submit → result", "report → first chart (first visit)",
                "report → first chart (again)")) {
            figures.put(name, new ArrayList<>());
        }
        for (int i = 1; i <= runs; i++) {
            try (Phone phone = new Phone(cpuRate)) {
                double signIn = phone.signIn(learner, LEARNER_PASSWORD);
                double submit = phone.submitQuiz(COURSE);
                phone.signOut();
                phone.signInUntimed(PRINCIPAL, DEMO_PASSWORD);
                double report = phone.openReport();
                double again = phone.openReport();
                List<Double> run = List.of(signIn, submit, report, again);
                int k = 0;
                for (List<Double> values : figures.values()) {
                    values.add(run.get(k++));
                }
                System.out.printf(Locale.ROOT, "run %2d: sign-in %6.0f ms · quiz submit %6.0f ms · report %6.0f ms (again %6.0f ms)%n",
                        i, signIn, submit, report, again);
            }
        }
        System.out.printf("%-36s %5s %9s %9s %9s%n", "figure", "runs", "median", "p95", "max");
        figures.forEach((name, values) -> System.out.printf(Locale.ROOT, "%-36s %5d %6.0f ms %6.0f ms %6.0f ms%n", name,
                values.size(), percentile(values, 50), percentile(values, 95), percentile(values, 100)));
    }

    /** Nearest-rank percentile. */
    static double percentile(List<Double> values, int p) {
        List<Double> sorted = values.stream().sorted(Comparator.naturalOrder()).toList();
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }

    /** A phone: a fresh Chromium profile, the mobile viewport, the slowed CPU and the probe in every page. */
    static final class Phone implements AutoCloseable {
        final Path profile;
        final WebDriver driver;
        final JavascriptExecutor js;

        Phone(double cpuRate) throws IOException {
            profile = Files.createTempDirectory("bench-browser");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM);
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--disable-dev-shm-usage", "--window-size=360,740", "--lang=vi", "--user-data-dir=" + profile);
            driver = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER)).build(), options);
            js = (JavascriptExecutor) driver;
            HasCdp cdp = (HasCdp) driver;
            // headless Chromium keeps a window at least 500 px wide: the phone's viewport comes from device metrics
            cdp.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                    Map.of("width", 360, "height", 740, "deviceScaleFactor", 1, "mobile", true));
            cdp.executeCdpCommand("Emulation.setCPUThrottlingRate", Map.of("rate", cpuRate));
            cdp.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", PROBE));
        }

        WebElement waitFor(By by) {
            return new WebDriverWait(driver, Duration.ofSeconds(60)).pollingEvery(Duration.ofMillis(50))
                    .until(d -> d.findElements(by).stream().filter(WebElement::isDisplayed).findFirst().orElse(null));
        }

        /** Clicks in the page and answers the page's clock just before it (epoch ms). */
        double clickAt(WebElement element) {
            return ((Number) js.executeScript("const t = performance.timeOrigin + performance.now(); arguments[0].click(); return t;", element)).doubleValue();
        }

        /** Waits for the probe's mark in the page now shown (epoch ms); a page still loading is asked again. */
        double mark(String name) {
            return new WebDriverWait(driver, Duration.ofSeconds(60)).pollingEvery(Duration.ofMillis(50))
                    .ignoring(org.openqa.selenium.JavascriptException.class)
                    .until(d -> {
                        Object v = js.executeScript("return window.__benchMarks ? window.__benchMarks[arguments[0]] : null;", name);
                        return v == null ? null : ((Number) v).doubleValue();
                    });
        }

        double signIn(String username, String password) {
            driver.get(base);
            waitFor(By.id("username")).sendKeys(username);
            driver.findElement(By.id("password")).sendKeys(password);
            double start = clickAt(driver.findElement(By.cssSelector("#signin button[type=submit]")));
            new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> d.getCurrentUrl().contains("/learn/"));
            return mark("courses") - start;
        }

        void signInUntimed(String username, String password) {
            driver.get(base);
            waitFor(By.id("username")).sendKeys(username);
            driver.findElement(By.id("password")).sendKeys(password);
            driver.findElement(By.cssSelector("#signin button[type=submit]")).click();
            new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> !d.getCurrentUrl().equals(base) && !d.getCurrentUrl().contains("/?"));
        }

        /** Opens the quiz (a new draw after the last one was submitted), picks the first choice everywhere, submits. */
        double submitQuiz(String course) {
            driver.get(base + "learn/quiz.html?course=" + course);
            waitFor(By.cssSelector("fieldset.question"));
            for (WebElement question : driver.findElements(By.cssSelector("fieldset.question"))) {
                question.findElement(By.cssSelector("label.choice input")).click();
            }
            double start = clickAt(waitFor(By.id("submit")));
            return mark("verdict") - start;
        }

        void signOut() {
            driver.findElement(By.cssSelector("[data-sign-out]")).click();
            waitFor(By.id("username"));
        }

        /** From the navigation's start (the page's time origin) to the first chart drawn. */
        double openReport() {
            driver.get(base + REPORT);
            double origin = ((Number) js.executeScript("return performance.timeOrigin;")).doubleValue();
            return mark("chart") - origin;
        }

        @Override
        public void close() {
            driver.quit();
            try (var files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            } catch (IOException | RuntimeException ignored) {
                // Chromium may still be writing its profile as it exits: a temp folder left behind is harmless
            }
        }
    }

    /** A new staff member of THCS01 with an account and their own password (the temporary one replaced). */
    static String newLearner() throws Exception {
        String code = "BENCH-" + Long.toString(System.currentTimeMillis(), 36).toUpperCase(Locale.ROOT);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
        expect(201, post(http, "api/staff", basic(ADMIN, DEMO_PASSWORD), """
                {"code":"%s","fullName":"Nguyễn Thị Đo Thử","gender":"FEMALE","category":"EMPLOYEE","schoolCode":"THCS01","startDate":"2020-09-01"}"""
                .formatted(code)));
        HttpResponse<String> account = expect(201, post(http, "api/accounts", basic(ADMIN, DEMO_PASSWORD),
                "{\"username\":\"" + code + "\",\"role\":\"STAFF\"}"));
        Matcher m = Pattern.compile("\"temporaryPassword\"\\s*:\\s*\"([^\"]+)\"").matcher(account.body());
        if (!m.find()) {
            throw new IllegalStateException("no temporary password in " + account.body());
        }
        expect(204, post(http, "api/auth/password", basic(code, m.group(1)),
                "{\"currentPassword\":\"" + m.group(1) + "\",\"newPassword\":\"" + LEARNER_PASSWORD + "\"}"));
        return code;
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    static HttpResponse<String> post(HttpClient http, String path, String authorization, String json) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", authorization)
                .header("Content-Type", "application/json").header("Accept-Language", "vi")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> expect(int status, HttpResponse<String> r) {
        if (r.statusCode() != status) {
            throw new IllegalStateException("expected " + status + " from " + r.uri() + " but got " + r.statusCode() + ": " + r.body());
        }
        return r;
    }
}
