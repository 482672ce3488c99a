package vn.edu.taphuan.testing;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every endpoint of a set of JAX-RS resources, read from their annotations the way the server reads them: HTTP
 * method, path (path parameters filled with harmless sample values), the role rule (method first, then class) and
 * what it consumes. Tests generate their requests from this list, so a new endpoint is covered without a new line.
 */
public final class Endpoints {
    private static final Pattern PARAM = Pattern.compile("\\{\\s*(\\w+)\\s*(?::((?:[^{}]|\\{[^}]*})*))?}");
    private static final Map<String, String> SAMPLES = Map.of("code", "THCS02", "format", "csv", "username", "nobody-here",
            "kind", "staff", "lang", "vi");

    private Endpoints() {
    }

    /** One endpoint; {@code roles} is null when it is open to anyone ({@code @PermitAll}). */
    public record Endpoint(String method, String path, Set<String> roles, String consumes) {
        public boolean open() {
            return roles == null;
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    public static List<Endpoint> of(Collection<Class<?>> resources) {
        List<Endpoint> all = new ArrayList<>();
        for (Class<?> resource : resources) {
            for (Method m : resource.getDeclaredMethods()) {
                String verb = verb(m);
                if (verb != null) {
                    all.add(new Endpoint(verb, path(resource, m), roles(resource, m), consumes(resource, m)));
                }
            }
        }
        all.sort(Comparator.comparing(Endpoint::path).thenComparing(Endpoint::method));
        return all;
    }

    private static String verb(Method m) {
        if (m.isAnnotationPresent(GET.class)) {
            return "GET";
        }
        if (m.isAnnotationPresent(POST.class)) {
            return "POST";
        }
        if (m.isAnnotationPresent(PUT.class)) {
            return "PUT";
        }
        if (m.isAnnotationPresent(DELETE.class)) {
            return "DELETE";
        }
        if (m.isAnnotationPresent(PATCH.class)) {
            return "PATCH";
        }
        return m.isAnnotationPresent(HEAD.class) ? "HEAD" : null;
    }

    private static String path(Class<?> resource, Method m) {
        String path = "api/" + strip(resource.getAnnotation(Path.class).value());
        if (m.isAnnotationPresent(Path.class)) {
            path += "/" + strip(m.getAnnotation(Path.class).value());
        }
        Matcher param = PARAM.matcher(path.replaceAll("/+$", ""));
        StringBuilder filled = new StringBuilder();
        while (param.find()) {
            param.appendReplacement(filled, sample(param.group(1), param.group(2)));
        }
        return param.appendTail(filled).toString();
    }

    /** A harmless value for the parameter that its regular expression, if it has one, accepts. */
    private static String sample(String name, String regex) {
        String value = SAMPLES.getOrDefault(name, "1");
        if (regex == null || value.matches(regex.strip())) {
            return value;
        }
        return java.util.stream.Stream.of("1", "00000000-0000-0000-0000-000000000000", "x", "THCS02")
                .filter(v -> v.matches(regex.strip())).findFirst().orElse(value);
    }

    private static String strip(String path) {
        return path.replaceAll("^/+", "").replaceAll("/+$", "");
    }

    private static Set<String> roles(Class<?> resource, Method m) {
        if (m.isAnnotationPresent(PermitAll.class)) {
            return null;
        }
        if (m.isAnnotationPresent(DenyAll.class)) {
            return Set.of();
        }
        if (m.isAnnotationPresent(RolesAllowed.class)) {
            return Set.of(m.getAnnotation(RolesAllowed.class).value());
        }
        if (resource.isAnnotationPresent(RolesAllowed.class)) {
            return Set.of(resource.getAnnotation(RolesAllowed.class).value());
        }
        return resource.isAnnotationPresent(PermitAll.class) ? null : Set.of();
    }

    private static String consumes(Class<?> resource, Method m) {
        Consumes c = m.isAnnotationPresent(Consumes.class) ? m.getAnnotation(Consumes.class) : resource.getAnnotation(Consumes.class);
        return c == null ? "application/json" : c.value()[0];
    }
}
