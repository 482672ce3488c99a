/*
 * The referral directory at city scale: imports S extra schools in W wards (schools import) and a directory for them
 * (3 entries per ward, 2 per school for 9 schools in 10, the demo city entries), timing the contacts import; then
 * times the district's gap checklist (GET /api/referral-contacts/gaps, one NOT EXISTS query per required kind), a
 * learner's lesson contacts (GET /api/learn/contacts, the demo staff member GV00002) and the district's listing.
 * Prints p50/p95/p99/max per line. Run it through bench/referral/run.sh, or by hand against a fresh demo service:
 *   java bench/referral/ReferralBench.java http://localhost:8080/ [schools=3500] [wards=170] [requests=200] [clients=8]
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

public class ReferralBench {
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://localhost:8080/";
        int schools = args.length > 1 ? Integer.parseInt(args[1]) : 3500;
        int wards = args.length > 2 ? Integer.parseInt(args[2]) : 170;
        int requests = args.length > 3 ? Integer.parseInt(args[3]) : 200;
        int clients = args.length > 4 ? Integer.parseInt(args[4]) : 8;
        String admin = basic("admin"), staff = basic("GV00002");

        StringBuilder schoolCsv = new StringBuilder("Mã trường,Tên trường,Phường/xã,Loại hình\n");
        StringBuilder contactCsv = new StringBuilder("Loại,Phường/xã,Mã trường,Tên,Điện thoại,Ví dụ\n");
        for (int w = 1; w <= wards; w++) {
            String ward = String.format("Phường Đo %03d", w);
            contactCsv.append(String.format("ward-police,%s,,Công an %s (ví dụ),028 0001 %04d,Có\n", ward, ward, w));
            contactCsv.append(String.format("ward-committee,%s,,UBND %s (ví dụ),028 0002 %04d,Có\n", ward, ward, w));
            contactCsv.append(String.format("health-station,%s,,Trạm y tế %s (ví dụ),028 0003 %04d,Có\n", ward, ward, w));
        }
        for (int s = 1; s <= schools; s++) {
            String code = String.format("DO%05d", s), ward = String.format("Phường Đo %03d", 1 + s % wards);
            schoolCsv.append(String.format("%s,Trường THCS Đo %d,%s,Công lập\n", code, s, ward));
            if (s % 10 != 0) {
                contactCsv.append(String.format("school-focal-point,,%s,Người tiếp nhận (ví dụ),028 0004 %04d,Có\n", code, s % 10000));
                contactCsv.append(String.format("school-counsellor,,%s,Tư vấn học đường (ví dụ),028 0005 %04d,Có\n", code, s % 10000));
            }
        }
        post(base + "api/imports/schools?async=false&name=schools.csv", admin, schoolCsv.toString());
        long t = System.nanoTime();
        String result = post(base + "api/referral-contacts/import?name=contacts.csv", admin, contactCsv.toString());
        System.out.printf("contacts import: %d rows in %.1f s → %s%n", contactCsv.toString().lines().count() - 1, (System.nanoTime() - t) / 1e9, result);

        report("GET /api/referral-contacts/gaps", time(base + "api/referral-contacts/gaps", admin, Math.max(10, requests / 10), 1));
        String sixKinds = "kinds=school-focal-point%20ward-police%20ward-committee%20health-station%20hospital%20social-work-centre";
        report("GET /api/learn/contacts (6 kinds)", time(base + "api/learn/contacts?" + sixKinds, staff, requests, clients));
        report("GET /api/referral-contacts?page=3", time(base + "api/referral-contacts?page=3&size=50", admin, requests, clients));
        System.exit(0);
    }

    static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":demo-2024").getBytes(StandardCharsets.UTF_8));
    }

    static String post(String url, String auth, String csv) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", auth)
                .header("Content-Type", "text/csv").POST(HttpRequest.BodyPublishers.ofString(csv, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(url + " → " + r.statusCode() + " " + r.body());
        }
        return r.body();
    }

    static List<Long> time(String url, String auth, int requests, int clients) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Callable<List<Long>>> work = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            work.add(() -> {
                List<Long> times = new ArrayList<>();
                for (int i = 0; i < Math.max(1, requests / clients); i++) {
                    long t = System.nanoTime();
                    HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", auth).GET().build(),
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
        for (Future<List<Long>> f : pool.invokeAll(work)) {
            all.addAll(f.get());
        }
        pool.shutdown();
        Collections.sort(all);
        return all;
    }

    static void report(String what, List<Long> all) {
        System.out.printf("%-42s n=%4d  p50=%7.1f ms  p95=%7.1f ms  p99=%7.1f ms  max=%7.1f ms%n", what, all.size(),
                pct(all, 50), pct(all, 95), pct(all, 99), all.get(all.size() - 1) / 1e6);
    }

    static double pct(List<Long> sorted, int p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1)) / 1e6;
    }
}
