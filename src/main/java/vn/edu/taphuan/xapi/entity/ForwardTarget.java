package vn.edu.taphuan.xapi.entity;

import java.util.Set;

/**
 * An external LRS statements are forwarded to, as configured (MicroProfile Config
 * {@code taphuan.xapi.forward.<name>.*}, docs/xapi.md). {@code verbs} is the optional filter: when not empty,
 * only statements with one of these verbs are forwarded. The secret is never shown.
 */
public record ForwardTarget(String name, String endpoint, String key, String secret, Set<String> verbs) {

    public boolean accepts(String verbId) {
        return verbs.isEmpty() || verbs.contains(verbId);
    }

    @Override
    public String toString() {
        return "ForwardTarget[" + name + " " + endpoint + "]";
    }
}
