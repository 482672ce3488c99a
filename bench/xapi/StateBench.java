/*
 * Benchmark of the xAPI State resource under a class of cmi5 learners (issue 15, docs/performance.md "xAPI: ingest,
 * queries, forwarding"): <learners> learners, each saving its bookmark every 5 s as an AU does (PUT
 * /xapi/activities/state, no precondition headers: State is exempt from them, Communication 3.1.s3) and reading it
 * back (GET), their starts spread over the first 5 s. Prints p50/p95/p99 of PUT and GET; the first 10 s are warm-up.
 *
 *   java -cp <classes> StateBench <baseUrl> <learners> <seconds>
 */

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

public class StateBench {
    static final long PERIOD_MS = 5_000;
    static final long WARM_UP_MS = 10_000;
    static final String ACTIVITY = "https://taphuan.example/cmi5/bench-course/au/1";

    public static void main(String[] args) throws Exception {
        String base = args[0];
        int learners = Integer.parseInt(args[1]);
        long seconds = Long.parseLong(args[2]);
        List<Long> puts = Collections.synchronizedList(new ArrayList<>());
        List<Long> gets = Collections.synchronizedList(new ArrayList<>());
        long start = System.currentTimeMillis();
        long end = start + WARM_UP_MS + seconds * 1000;
        ExecutorService pool = Executors.newFixedThreadPool(learners);
        for (int i = 0; i < learners; i++) {
            int learner = i;
            pool.submit(() -> {
                learn(base, learner, start + learner * PERIOD_MS / learners, start + WARM_UP_MS, end, puts, gets);
                return null;
            });
        }
        pool.shutdown();
        pool.awaitTermination(seconds + 120, TimeUnit.SECONDS);
        System.out.printf("state, %d learners saving every %d s for %d s: PUT %s; GET %s%n", learners, PERIOD_MS / 1000, seconds,
                XapiBench.percentiles(puts), XapiBench.percentiles(gets));
    }

    /** One learner's bookmarks: PUT then GET every period from its first tick until the end. */
    static void learn(String base, int learner, long firstTick, long counted, long end, List<Long> puts, List<Long> gets) throws Exception {
        String path = "xapi/activities/state?activityId=" + XapiBench.enc(ACTIVITY) + "&stateId=bookmark&agent="
                + XapiBench.enc("{\"objectType\":\"Agent\",\"account\":{\"homePage\":\"" + XapiBench.HOME + "\",\"name\":\"bench-" + learner + "\"}}");
        int page = 0;
        for (long tick = firstTick; tick < end; tick += PERIOD_MS) {
            Thread.sleep(Math.max(0, tick - System.currentTimeMillis()));
            String body = "{\"page\":" + (++page) + ",\"location\":\"lesson-" + (page % 12) + "\",\"suspendData\":\"" + "x".repeat(200) + "\"}";
            long t0 = System.nanoTime();
            HttpResponse<String> put = XapiBench.HTTP.send(XapiBench.request(base, path, XapiBench.KEY, XapiBench.SECRET)
                    .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                    HttpResponse.BodyHandlers.ofString());
            long t1 = System.nanoTime();
            HttpResponse<String> get = XapiBench.HTTP.send(XapiBench.request(base, path, XapiBench.KEY, XapiBench.SECRET).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            long t2 = System.nanoTime();
            if (put.statusCode() != 204 || get.statusCode() != 200 || !get.body().equals(body)) {
                throw new IllegalStateException("learner " + learner + ": PUT " + put.statusCode() + " " + put.body() + ", GET " + get.statusCode());
            }
            if (tick >= counted) {
                puts.add(t1 - t0);
                gets.add(t2 - t1);
            }
        }
    }
}
