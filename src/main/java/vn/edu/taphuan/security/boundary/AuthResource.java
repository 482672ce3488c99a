package vn.edu.taphuan.security.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import vn.edu.taphuan.platform.Messages;
import vn.edu.taphuan.platform.Problem;
import vn.edu.taphuan.security.control.Accounts;
import vn.edu.taphuan.security.control.ClientAddress;
import vn.edu.taphuan.security.control.CurrentUser;
import vn.edu.taphuan.security.control.EndedSessions;
import vn.edu.taphuan.security.control.KnownDevice;
import vn.edu.taphuan.security.control.SessionCookie;
import vn.edu.taphuan.security.control.SignedInUser;
import vn.edu.taphuan.security.entity.Role;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Form sign-in for pages (a session), who am I, change password, sign out. */
@Path("auth")
@Produces(MediaType.APPLICATION_JSON)
public class AuthResource {

    @Inject
    Accounts accounts;

    @Inject
    CurrentUser currentUser;

    @Inject
    Messages messages;

    @Inject
    ClientAddress clientAddress;

    @Inject
    EndedSessions endedSessions;

    @Context
    HttpServletRequest request;

    @Context
    HttpServletResponse response;

    /**
     * The sign-in form posts here. Answers with a redirect, so it works without JavaScript: to the page for the
     * user's role, to the password page when the password is temporary, or back to the form with the reason.
     */
    @POST
    @Path("login")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @PermitAll
    public Response login(@FormParam("username") String username, @FormParam("password") String password) {
        if (!sameOrigin()) {
            throw Problem.forbidden(messages.get("error.crossOrigin"));
        }
        Accounts.SignIn result = accounts.signIn(username, password, clientAddress.of(request), true, deviceCookie());
        if (!result.ok()) {
            String reason = switch (result.refusal()) {
                case BAD_CREDENTIALS -> messages.forPage("signin.bad");
                case WAIT -> messages.forPage("signin.wait", result.waitSeconds());
                case DISABLED -> messages.forPage("signin.disabled");
            };
            return redirect("/?error=" + URLEncoder.encode(reason, StandardCharsets.UTF_8));
        }
        HttpSession old = request.getSession(false);
        if (old != null) {
            if (old.getAttribute(SignedInUser.ATTRIBUTE) instanceof SignedInUser before) {
                endedSessions.end(before);
            }
            old.invalidate(); // a fresh session id on every sign-in: no session fixation
        }
        SignedInUser user = result.user();
        request.getSession(true).setAttribute(SignedInUser.ATTRIBUTE, user);
        boolean overTls = clientAddress.overTls(request);
        SessionCookie.harden(response, overTls); // replaces the container's Set-Cookie: before the device cookie
        // added to the servlet response: a JAX-RS Set-Cookie header would replace the session cookie's; SameSite is
        // appended by Payara's listener to every cookie (SessionCookie)
        response.addHeader("Set-Cookie", KnownDevice.COOKIE + "=" + result.deviceToken() + "; Max-Age=" + KnownDevice.MAX_AGE_SECONDS
                + "; Path=" + request.getContextPath() + "/api/auth/login; HttpOnly" + (overTls ? "; Secure" : ""));
        return redirect(user.mustChangePassword() ? "/password.html" : home(user.role()));
    }

    private String deviceCookie() {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return null;
        }
        for (Cookie c : cookies) {
            if (c.getName().equals(KnownDevice.COOKIE)) {
                return c.getValue();
            }
        }
        return null;
    }

    /**
     * Where a role starts: staff their courses, a principal their school's report (their one question is "are we at
     * 70%?", and a list of schools with one row answered nothing — issue 13), the district the schools.
     */
    public static String home(Role role) {
        return switch (role) {
            case STAFF -> "/learn/";
            case SCHOOL_ADMIN -> "/admin/school-report.html";
            case DISTRICT_ADMIN -> "/admin/";
        };
    }

    @GET
    @Path("me")
    @RolesAllowed({Role.Names.DISTRICT_ADMIN, Role.Names.SCHOOL_ADMIN, Role.Names.STAFF})
    public Me me() {
        SignedInUser u = currentUser.require();
        return new Me(u.username(), u.displayName(), u.role().name(), u.schoolId(), u.mustChangePassword(),
                u.csrfToken(), home(u.role()));
    }

    public record Me(String username, String displayName, String role, Long schoolId, boolean mustChangePassword,
                     String csrfToken, String home) {
    }

    public record PasswordChange(@NotNull String currentPassword,
                                 @NotNull @Size(min = 8, max = 128, message = "{password.length}") String newPassword) {
        /** Written out so that the constraint annotations stay off the constructor's parameters: Payara's OpenAPI
         * scanner mistakes annotated constructor parameters for JAX-RS parameters and fails. */
        public PasswordChange(String currentPassword, String newPassword) {
            this.currentPassword = currentPassword;
            this.newPassword = newPassword;
        }

    }

    @POST
    @Path("password")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.DISTRICT_ADMIN, Role.Names.SCHOOL_ADMIN, Role.Names.STAFF})
    public Response changePassword(@Valid @NotNull PasswordChange change) {
        SignedInUser user = currentUser.require();
        if (change.newPassword().equals(change.currentPassword()) || change.newPassword().equalsIgnoreCase(user.username())) {
            throw new Problem(400, "WEAK_PASSWORD", messages.get("password.weak"), java.util.List.of(
                    Problem.Detail.field("newPassword", null, messages.get("password.weak"), messages.get("password.weak.fix"))));
        }
        Accounts.PasswordChanged changed = accounts.changePassword(user.accountId(), change.currentPassword(),
                change.newPassword(), clientAddress.of(request));
        if (changed.waitSeconds() > 0) {
            throw new Problem(429, "TOO_MANY_ATTEMPTS", messages.get("password.wait", changed.waitSeconds())) {
                @Override
                public Response getResponse() {
                    return Response.fromResponse(super.getResponse()).header("Retry-After", changed.waitSeconds()).build();
                }
            };
        }
        if (!changed.done()) {
            throw new Problem(400, "WRONG_PASSWORD", messages.get("password.wrongCurrent"));
        }
        HttpSession session = request.getSession(false);
        if (session != null && user.viaSession()) {
            // the account's other sessions end (a new generation); this one goes on under it
            session.setAttribute(SignedInUser.ATTRIBUTE, user.withPasswordChanged(changed.generation()));
        }
        return Response.noContent().build();
    }

    @POST
    @Path("logout")
    @PermitAll
    public Response logout() {
        HttpSession session = request.getSession(false);
        if (session != null) {
            if (session.getAttribute(SignedInUser.ATTRIBUTE) instanceof SignedInUser user) {
                endedSessions.end(user); // other instances of a cluster may hold a copy of this session
            }
            session.invalidate();
        }
        return Response.noContent().build();
    }

    /** The sign-in form is ours: a browser posting from another site's page is refused (login CSRF). */
    private boolean sameOrigin() {
        String origin = request.getHeader("Origin");
        if (origin == null || origin.equals("null")) {
            return origin == null;
        }
        String host = request.getHeader("Host");
        return host != null && (origin.equals("http://" + host) || origin.equals("https://" + host));
    }

    /**
     * A relative {@code Location} (RFC 9110 §10.2.2): the browser resolves it against the address it used, so the
     * redirect never repeats a {@code Host} header someone else wrote (the API application turns off Jersey's
     * rewriting of relative locations into absolute ones built from {@code Host}).
     */
    private Response redirect(String path) {
        return Response.seeOther(URI.create(request.getContextPath() + path)).build();
    }
}
