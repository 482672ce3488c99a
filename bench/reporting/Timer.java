/*
 * Times report requests against a running service and prints p50/p95 per request kind.
 *   java [-Dfiled=N] bench/reporting/Timer.java http://localhost:8380/ admin bench-2024 [runs] [service pid]
 * -Dfiled=N also files the district report N times (each filing stays in the database) and times a filed PDF's
 * download and "changed since filed".
 * With the service's pid it also prints the CPU time the service process spent per request (user + system,
 * from /proc/<pid>/stat): on a shared, busy machine that is the steadier figure — wall time there includes
 * waiting for a core, while one report request is worked on by one thread.
 * Each kind gets 8 warm-up requests (not counted), then `runs` timed ones (default 30), one at a time.
 * School reports cycle through different schools (S0001, S0102, …) so no single school is favoured.
 */
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.function.IntFunction;

public class Timer {
    static HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
    static String auth;
    static String base;
    static long pid;

    public static void main(String[] args) throws Exception {
        base = args[0].endsWith("/") ? args[0] : args[0] + "/";
        auth = "Basic " + Base64.getEncoder().encodeToString((args[1] + ":" + args[2]).getBytes(StandardCharsets.UTF_8));
        int runs = args.length > 3 ? Integer.parseInt(args[3]) : 30;
        pid = args.length > 4 ? Long.parseLong(args[4]) : 0;
        String asOf = "asOf=2024-12-31";
        System.out.printf("%-38s %5s %8s %8s %8s %12s %9s%n", "request", "runs", "p50 ms", "p95 ms", "max ms", "CPU ms/req", "bytes");
        time("district report (JSON, 3,541 schools)", runs, i -> "api/programmes/1/report?" + asOf);
        time("district report, one ward", runs, i -> "api/programmes/1/report?" + asOf + "&ward=Ph%C6%B0%E1%BB%9Dng%20" + String.format("%03d", 1 + i % 168));
        time("school report (JSON)", runs, i -> "api/programmes/1/schools/" + String.format("S%04d", 1 + (i * 101) % 3541) + "/report?" + asOf);
        time("district XLSX export", Math.max(5, runs / 3), i -> "api/programmes/1/report.xlsx?" + asOf);
        time("district PDF export", Math.max(5, runs / 3), i -> "api/programmes/1/report.pdf?" + asOf);
        time("topic x school matrix (JSON)", Math.max(5, runs / 3), i -> "api/programmes/1/report/matrix?" + asOf);
        time("district weekly trend (JSON)", Math.max(5, runs / 3), i -> "api/programmes/1/report/trend?" + asOf);
        int filings = Integer.parseInt(System.getProperty("filed", "0"));
        if (filings > 0) {
            // filing writes every counted person (≈111,000 rows) and both files, and stays in the database: off by default
            long last = 0;
            List<Double> ms = new ArrayList<>();
            for (int i = 0; i < filings; i++) {
                long t = System.nanoTime();
                last = file("api/programmes/1/filed", "{\"asOf\":\"2024-12-31\"}");
                ms.add((System.nanoTime() - t) / 1e6);
            }
            Collections.sort(ms);
            System.out.printf("%-38s %5d %8.1f %8.1f %8.1f %12s %9s%n", "file the district report (POST)", filings, pct(ms, 50), pct(ms, 95),
                    ms.get(ms.size() - 1), "-", "-");
            long id = last;
            time("filed PDF download", Math.max(5, runs / 3), i -> "api/programmes/1/filed/" + id + ".pdf");
            time("changed since filed (JSON)", Math.max(5, runs / 3), i -> "api/programmes/1/filed/" + id + "/changes");
        }
    }

    /** Files a report; its id. */
    static long file(String path, String json) throws Exception {
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", auth)
                .header("Content-Type", "application/json").timeout(Duration.ofSeconds(300)).POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 201) {
            throw new IllegalStateException(path + " → " + r.statusCode() + " " + r.body());
        }
        String location = r.headers().firstValue("Location").orElseThrow();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    static void time(String name, int runs, IntFunction<String> path) throws Exception {
        for (int i = 0; i < 8; i++) {
            get(path.apply(1000 + i));
        }
        List<Double> ms = new ArrayList<>();
        long bytes = 0;
        long cpu = cpuTicks();
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            bytes = get(path.apply(i));
            ms.add((System.nanoTime() - t) / 1e6);
        }
        double cpuMs = pid == 0 ? Double.NaN : (cpuTicks() - cpu) * 10.0 / runs; // 100 ticks per second
        Collections.sort(ms);
        System.out.printf("%-38s %5d %8.1f %8.1f %8.1f %12.1f %9d%n", name, runs, pct(ms, 50), pct(ms, 95), ms.get(ms.size() - 1), cpuMs, bytes);
    }

    /** utime + stime of the service process, in clock ticks. */
    static long cpuTicks() throws Exception {
        if (pid == 0) {
            return 0;
        }
        String stat = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/" + pid + "/stat"));
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(f[11]) + Long.parseLong(f[12]);
    }

    static double pct(List<Double> sorted, int p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    static long get(String path) throws Exception {
        HttpResponse<byte[]> r = client.send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", auth)
                .header("Accept-Language", "vi").timeout(Duration.ofSeconds(120)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(path + " → " + r.statusCode() + " " + new String(r.body(), StandardCharsets.UTF_8));
        }
        return r.body().length;
    }
}
