package vn.edu.taphuan.platform;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Texts people read, in the language of the request: Vietnamese first, English when the browser or the
 * {@code lang} cookie asks for it. Bundles are UTF-8 properties under {@code i18n/}, the one source of words:
 * server messages, enum labels ({@code enum.<type>.<VALUE>}, see {@link #label}) and the pages' words
 * ({@code page.<script>.<key>}, served by {@link WordsResource}).
 */
@RequestScoped
public class Messages {
    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    @Inject
    HttpServletRequest request;

    private Locale locale;

    public Locale locale() {
        if (locale == null) {
            locale = chooseLocale(request);
        }
        return locale;
    }

    public String get(String key, Object... args) {
        return format(locale(), key, args);
    }

    /**
     * For answers a page shows without its script (the sign-in form's redirect): the page's own language, which
     * is the {@code lang} cookie or Vietnamese — not the browser's, which is often English on Vietnamese phones.
     */
    public String forPage(String key, Object... args) {
        return format(cookieLocale(request).orElse(VIETNAMESE), key, args);
    }

    /** The label people read for an enum value, e.g. "Công lập" for {@code SchoolType.PUBLIC}. */
    public String label(Enum<?> value) {
        return label(locale(), value);
    }

    /** {@code enum.<type>.<VALUE>}, the type named as in the pages: {@code SchoolType} → {@code schoolType}. */
    public static String label(Locale locale, Enum<?> value) {
        String type = value.getDeclaringClass().getSimpleName();
        return format(locale, "enum." + Character.toLowerCase(type.charAt(0)) + type.substring(1) + "." + value.name());
    }

    static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle("i18n.messages", locale, Messages.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static String format(Locale locale, String key, Object... args) {
        ResourceBundle bundle = bundle(locale);
        try {
            String pattern = bundle.getString(key);
            return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    /** The request's language by {@link #choose}; Vietnamese for background work, which has no request. */
    public static Locale chooseLocale(HttpServletRequest request) {
        try {
            return choose(cookieLocale(request).orElse(null), request.getHeader("Accept-Language"));
        } catch (IllegalStateException outsideRequest) {
            return VIETNAMESE;
        }
    }

    /**
     * The one locale rule of the API and the pages: the {@code lang} cookie wins (the pages' language switch),
     * then an Accept-Language that starts with English, then Vietnamese. {@code cookie} is the cookie's locale, or
     * null without one; RoleRules uses the same rule for its 401/403.
     */
    public static Locale choose(Locale cookie, String acceptLanguage) {
        if (cookie != null) {
            return cookie;
        }
        return acceptLanguage != null && acceptLanguage.toLowerCase(Locale.ROOT).startsWith("en") ? Locale.ENGLISH : VIETNAMESE;
    }

    /** The locale a {@code lang} cookie's value names: English for "en", Vietnamese for anything else. */
    public static Locale ofCookie(String value) {
        return "en".equals(value) ? Locale.ENGLISH : VIETNAMESE;
    }

    private static java.util.Optional<Locale> cookieLocale(HttpServletRequest request) {
        try {
            if (request.getCookies() != null) {
                for (var c : request.getCookies()) {
                    if ("lang".equals(c.getName())) {
                        return java.util.Optional.of(ofCookie(c.getValue()));
                    }
                }
            }
        } catch (IllegalStateException outsideRequest) {
            // background work
        }
        return java.util.Optional.empty();
    }
}
