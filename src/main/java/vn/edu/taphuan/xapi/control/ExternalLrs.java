package vn.edu.taphuan.xapi.control;

import gov.adlnet.xapi.client.StatementClient;
import vn.edu.taphuan.xapi.entity.ForwardTarget;

import java.io.IOException;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An external LRS, reached with ADL's xAPI Java client (jxapi 2.0.1), used for its transport only. Its model
 * classes would rewrite our statements (scores as primitive floats sent as 0.0, {@code objectType} dropped from
 * context team and statement references — docs/xapi.md), so the exact stored JSON is sent through the client's
 * own POST/PUT. Its defects are bounded here:
 * <ul>
 * <li>no HTTP timeouts: connect and read timeouts are set on every connection, and each call also runs under a
 * deadline in an executor;</li>
 * <li>bodies written in the platform charset: the JSON is sent as pure ASCII ({@code \\uXXXX} escapes), which reads
 * the same in any charset;</li>
 * <li>errors as {@code IOException} text: the status code is read back out of the message.</li>
 * </ul>
 * Statements whose attachment data came to us as parts go with that data, as {@code multipart/mixed} (xAPI
 * Communication 1.5.2.s3.b3: an LRS must not push statements without the attachment data it received), over the
 * client's own authenticated connection; statements without attachments go as JSON, as before.
 */
public final class ExternalLrs {
    private static final Pattern STATUS = Pattern.compile("Responded with (\\d{3}):?\\s*(.*)", Pattern.DOTALL);
    /** Statuses that say the target or our access to it is unavailable, not that the statements are bad. */
    private static final Set<Integer> TARGET_TROUBLE = Set.of(401, 403, 404, 405, 407, 408, 429);

    public enum Kind { DELIVERED, REJECTED, UNAVAILABLE }

    /** What happened to one request. {@code status} is 0 when no HTTP answer came. */
    public record Outcome(Kind kind, int status, String message) {
        static Outcome delivered() {
            return new Outcome(Kind.DELIVERED, 200, "");
        }
    }

    /** Where the stored data of attachments comes from ({@link AttachmentStore#stream}). */
    public interface Parts {
        void stream(Collection<String> hashes, AttachmentStore.PartWriter out);
    }

    private final ForwardTarget target;
    private final Duration timeout;
    private final ExecutorService executor;
    private final Parts parts;

    public ExternalLrs(ForwardTarget target, Duration timeout, ExecutorService executor) {
        this(target, timeout, executor, null);
    }

    /** {@code parts} null: statements go as JSON only. */
    public ExternalLrs(ForwardTarget target, Duration timeout, ExecutorService executor, Parts parts) {
        this.target = target;
        this.timeout = timeout;
        this.executor = executor;
        this.parts = parts;
    }

    /** POSTs statements (stored JSON texts) as one batch, with the data of their attachments. */
    public Outcome post(List<String> statements) {
        String body = ascii("[" + String.join(",", statements) + "]");
        Set<String> hashes = parts == null ? Set.of() : AttachmentStore.named(statements);
        return call(() -> hashes.isEmpty() ? client().post(body) : client().multipart("POST", "/statements", body, hashes, parts));
    }

    /** PUTs one statement under its id, with the data of its attachments. */
    public Outcome put(String id, String statement) {
        String body = ascii(statement);
        Set<String> hashes = parts == null ? Set.of() : AttachmentStore.named(List.of(statement));
        return call(() -> hashes.isEmpty() ? client().put(id, body)
                : client().multipart("PUT", "/statements?statementId=" + URLEncoder.encode(id, StandardCharsets.UTF_8), body, hashes, parts));
    }

    /** Whether the target has a statement with this id (after a 409: it may be ours, delivered before). */
    public boolean has(String id) {
        return call(() -> client().get(id)).kind() == Kind.DELIVERED;
    }

