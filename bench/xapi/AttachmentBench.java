/*
 * Benchmark of statements with attachment data (issue 15, docs/performance.md "xAPI attachments"): one client POSTs
 * a statement with a fresh <kilobytes> KB binary attachment as multipart/mixed (xAPI Communication 1.5.2), then
 * GETs it back with attachments=true and checks the bytes; prints p50/p95/p99 of each.
 *
 *   java -cp <classes> AttachmentBench <baseUrl> <requests> <kilobytes>
 *
 * Every attachment differs (random bytes), so every POST stores new data; 20 warm-up rounds are not counted.
 */

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

public class AttachmentBench {
    static final String BOUNDARY = "bench-" + UUID.randomUUID();

    public static void main(String[] args) throws Exception {
        String base = args[0];
        int requests = Integer.parseInt(args[1]);
        int size = Integer.parseInt(args[2]) * 1024;
        List<Long> stores = new ArrayList<>();
        List<Long> reads = new ArrayList<>();
        for (int i = -20; i < requests; i++) {
            byte[] data = new byte[size];
            ThreadLocalRandom.current().nextBytes(data);
            String id = UUID.randomUUID().toString();
            byte[] body = body(id, data);
            long t0 = System.nanoTime();
            HttpResponse<String> stored = XapiBench.HTTP.send(XapiBench.request(base, "xapi/statements", XapiBench.KEY, XapiBench.SECRET)
                    .header("Content-Type", "multipart/mixed; boundary=" + BOUNDARY).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                    HttpResponse.BodyHandlers.ofString());
            long t1 = System.nanoTime();
            if (stored.statusCode() != 200) {
                throw new IllegalStateException(stored.statusCode() + " " + stored.body());
            }
            HttpResponse<byte[]> read = XapiBench.HTTP.send(XapiBench.request(base, "xapi/statements?attachments=true&statementId=" + id,
                    XapiBench.KEY, XapiBench.SECRET).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            long t2 = System.nanoTime();
            if (read.statusCode() != 200 || read.body().length < size) {
                throw new IllegalStateException("GET " + read.statusCode() + ", " + read.body().length + " bytes");
            }
            if (i >= 0) {
                stores.add(t1 - t0);
                reads.add(t2 - t1);
            }
        }
        System.out.printf("attachments %d KB: POST multipart %s; GET attachments=true %s%n", size / 1024, XapiBench.percentiles(stores),
                XapiBench.percentiles(reads));
    }

    static byte[] body(String id, byte[] data) throws Exception {
        String sha2 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        String statement = "{\"id\":\"" + id + "\",\"actor\":{\"objectType\":\"Agent\",\"account\":{\"homePage\":\"" + XapiBench.HOME
                + "\",\"name\":\"" + XapiBench.learner(1) + "\"}},\"verb\":{\"id\":\"http://adlnet.gov/expapi/verbs/attempted\"},"
                + "\"object\":{\"id\":\"" + XapiBench.HOME + "courses/law-and-policy/assignment\"},\"attachments\":[{\"usageType\":"
                + "\"http://example.org/usage/assignment\",\"display\":{\"vi\":\"Bài làm\"},\"contentType\":\"application/pdf\","
                + "\"length\":" + data.length + ",\"sha2\":\"" + sha2 + "\"}]}";
        byte[] head = ("--" + BOUNDARY + "\r\nContent-Type: application/json\r\n\r\n" + statement + "\r\n--" + BOUNDARY
                + "\r\nContent-Type: application/pdf\r\nContent-Transfer-Encoding: binary\r\nX-Experience-API-Hash: " + sha2 + "\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[head.length + data.length + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(data, 0, all, head.length, data.length);
        System.arraycopy(tail, 0, all, head.length + data.length, tail.length);
        return all;
    }
}
