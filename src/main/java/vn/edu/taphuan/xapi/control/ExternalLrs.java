package vn.edu.taphuan.xapi.control;

import gov.adlnet.xapi.client.StatementClient;
import vn.edu.taphuan.xapi.entity.ForwardTarget;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
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

    private final ForwardTarget target;
    private final Duration timeout;
    private final ExecutorService executor;

    public ExternalLrs(ForwardTarget target, Duration timeout, ExecutorService executor) {
        this.target = target;
        this.timeout = timeout;
        this.executor = executor;
    }

    /** POSTs statements (stored JSON texts) as one batch. */
    public Outcome post(List<String> statements) {
        String body = ascii("[" + String.join(",", statements) + "]");
        return call(() -> client().post(body));
    }

    /** PUTs one statement under its id. */
    public Outcome put(String id, String statement) {
        String body = ascii(statement);
        return call(() -> client().put(id, body));
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
    }
}
