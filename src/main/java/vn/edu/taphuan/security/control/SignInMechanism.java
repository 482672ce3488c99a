package vn.edu.taphuan.security.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import vn.edu.taphuan.platform.Messages;
import vn.edu.taphuan.platform.Problem;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * One mechanism for pages and API: a session made by the sign-in form, or HTTP Basic on each API request
 * (for scripts and other systems, no session). The built-in LRS under {@code /xapi/} authenticates its own
 * clients with LRS credentials, so this mechanism leaves those requests alone.
 */
@ApplicationScoped
public class SignInMechanism implements HttpAuthenticationMechanism {
    /** Thread-safe, and costly to make: one for the refusals. */
    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    Accounts accounts;

    @Inject
    ClientAddress clientAddress;

    @Inject
    EndedSessions endedSessions;

    @Inject
    AuditActors auditActors;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/xapi/") || path.equals("/xapi")) {
            return context.doNothing();
        }
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return basic(header.substring(6).strip(), request, response, context);
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SignedInUser.ATTRIBUTE) instanceof SignedInUser user) {
            if (endedSessions.ended(user)) {
                session.invalidate(); // signed out on another instance of the cluster
                return context.doNothing();
            }
            request.setAttribute(SignedInUser.ATTRIBUTE, user);
            auditActors.signedIn(request, user, clientAddress.of(request));
            return context.notifyContainerAboutLogin(user.username(), user.groups());
        }
        return context.doNothing();
    }

    private AuthenticationStatus basic(String encoded, HttpServletRequest request, HttpServletResponse response,
                                       HttpMessageContext context) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return refuse(request, response, 401, "signin.basicMalformed");
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            return refuse(request, response, 401, "signin.basicMalformed");
        }
        String address = clientAddress.of(request);
        Accounts.SignIn result = accounts.signIn(decoded.substring(0, colon), decoded.substring(colon + 1), address, false, null);
        if (!result.ok()) {
            return switch (result.refusal()) {
                case BAD_CREDENTIALS -> refuse(request, response, 401, "signin.bad");
                case DISABLED -> refuse(request, response, 401, "signin.disabled");
                case WAIT -> {
                    response.setHeader("Retry-After", Long.toString(result.waitSeconds()));
                    yield refuse(request, response, 429, "signin.wait", result.waitSeconds());
                }
            };
        }
        request.setAttribute(SignedInUser.ATTRIBUTE, result.user());
        auditActors.signedIn(request, result.user(), address);
        return context.notifyContainerAboutLogin(result.user().username(), result.user().groups());
    }

    /**
     * The API's error body, written here because this runs before JAX-RS: the same {@link Problem.Body} as every
     * other error, written by JSON-B, in the request's language (the locale rule of {@link Messages}).
     */
    private static AuthenticationStatus refuse(HttpServletRequest request, HttpServletResponse response, int status, String key, Object... args) {
        String message = Messages.format(Messages.chooseLocale(request), key, args);
        var body = new Problem.Body(status, status == 429 ? "TOO_MANY_ATTEMPTS" : "UNAUTHENTICATED", message, List.of());
        try {
            response.setStatus(status);
            response.setContentType("application/json;charset=UTF-8");
            response.getWriter().write(JSON.toJson(body));
        } catch (IOException ignored) {
            // the client went away
        }
        return AuthenticationStatus.SEND_FAILURE;
    }
}
