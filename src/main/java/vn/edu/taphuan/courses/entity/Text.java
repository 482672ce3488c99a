package vn.edu.taphuan.courses.entity;

import java.util.Locale;

/** A text an author wrote in both languages; Vietnamese is the original, English the translation. */
public record Text(String vi, String en) {

    public String in(Locale locale) {
        return "en".equals(locale.getLanguage()) ? en : vi;
    }
}
