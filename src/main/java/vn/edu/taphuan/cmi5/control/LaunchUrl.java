package vn.edu.taphuan.cmi5.control;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The launch URL of cmi5 §8.1: the AU's URL with {@code endpoint}, {@code fetch}, {@code actor},
 * {@code registration} and {@code activityId} added to its query. A query the AU's URL already has is kept and
 * merged (§13.1.4 url); a fragment stays at the end.
 */
public final class LaunchUrl {
    private LaunchUrl() {
    }

    /** The URL the AU is opened at; {@code auUrl} absolute (ours or the author's). */
    public static String of(String auUrl, Map<String, String> parameters) {
        int hash = auUrl.indexOf('#');
        String fragment = hash < 0 ? "" : auUrl.substring(hash);
        String base = hash < 0 ? auUrl : auUrl.substring(0, hash);
        StringBuilder url = new StringBuilder(base);
        char separator = base.contains("?") ? (base.endsWith("?") || base.endsWith("&") ? 0 : '&') : '?';
        for (var p : parameters.entrySet()) {
            if (separator != 0) {
                url.append(separator);
            }
            url.append(encode(p.getKey())).append('=').append(encode(p.getValue()));
            separator = '&';
        }
        return url.append(fragment).toString();
    }

    /** The five cmi5 parameters in the order of §8.1. */
    public static Map<String, String> parameters(String endpoint, String fetch, String actor, String registration, String activityId) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("endpoint", endpoint);
        p.put("fetch", fetch);
        p.put("actor", actor);
        p.put("registration", registration);
        p.put("activityId", activityId);
        return p;
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
