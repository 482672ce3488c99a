package vn.edu.taphuan.security.control;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.edu.taphuan.security.entity.Role;

import java.io.IOException;
import java.util.Set;

/**
 * {@code /metrics} (MicroProfile Metrics, served by Payara inside this application because it has the root context)
 * tells how busy the service is, how many sign-ins fail and how far the outbox is behind: not for anyone on the
 * network. A scraper on an address listed in {@code taphuan.metrics.allowed} (default: this machine only) reads it
 * without signing in; anyone else must be a district admin (HTTP Basic). The address is the client's as
 * {@link ClientAddress} resolves it, so a request through a trusted balancer counts as its client's, not as the
 * balancer's loopback address.
 */
@WebFilter(urlPatterns = {"/metrics", "/metrics/*"})
public class MetricsGate extends HttpFilter {

    @Inject
    ClientAddress clientAddress;

    @Inject
    @ConfigProperty(name = "taphuan.metrics.allowed", defaultValue = "127.0.0.1, ::1, 0:0:0:0:0:0:0:1")
    String allowedSetting;

    private volatile Set<String> allowed;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (allowed == null) {
            allowed = ClientAddress.parse(allowedSetting);
        }
        if (allowed.contains(clientAddress.of(request))) {
            chain.doFilter(request, response);
            return;
        }
        if (!(request.getAttribute(SignedInUser.ATTRIBUTE) instanceof SignedInUser user)) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"taphuan\", charset=\"UTF-8\"");
            response.sendError(401);
        } else if (user.role() != Role.DISTRICT_ADMIN) {
            response.sendError(403);
        } else {
            chain.doFilter(request, response);
        }
    }
}
