package vn.edu.taphuan.security.control;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import vn.edu.taphuan.platform.Messages;
import vn.edu.taphuan.platform.Problem;

import java.util.Set;

/**
 * Two rules for every API request made with a session cookie:
 * <ul>
 * <li>a state-changing request must carry the session's CSRF token in {@code X-CSRF-Token} (pages read it from
 * {@code GET /api/auth/me}); Basic-authenticated requests carry no ambient credentials and are exempt;</li>
 * <li>an account with a temporary password may only read who it is, change the password or sign out.</li>
 * </ul>
 */
@Provider
@Priority(Priorities.AUTHORIZATION - 100)
public class RequestGuard implements ContainerRequestFilter {
    public static final String CSRF_HEADER = "X-CSRF-Token";
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");
    private static final Set<String> ALLOWED_BEFORE_PASSWORD_CHANGE = Set.of("auth/me", "auth/password", "auth/logout");

    @Context
    HttpServletRequest request;

    @Inject
    Messages messages;

    @Override
    public void filter(ContainerRequestContext ctx) {
        if (!(request.getAttribute(SignedInUser.ATTRIBUTE) instanceof SignedInUser user)) {
            return;
        }
        String path = ctx.getUriInfo().getPath().replaceFirst("^/", "");
        if (user.viaSession() && !SAFE.contains(ctx.getMethod())
                && !user.csrfToken().equals(ctx.getHeaderString(CSRF_HEADER))) {
            ctx.abortWith(new Problem(403, "CSRF_TOKEN_MISSING", messages.get("error.csrf")).getResponse());
            return;
        }
        if (user.mustChangePassword() && !ALLOWED_BEFORE_PASSWORD_CHANGE.contains(path) && !path.startsWith("i18n/")) {
            ctx.abortWith(new Problem(403, "PASSWORD_CHANGE_REQUIRED", messages.get("error.passwordChangeRequired")).getResponse());
        }
    }
}
