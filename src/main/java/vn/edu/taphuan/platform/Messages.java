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
 * {@code lang} cookie asks for it. Bundles are UTF-8 properties under {@code i18n/}.
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

    public static String format(Locale locale, String key, Object... args) {
        ResourceBundle bundle = ResourceBundle.getBundle("i18n.messages", locale, Messages.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        try {
            String pattern = bundle.getString(key);
            return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    /** Cookie {@code lang} wins (the page's language switch), then Accept-Language, then Vietnamese. */
    static Locale chooseLocale(HttpServletRequest request) {
        try {
            var cookie = cookieLocale(request);
            if (cookie.isPresent()) {
                return cookie.get();
            }
            String accept = request.getHeader("Accept-Language");
            if (accept != null && accept.toLowerCase(Locale.ROOT).startsWith("en")) {
                return Locale.ENGLISH;
            }
        } catch (IllegalStateException outsideRequest) {
            // background work: no request, Vietnamese
        }
        return VIETNAMESE;
    }

    private static java.util.Optional<Locale> cookieLocale(HttpServletRequest request) {
        try {
            if (request.getCookies() != null) {
                for (var c : request.getCookies()) {
                    if ("lang".equals(c.getName())) {
                        return java.util.Optional.of("en".equals(c.getValue()) ? Locale.ENGLISH : VIETNAMESE);
                    }
                }
            }
        } catch (IllegalStateException outsideRequest) {
            // background work
        }
        return java.util.Optional.empty();
    }
}
