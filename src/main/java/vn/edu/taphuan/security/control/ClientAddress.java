package vn.edu.taphuan.security.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The address a request came from, for the sign-in throttle and the log. Behind a load balancer every request comes
 * from the balancer, and one address for the whole city would lock everyone out after a few dozen typos; so when the
 * direct peer is a proxy listed in {@code taphuan.proxy.trusted}, the address is taken from {@code X-Forwarded-For}:
 * the right-most entry that is not itself a trusted proxy (entries further left are whatever the client claimed).
 * Without trusted proxies (the default) the header is ignored: anyone could write it.
 */
@ApplicationScoped
public class ClientAddress {

    @Inject
    @ConfigProperty(name = "taphuan.proxy.trusted", defaultValue = "")
    Optional<String> trustedSetting;

    private volatile Set<String> trusted;

    public String of(HttpServletRequest request) {
        if (trusted == null) {
            trusted = parse(trustedSetting.orElse(""));
        }
        return of(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"), trusted);
    }

    /**
     * Whether the person's browser reached us over TLS: directly, or through a trusted proxy that says so in
     * {@code X-Forwarded-Proto} (the first entry: the scheme the client used at the outermost proxy). From anyone
     * else the header is ignored, like {@code X-Forwarded-For}.
     */
    public boolean overTls(HttpServletRequest request) {
        if (request.isSecure()) {
            return true;
        }
        if (trusted == null) {
            trusted = parse(trustedSetting.orElse(""));
        }
        return overTls(request.getRemoteAddr(), request.getHeader("X-Forwarded-Proto"), trusted);
    }

    static boolean overTls(String peer, String forwardedProto, Set<String> trusted) {
        if (!trusted.contains(peer) || forwardedProto == null) {
            return false;
        }
        return forwardedProto.split(",")[0].strip().equalsIgnoreCase("https");
    }

    static Set<String> parse(String setting) {
        return Arrays.stream(setting.split(",")).map(String::strip).filter(s -> !s.isEmpty()).collect(Collectors.toUnmodifiableSet());
    }

    static String of(String peer, String forwardedFor, Set<String> trusted) {
        if (!trusted.contains(peer) || forwardedFor == null || forwardedFor.isBlank()) {
            return peer;
        }
        List<String> hops = Arrays.stream(forwardedFor.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        for (int i = hops.size() - 1; i >= 0; i--) {
            if (!trusted.contains(hops.get(i))) {
                return hops.get(i);
            }
        }
        return hops.isEmpty() ? peer : hops.get(0);
    }
}