    private Outcome call(Callable<String> request) {
        Future<String> future = executor.submit(request);
        try {
            future.get(timeout.toMillis() + 2_000, TimeUnit.MILLISECONDS);
            return Outcome.delivered();
        } catch (TimeoutException e) {
            future.cancel(true);
            return new Outcome(Kind.UNAVAILABLE, 0, "no answer from " + target.endpoint() + " within " + timeout.toSeconds() + " s");
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            return new Outcome(Kind.UNAVAILABLE, 0, "interrupted");
        } catch (ExecutionException e) {
            return classify(e.getCause());
        }
    }

    static Outcome classify(Throwable failure) {
        String message = String.valueOf(failure.getMessage());
        Matcher m = STATUS.matcher(message);
        if (failure instanceof IOException && m.find()) {
            int status = Integer.parseInt(m.group(1));
            String text = "HTTP " + status + ": " + m.group(2).strip();
            if (status >= 400 && status < 500 && !TARGET_TROUBLE.contains(status)) {
                return new Outcome(Kind.REJECTED, status, text);
            }
            return new Outcome(Kind.UNAVAILABLE, status, text);
        }
        return new Outcome(Kind.UNAVAILABLE, 0, failure.getClass().getSimpleName() + ": " + message);
    }

    /** Non-ASCII characters as JSON escapes: valid JSON, identical content, immune to the sender's charset. */
    static String ascii(String json) {
        StringBuilder sb = null;
        for (int i = 0; i < json.length(); i++) {
            char ch = json.charAt(i);
            if (ch > 0x7e) {
                if (sb == null) {
                    sb = new StringBuilder(json.length() + 64).append(json, 0, i);
                }
                sb.append(String.format("\\u%04x", (int) ch));
            } else if (sb != null) {
                sb.append(ch);
            }
        }
        return sb == null ? json : sb.toString();
    }

    private Client client() throws IOException {
        return new Client(target, (int) timeout.toMillis());
    }

    /** jxapi's client with timeouts, and access to its raw POST/PUT/GET. */
    static final class Client extends StatementClient {
        private final int timeoutMillis;

        Client(ForwardTarget target, int timeoutMillis) throws IOException {
            super(target.endpoint(), target.key(), target.secret());
            this.timeoutMillis = timeoutMillis;
        }

        @Override
        protected HttpURLConnection initializeConnection(URL url) throws IOException {
            HttpURLConnection c = super.initializeConnection(url);
            c.setConnectTimeout(timeoutMillis);
            c.setReadTimeout(timeoutMillis);
            return c;
        }

        String post(String body) throws IOException {
            return issuePost("/statements", body);
        }

        String put(String id, String body) throws IOException {
            return issuePut("/statements?statementId=" + URLEncoder.encode(id, StandardCharsets.UTF_8), body);
        }

        String get(String id) throws IOException {
            return issueGet("/statements?statementId=" + URLEncoder.encode(id, StandardCharsets.UTF_8));
        }

        /**
         * The statements and the stored data of {@code hashes} in the transmission format of Communication 1.5.2
         * (JSON first, then one binary part per SHA-2 with its hash and type), sent chunked: the data can be megabytes.
         */
        String multipart(String method, String path, String json, Set<String> hashes, Parts parts) throws IOException {
            String boundary = "taphuan-" + UUID.randomUUID();
            HttpURLConnection c = initializeConnectionForAttachments(new URL(_host.getProtocol(), _host.getHost(), _host.getPort(),
                    _host.getPath() + path), boundary);
            c.setConnectTimeout(timeoutMillis);
            c.setReadTimeout(timeoutMillis);
            c.setRequestMethod(method);
            c.setChunkedStreamingMode(64 * 1024);
            try (OutputStream out = c.getOutputStream()) {
                out.write(("--" + boundary + "\r\nContent-Type: application/json\r\n\r\n" + json + "\r\n").getBytes(StandardCharsets.US_ASCII));
                parts.stream(hashes, (header, content) -> {
                    out.write(("--" + boundary + "\r\nContent-Type: " + header.contentType() + "\r\nContent-Transfer-Encoding: binary\r\n"
                            + "X-Experience-API-Hash: " + header.sha2() + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
                    out.write(content);
                    out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                });
                out.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
            }
            return readFromConnection(c);
        }
    }
}
