/*
 * API requests signed in with HTTP Basic (scripts, LMS and reporting tools sign in on every request): N requests of
 * GET /api/auth/me (the sign-in alone) and GET /api/courses (a light API answer) by C concurrent clients, with the
 * demo district admin's real password hash (PBKDF2, the service's default 210,000 iterations).
 * Prints p50/p95/p99/max latency and throughput per line. Run it through bench/api/run.sh, or by hand against a
 * running demo service:
 *   java bench/api/BasicBench.java http://localhost:8080/ [requests=200] [clients=8]
 */
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

public class BasicBench {
    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://localhost:8080/";
        int requests = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        int clients = args.length > 2 ? Integer.parseInt(args[2]) : 8;
        String basic = "Basic " + Base64.getEncoder().encodeToString("admin:demo-2024".getBytes(StandardCharsets.UTF_8));
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        for (String path : List.of("api/auth/me", "api/courses")) {
            time(http, base + path, basic, requests / 4, 1); // warm-up, not reported
            for (int c : new int[]{1, clients}) {
                long start = System.nanoTime();
                List<Long> all = time(http, base + path, basic, requests, c);
                double seconds = (System.nanoTime() - start) / 1e9;
                System.out.printf("GET /%-14s clients=%-2d n=%4d  p50=%7.1f ms  p95=%7.1f ms  p99=%7.1f ms  max=%7.1f ms  throughput=%6.0f req/s%n",
                        path, c, all.size(), pct(all, 50), pct(all, 95), pct(all, 99), all.get(all.size() - 1) / 1e6, all.size() / seconds);
            }
        }
        System.exit(0);
    }

    static List<Long> time(HttpClient http, String url, String basic, int requests, int clients) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Callable<List<Long>>> work = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            work.add(() -> {
                List<Long> times = new ArrayList<>();
                for (int i = 0; i < requests / clients; i++) {
                    long t = System.nanoTime();
                    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", basic).GET().build(),
                            HttpResponse.BodyHandlers.ofString());
                    times.add(System.nanoTime() - t);
                    if (r.statusCode() != 200) {
                        throw new IllegalStateException(url + " → " + r.statusCode() + " " + r.body());
                    }
                }
                return times;
            });
        }
        List<Long> all = new ArrayList<>();
        try {
            for (Future<List<Long>> f : pool.invokeAll(work)) {
                all.addAll(f.get());
            }
        } finally {
            pool.shutdown();
        }
        Collections.sort(all);
        return all;
    }

    static double pct(List<Long> sorted, double p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100 * sorted.size()) - 1)) / 1e6;
    }
}
