package vn.edu.taphuan.security.control;

import jakarta.servlet.http.HttpServletResponse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The session cookie as the browser must get it. The container writes it when the session is created, and marks it
 * {@code Secure} only when the connection to the container is TLS — not when TLS ends at a proxy in front of us —
 * and Payara 6 writes {@code SameSite} twice (issue 7254): its HTTP listener appends {@code SameSite=Strict}
 * (payara/pre-boot-commands.txt) to every {@code Set-Cookie} as the answer goes out, also to one that has it already.
 * Right after sign-in creates the session, its {@code Set-Cookie} is rewritten: attributes once each, without
 * {@code SameSite} (the listener adds it once), and {@code Secure} whenever the person came over TLS
 * ({@link ClientAddress#overTls}).
 */
public final class SessionCookie {
    static final String NAME = "TAPHUAN_SESSION";

    private SessionCookie() {
    }

    public static void harden(HttpServletResponse response, boolean overTls) {
        List<String> cookies = new ArrayList<>(response.getHeaders("Set-Cookie"));
        if (cookies.stream().noneMatch(c -> c.startsWith(NAME + "="))) {
            return;
        }
        for (int i = 0; i < cookies.size(); i++) {
            if (cookies.get(i).startsWith(NAME + "=")) {
                cookies.set(i, rewrite(cookies.get(i), overTls));
            }
        }
        response.setHeader("Set-Cookie", cookies.get(0));
        cookies.stream().skip(1).forEach(c -> response.addHeader("Set-Cookie", c));
    }

    static String rewrite(String cookie, boolean overTls) {
        String[] parts = cookie.split(";");
        Map<String, String> attributes = new LinkedHashMap<>();
        for (int i = 1; i < parts.length; i++) {
            String part = parts[i].strip();
            if (!part.isEmpty() && !part.toLowerCase(Locale.ROOT).startsWith("samesite")) {
                attributes.putIfAbsent(part.split("=", 2)[0].strip().toLowerCase(Locale.ROOT), part);
            }
        }
        attributes.putIfAbsent("httponly", "HttpOnly");
        if (overTls) {
            attributes.putIfAbsent("secure", "Secure");
        }
        return parts[0].strip() + (attributes.isEmpty() ? "" : "; " + String.join("; ", attributes.values()));
    }
}
