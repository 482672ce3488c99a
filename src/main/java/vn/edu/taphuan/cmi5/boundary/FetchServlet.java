package vn.edu.taphuan.cmi5.boundary;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import vn.edu.taphuan.cmi5.control.SessionTokens;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The fetch URL of cmi5 §8.2: {@code POST /cmi5/fetch/{key}} answers {@code {"auth-token": …}} once, then the
 * cmi5 error JSON; always 200 with application/json, as §8.2.2 asks ("including one that generates error"). The
 * key itself is the credential (256 random bits, one use), so the URL sits outside {@code /api}: no session, no CSRF
 * token (the AU's library sends neither), and CORS open, for AUs served from the author's own site.
 */
@WebServlet(urlPatterns = "/cmi5/fetch/*")
public class FetchServlet extends HttpServlet {
    private static final Logger LOG = Logger.getLogger(FetchServlet.class.getName());

    @Inject
    transient SessionTokens tokens;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        cors(response);
        String key = request.getPathInfo() == null ? "" : request.getPathInfo().replaceFirst("^/", "");
        JsonObject answer;
        try {
            SessionTokens.Fetched f = key.isEmpty() ? new SessionTokens.Fetched(null, 2) : tokens.fetch(key);
            answer = f.authToken() != null ? Json.createObjectBuilder().add("auth-token", f.authToken()).build() : error(f.errorCode());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "cmi5 fetch URL failed", e);
            answer = error(3);
        }
        response.setStatus(200);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getOutputStream().write(answer.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** §8.2.1: "an HTTP GET is not allowed in order to prevent caching of the request". */
    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Allow", "POST, OPTIONS");
        response.sendError(405);
    }

    @Override
    protected void doOptions(HttpServletRequest request, HttpServletResponse response) {
        cors(response);
        response.setStatus(204);
    }

    private static void cors(HttpServletResponse response) {
        response.setHeader("Access-Control-Allow-Origin", "*");
        response.setHeader("Access-Control-Allow-Methods", "POST, OPTIONS");
        response.setHeader("Access-Control-Allow-Headers", "Content-Type");
    }

    /** §8.2.3.2: 1 already used or expired, 2 any other security problem (an unknown key), 3 our failure. */
    static JsonObject error(int code) {
        String text = switch (code) {
            case 1 -> "The authorization token has already been returned, or the AU session has expired.";
            case 2 -> "This fetch URL is not valid.";
            default -> "The LMS could not answer; launch the AU again.";
        };
        return Json.createObjectBuilder().add("error-code", String.valueOf(code)).add("error-text", text).build();
    }
}
