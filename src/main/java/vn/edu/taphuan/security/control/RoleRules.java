package vn.edu.taphuan.security.control;

import jakarta.annotation.Priority;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.ext.Provider;
import vn.edu.taphuan.platform.Messages;
import vn.edu.taphuan.platform.Problem;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Locale;

/**
 * Enforces {@code @RolesAllowed}, {@code @PermitAll} and {@code @DenyAll} on API resource methods (method first,
 * then class). A method that declares no rule is denied: forgetting a rule must fail closed.
 * Not signed in → 401; signed in without the role → 403.
 */
@Provider
public class RoleRules implements DynamicFeature {

    @Override
    public void configure(ResourceInfo info, FeatureContext context) {
        Method m = info.getResourceMethod();
        if (m.isAnnotationPresent(PermitAll.class)) {
            return;
        }
        RolesAllowed roles = m.getAnnotation(RolesAllowed.class);
        if (roles == null && !m.isAnnotationPresent(DenyAll.class)) {
            roles = info.getResourceClass().getAnnotation(RolesAllowed.class);
            if (roles == null && info.getResourceClass().isAnnotationPresent(PermitAll.class)) {
                return;
            }
        }
        context.register(new Check(roles == null ? new String[0] : roles.value()));
    }

    /** Rule of one method. */
    @Priority(Priorities.AUTHORIZATION)
    static final class Check implements ContainerRequestFilter {
        private final String[] roles;

        Check(String[] roles) {
            this.roles = roles;
        }

        @Override
        public void filter(ContainerRequestContext ctx) {
            var security = ctx.getSecurityContext();
            // the same rule as Messages (cookie, then Accept-Language, then Vietnamese): a page switched to
            // English gets its "sign in" in English even from a phone whose browser asks for Vietnamese
            var cookie = ctx.getCookies().get("lang");
            Locale locale = Messages.choose(cookie == null ? null : Messages.ofCookie(cookie.getValue()), ctx.getHeaderString("Accept-Language"));
            if (security.getUserPrincipal() == null) {
                ctx.abortWith(new Problem(401, "UNAUTHENTICATED", Messages.format(locale, "error.unauthenticated")).getResponse());
            } else if (Arrays.stream(roles).noneMatch(security::isUserInRole)) {
                ctx.abortWith(new Problem(403, "FORBIDDEN", Messages.format(locale, "error.forbidden")).getResponse());
            }
        }
    }
}
