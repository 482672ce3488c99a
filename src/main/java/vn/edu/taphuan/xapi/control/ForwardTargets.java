package vn.edu.taphuan.xapi.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import vn.edu.taphuan.xapi.entity.ForwardTarget;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The external LRSs statements are forwarded to, read from MicroProfile Config at start:
 * <pre>
 * taphuan.xapi.forward.targets=district-lrs            (comma-separated names; empty = no forwarding)
 * taphuan.xapi.forward.district-lrs.endpoint=https://lrs.example.org/xapi/
 * taphuan.xapi.forward.district-lrs.key=...
 * taphuan.xapi.forward.district-lrs.secret=...
 * taphuan.xapi.forward.district-lrs.verbs=http://adlnet.gov/expapi/verbs/completed   (optional filter)
 * </pre>
 * Every key can come from an environment variable, so secrets need not sit in files.
 */
@ApplicationScoped
public class ForwardTargets {
    private static final Logger LOG = Logger.getLogger(ForwardTargets.class.getName());
    private static final String PREFIX = "taphuan.xapi.forward.";

    private List<ForwardTarget> targets = List.of();

    @PostConstruct
    void read() {
        targets = read(ConfigProvider.getConfig());
    }

    static List<ForwardTarget> read(Config config) {
        String names = config.getOptionalValue(PREFIX + "targets", String.class).orElse("");
        List<ForwardTarget> result = new ArrayList<>();
        for (String name : Arrays.stream(names.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList()) {
            if (!name.matches("[A-Za-z0-9_-]{1,64}")) {
                throw new IllegalStateException("Forwarding target name '" + name + "' in " + PREFIX + "targets may use only letters, digits, - and _ (at most 64)");
            }
            String endpoint = config.getOptionalValue(PREFIX + name + ".endpoint", String.class).orElseThrow(() ->
                    new IllegalStateException("Forwarding target '" + name + "' needs " + PREFIX + name + ".endpoint (the external LRS's xAPI base URL)"));
            String key = config.getOptionalValue(PREFIX + name + ".key", String.class).orElse("");
            String secret = config.getOptionalValue(PREFIX + name + ".secret", String.class).orElse("");
            Optional<String> verbs = config.getOptionalValue(PREFIX + name + ".verbs", String.class);
            var verbSet = new LinkedHashSet<String>();
            verbs.ifPresent(v -> Arrays.stream(v.split(",")).map(String::strip).filter(s -> !s.isEmpty()).forEach(verbSet::add));
            result.add(new ForwardTarget(name, endpoint.endsWith("/") ? endpoint : endpoint + "/", key, secret, java.util.Set.copyOf(verbSet)));
            LOG.info(() -> "xAPI forwarding to " + name + " at " + endpoint + (verbSet.isEmpty() ? "" : " (verbs " + verbSet + ")"));
        }
        return List.copyOf(result);
    }

    public List<ForwardTarget> all() {
        return targets;
    }

    public Optional<ForwardTarget> named(String name) {
        return targets.stream().filter(t -> t.name().equals(name)).findFirst();
    }
}
