package vn.edu.taphuan.cmi5.entity;

import java.util.Locale;
import java.util.Map;

/**
 * A cmi5 langstring list (title, description) reduced to what our pages show: the Vietnamese text and the English
 * one. A package written in one language gets that text for both; one without either takes its first langstring.
 */
public record Title(String vi, String en) {

    public static Title of(Map<String, String> byLanguage) {
        String first = byLanguage.values().stream().findFirst().orElse("");
        String vi = pick(byLanguage, "vi");
        String en = pick(byLanguage, "en");
        return new Title(cut(vi != null ? vi : en != null ? en : first), cut(en != null ? en : vi != null ? vi : first));
    }

    private static String pick(Map<String, String> byLanguage, String language) {
        return byLanguage.entrySet().stream()
                .filter(e -> e.getKey().toLowerCase(Locale.ROOT).equals(language) || e.getKey().toLowerCase(Locale.ROOT).startsWith(language + "-"))
                .map(Map.Entry::getValue).findFirst().orElse(null);
    }

    /** Titles are shown in lists: 500 characters (the column) is plenty. */
    private static String cut(String s) {
        return s.length() <= 500 ? s : s.substring(0, 499) + "…";
    }
}
