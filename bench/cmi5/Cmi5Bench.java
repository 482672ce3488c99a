/*
 * cmi5 launch benchmark (issue 15: "cmi5 launch, click to AU loaded, including fetch < 500 ms"; docs/performance.md
 * "xAPI"). Imports the test suite's sample package (src/test/resources/cmi5/sample, two AUs) as the district admin,
 * then launches its first AU as a demo learner again and again, as the learner's page and the AU do: POST the launch
 * (registration, session, LMS.LaunchData, "launched"), GET the AU's page from the launch URL, POST the one-time fetch
 * URL for the auth-token. Prints the first launch and p50/p95/p99 of the rest; a browser's rendering is not included.
 *
 *   java bench/cmi5/Cmi5Bench.java <baseUrl> <launches>
 */

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

public class Cmi5Bench {
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).version(HttpClient.Version.HTTP_1_1).build();
    static final Path SAMPLE = Path.of("src/test/resources/cmi5/sample");

    public static void main(String[] args) throws Exception {
        String base = args[0];
        int launches = Integer.parseInt(args[1]);
        String admin = basic("admin", "demo-2024");
        String learner = basic("GV00002", "demo-2024");
        HttpResponse<String> imported = HTTP.send(HttpRequest.newBuilder(URI.create(base + "api/cmi5/packages")).header("Authorization", admin)
                .header("Content-Type", "application/zip").POST(HttpRequest.BodyPublishers.ofByteArray(sampleZip())).build(), HttpResponse.BodyHandlers.ofString());
        check(imported, 200, 201);
        String courseId = field(imported.body(), "courseId");
        List<Long> times = new ArrayList<>();
        for (int i = 0; i <= launches; i++) {
            long t0 = System.nanoTime();
            launch(base, learner, courseId);
            times.add(System.nanoTime() - t0);
        }
        long first = times.remove(0);
        Collections.sort(times);
        System.out.printf("cmi5 launch (launch + AU page + fetch), %d launches: first %.1f ms; p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                launches, first / 1e6, at(times, 0.50), at(times, 0.95), at(times, 0.99), times.get(times.size() - 1) / 1e6);
    }

    static void launch(String base, String learner, String courseId) throws Exception {
        HttpResponse<String> launched = HTTP.send(HttpRequest.newBuilder(URI.create(base + "api/cmi5/courses/" + courseId + "/aus/1/launch"))
                .header("Authorization", learner).POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        check(launched, 200);
        String url = field(launched.body(), "url");
        check(HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", learner).GET().build(), HttpResponse.BodyHandlers.ofString()), 200);
        String fetch = URLDecoder.decode(param(url, "fetch"), StandardCharsets.UTF_8);
        HttpResponse<String> token = HTTP.send(HttpRequest.newBuilder(URI.create(fetch)).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        check(token, 200);
        if (!token.body().contains("auth-token")) {
            throw new IllegalStateException("fetch answered " + token.body());
        }
    }

    static byte[] sampleZip() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (String f : List.of("cmi5.xml", "bai-doc/index.html", "bai-kiem-tra/index.html")) {
                zip.putNextEntry(new ZipEntry(f));
                zip.write(Files.readAllBytes(SAMPLE.resolve(f)));
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no " + name + " in " + json);
        }
        return m.group(1).replace("\\/", "/").replace("\\\"", "\"");
    }

    static String param(String url, String name) {
        Matcher m = Pattern.compile("[?&]" + name + "=([^&]*)").matcher(url);
        if (!m.find()) {
            throw new IllegalStateException("no " + name + " in " + url);
        }
        return m.group(1);
    }

    static void check(HttpResponse<String> r, int... ok) {
        for (int status : ok) {
            if (r.statusCode() == status) {
                return;
            }
        }
        throw new IllegalStateException(r.request().method() + " " + r.uri() + ": " + r.statusCode() + " " + r.body());
    }

    static double at(List<Long> sorted, double q) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(q * sorted.size()) - 1)) / 1e6;
    }
}
