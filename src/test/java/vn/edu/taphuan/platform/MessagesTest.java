package vn.edu.taphuan.platform;

import org.junit.jupiter.api.Test;
import vn.edu.taphuan.directory.entity.Gender;
import vn.edu.taphuan.directory.entity.SchoolType;
import vn.edu.taphuan.directory.entity.StaffCategory;
import vn.edu.taphuan.directory.entity.StaffStatus;
import vn.edu.taphuan.security.entity.Role;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every message, page word and enum label exists in Vietnamese and English, and the Vietnamese is written with its
 * diacritics; every word a page or script asks for is in the bundle, and the Vietnamese the HTML already holds (the
 * first paint, and the page without script) is the bundle's.
 */
class MessagesTest {

    static Properties bundle(String lang) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/i18n/messages_" + lang + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void whenAKeyIsTranslatedInOneLanguageThenItIsInTheOther() throws IOException {
        Properties vi = bundle("vi");
        Properties en = bundle("en");
        TreeSet<String> onlyVi = new TreeSet<>(vi.stringPropertyNames());
        onlyVi.removeAll(en.stringPropertyNames());
        TreeSet<String> onlyEn = new TreeSet<>(en.stringPropertyNames());
        onlyEn.removeAll(vi.stringPropertyNames());
        assertEquals(new TreeSet<>(), onlyVi, "keys missing in English");
        assertEquals(new TreeSet<>(), onlyEn, "keys missing in Vietnamese");
    }

    @Test
    void noMessageIsEmptyAndVietnameseIsNotAsciiOnly() throws IOException {
        Properties vi = bundle("vi");
        vi.forEach((k, v) -> assertFalse(v.toString().isBlank(), k + " is empty"));
        bundle("en").forEach((k, v) -> assertFalse(v.toString().isBlank(), k + " is empty in English"));
        long withDiacritics = vi.values().stream().filter(v -> !StandardCharsets.US_ASCII.newEncoder().canEncode(v.toString())).count();
        assertTrue(withDiacritics > vi.size() * 0.8, "Vietnamese messages should carry diacritics");
    }

    @Test
    void whenArgumentsAreGivenThenTheyAreFilledIn() {
        assertEquals("There is no school with code X-1.", Messages.format(Locale.ENGLISH, "school.notFound", "X-1"));
        assertEquals("Không có trường mã X-1.", Messages.format(Messages.VIETNAMESE, "school.notFound", "X-1"));
        assertEquals("no.such.key", Messages.format(Locale.ENGLISH, "no.such.key"));
    }

    @Test
    void everyEnumValueHasItsLabelInBothLanguages() {
        for (Enum<?>[] values : List.<Enum<?>[]>of(SchoolType.values(), StaffCategory.values(), Gender.values(), StaffStatus.values(), Role.values())) {
            for (Enum<?> value : values) {
                for (Locale locale : List.of(Messages.VIETNAMESE, Locale.ENGLISH)) {
                    assertFalse(Messages.label(locale, value).startsWith("enum."), "no label for " + value + " in " + locale);
                }
            }
        }
        assertEquals("Công lập", Messages.label(Messages.VIETNAMESE, SchoolType.PUBLIC));
        assertEquals("On leave", Messages.label(Locale.ENGLISH, StaffStatus.ON_LEAVE));
    }

    private static final Path WEBAPP = Path.of("src/main/webapp");
    private static final Pattern SCRIPT = Pattern.compile("<script src=\"/assets/([a-z-]+)\\.js\"");
    private static final Pattern WORD_ATTRIBUTE = Pattern.compile("data-t(?:-placeholder|-label)?=\"([^\"]+)\"");
    private static final Pattern ELEMENT_TEXT = Pattern.compile("<(\\w+)[^>]*\\sdata-t=\"([^\"]+)\"[^>]*>([^<]+)</\\1>");
    private static final Pattern SCRIPT_WORD = Pattern.compile("\\bt\\(\"([^\"]+)\"\\s*[,)]|\\bt: \"([^\"]+)\"|\"data-t\": \"([^\"]+)\"");
    private static final Pattern LABEL = Pattern.compile("\\blabel\\(\"(\\w+)\"");

    /** The words a page gets, as app.js builds them: page.<script>.* of its scripts in order, then enum.* as they are. */
    static Map<String, String> pageWords(Properties bundle, List<String> scripts) {
        Map<String, String> words = new HashMap<>();
        for (String script : scripts) {
            String prefix = "page." + script + ".";
            bundle.stringPropertyNames().stream().filter(k -> k.startsWith(prefix)).forEach(k -> words.put(k.substring(prefix.length()), bundle.getProperty(k)));
        }
        bundle.stringPropertyNames().stream().filter(k -> k.startsWith("enum.")).forEach(k -> words.put(k, bundle.getProperty(k)));
        return words;
    }

    static Map<Path, List<String>> pagesAndTheirScripts() throws IOException {
        Map<Path, List<String>> pages = new HashMap<>();
        try (Stream<Path> files = Files.walk(WEBAPP)) {
            for (Path page : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                List<String> scripts = new ArrayList<>();
                Matcher m = SCRIPT.matcher(Files.readString(page));
                while (m.find()) {
                    scripts.add(m.group(1));
                }
                pages.put(page, scripts);
            }
        }
        assertTrue(pages.size() > 15, "pages found: " + pages.keySet());
        return pages;
    }

    @Test
    void everyWordAPageOrItsScriptsAskForIsInTheBundle() throws IOException {
        Properties vi = bundle("vi");
        List<String> missing = new ArrayList<>();
        for (var page : pagesAndTheirScripts().entrySet()) {
            Map<String, String> words = pageWords(vi, page.getValue());
            Matcher m = WORD_ATTRIBUTE.matcher(Files.readString(page.getKey()));
            while (m.find()) {
                if (!words.containsKey(m.group(1))) {
                    missing.add(page.getKey().getFileName() + ": " + m.group(1));
                }
            }
            for (String script : page.getValue()) {
                String code = Files.readString(WEBAPP.resolve("assets/" + script + ".js"));
                Matcher w = SCRIPT_WORD.matcher(code);
                while (w.find()) {
                    String key = Stream.of(w.group(1), w.group(2), w.group(3)).filter(java.util.Objects::nonNull).findFirst().orElseThrow();
                    if (!words.containsKey(key)) {
                        missing.add(page.getKey().getFileName() + " / " + script + ".js: " + key);
                    }
                }
                Matcher l = LABEL.matcher(code);
                while (l.find()) {
                    String prefix = "enum." + l.group(1) + ".";
                    if (words.keySet().stream().noneMatch(k -> k.startsWith(prefix))) {
                        missing.add(script + ".js: enum type " + l.group(1));
                    }
                }
            }
        }
        assertEquals(List.of(), missing.stream().distinct().sorted().toList(), "words asked for but not in messages_vi.properties");
    }

    @Test
    void theVietnameseInThePagesIsTheBundles() throws IOException {
        Properties vi = bundle("vi");
        List<String> differ = new ArrayList<>();
        for (var page : pagesAndTheirScripts().entrySet()) {
            Map<String, String> words = pageWords(vi, page.getValue());
            Matcher m = ELEMENT_TEXT.matcher(Files.readString(page.getKey()));
            while (m.find()) {
                String html = m.group(3).strip().replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").replaceAll("\\s+", " ");
                String bundled = words.get(m.group(2));
                if (bundled != null && !html.equals(bundled)) {
                    differ.add(page.getKey().getFileName() + " " + m.group(2) + ": «" + html + "» ≠ «" + bundled + "»");
                }
            }
        }
        assertEquals(List.of(), differ, "the HTML's Vietnamese differs from messages_vi.properties");
    }
}
