package vn.edu.taphuan.cmi5.boundary;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.edu.taphuan.cmi5.control.AuStatementRules;
import vn.edu.taphuan.cmi5.control.MoveOnProgress;
import vn.edu.taphuan.cmi5.control.SessionScope;
import vn.edu.taphuan.cmi5.control.SessionTokens;
import vn.edu.taphuan.cmi5.entity.AuSession;
import vn.edu.taphuan.xapi.control.XapiProfile;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps an AU session's auth-token to its learner and registration at {@code /xapi/} ({@link SessionScope}), before
 * the LRS sees the request: an unknown or expired token is 401 (cmi5 §8.2.1: the token is limited to the session), a
 * request outside the session's scope 403 (xAPI Communication 3.2.s3.b10). Requests with any other credential pass
 * untouched. A statement body is read here (up to {@code taphuan.xapi.max-request-bytes}) and handed on unchanged.
 */
@WebFilter(urlPatterns = "/xapi/*")
public class SessionScopeFilter extends HttpFilter {
    private static final Logger LOG = Logger.getLogger(SessionScopeFilter.class.getName());

    @Inject
    transient SessionTokens tokens;

    @Inject
    transient XapiProfile profile;

    @Inject
    transient Clock clock;

    @Inject
    transient MoveOnProgress progress;

    @Inject
    @ConfigProperty(name = "taphuan.xapi.max-request-bytes", defaultValue = "20000000")
    int maxRequestBytes;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws IOException, ServletException {
        String auth = request.getHeader("Authorization");
        String token = auth != null && auth.regionMatches(true, 0, "Basic ", 0, 6) ? auth.substring(6).strip() : null;
        if (token == null || !SessionTokens.isSessionToken(token) || request.getMethod().equals("OPTIONS")) {
            chain.doFilter(request, response);
            return;
        }
        Optional<AuSession> session = tokens.session(token);
        if (session.isEmpty() || session.get().expired(clock.instant())) {
            answer(response, 401, "CMI5_SESSION_ENDED", "This auth-token is unknown or its AU session has ended; launch the AU again (cmi5 §8.2.1).");
            return;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length()).replaceFirst("^/xapi/", "");
        byte[] body = null;
        if (path.replaceFirst("/$", "").equals("statements") && !request.getMethod().equals("GET") && !request.getMethod().equals("HEAD")) {
            body = request.getInputStream().readNBytes(maxRequestBytes + 1);
        }
        String text = body == null ? null : new String(body, StandardCharsets.UTF_8);
        Optional<String> refusal = new SessionScope(session.get(), profile.base()).refusal(request.getMethod(), path, query(request.getQueryString()),
                request.getContentType(), text);
        if (refusal.isPresent()) {
            answer(response, 403, "CMI5_SESSION_SCOPE", "Not allowed for this AU session: " + refusal.get() + ".");
            return;
        }
        List<JsonObject> sent = text == null ? List.of() : MoveOnProgress.statementsOf(text);
        if (body != null) {
            Optional<String> broken = progress.state(session.get()).flatMap(state -> AuStatementRules.refusal(state, sent));
            if (broken.isPresent()) {
                answer(response, 400, "CMI5_STATEMENT_RULE", "Refused: " + broken.get() + "; nothing was stored.");
                return;
            }
        }
        chain.doFilter(body == null ? request : new ReadBody(request, body), response);
        if (body != null && (response.getStatus() == 200 || response.getStatus() == 204)) {
            try {
                progress.afterAuStatements(session.get(), sent);
            } catch (RuntimeException e) {
                // the statements are stored and the AU has its answer; the next statement or launch judges again
                LOG.log(Level.WARNING, "cmi5 moveOn after statements of session " + session.get().sessionId() + " failed", e);
            }
        }
    }

    private static void answer(HttpServletResponse response, int status, String code, String message) throws IOException {
        response.setStatus(status);
        response.setHeader("X-Experience-API-Version", "1.0.3");
        response.setHeader("Access-Control-Allow-Origin", "*");
        if (status == 401) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"xAPI\"");
        }
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getOutputStream().write(Json.createObjectBuilder().add("status", status).add("code", code).add("message", message).build()
                .toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The query as sent (not {@code getParameterMap}, which would read a form body); a broken escape is left to the LRS. */
    static Map<String, List<String>> query(String raw) {
        Map<String, List<String>> q = new HashMap<>();
        if (raw == null || raw.isEmpty()) {
            return q;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            try {
                String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                q.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
            } catch (IllegalArgumentException broken) {
                // the LRS answers 400 for it (Communication 1.4.s1.b1)
            }
        }
        return q;
    }

    /** The request with its body already read, read again from memory by the LRS. */
    private static final class ReadBody extends HttpServletRequestWrapper {
        private final byte[] body;

        ReadBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new IllegalStateException("synchronous reads only");
                }

                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
        }
    }
}
