package vn.edu.taphuan.platform;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every message exists in Vietnamese and English, and the Vietnamese is written with its diacritics. */
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
        long withDiacritics = vi.values().stream().filter(v -> !StandardCharsets.US_ASCII.newEncoder().canEncode(v.toString())).count();
        assertTrue(withDiacritics > vi.size() * 0.8, "Vietnamese messages should carry diacritics");
    }

    @Test
    void whenArgumentsAreGivenThenTheyAreFilledIn() {
        assertEquals("There is no school with code X-1.", Messages.format(Locale.ENGLISH, "school.notFound", "X-1"));
        assertEquals("Không có trường mã X-1.", Messages.format(Messages.VIETNAMESE, "school.notFound", "X-1"));
        assertEquals("no.such.key", Messages.format(Locale.ENGLISH, "no.such.key"));
    }
}
