package vn.edu.taphuan.cmi5.control;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** cmi5 §8.1 launch URL: the five parameters, merged with the AU URL's own query (§13.1.4), fragment last. */
class LaunchUrlTest {
    private static final java.util.Map<String, String> P = LaunchUrl.parameters("https://lms.example/xapi/", "https://lms.example/cmi5/fetch/k",
            "{\"objectType\":\"Agent\"}", "r-1", "https://lms.example/a b");

    @Test
    void whenTheAuUrlHasNoQueryThenTheParametersStartOne() {
        assertEquals("https://au.example/index.html?endpoint=https%3A%2F%2Flms.example%2Fxapi%2F&fetch=https%3A%2F%2Flms.example%2Fcmi5%2Ffetch%2Fk"
                + "&actor=%7B%22objectType%22%3A%22Agent%22%7D&registration=r-1&activityId=https%3A%2F%2Flms.example%2Fa%20b",
                LaunchUrl.of("https://au.example/index.html", P));
    }

    @Test
    void whenTheAuUrlHasAQueryAndAFragmentThenBothAreKept() {
        String url = LaunchUrl.of("https://au.example/i.html?lang=vi#start", P);
        assertEquals(true, url.startsWith("https://au.example/i.html?lang=vi&endpoint="), url);
        assertEquals(true, url.endsWith("&activityId=https%3A%2F%2Flms.example%2Fa%20b#start"), url);
        assertEquals(true, LaunchUrl.of("https://au.example/i.html?", P).startsWith("https://au.example/i.html?endpoint="));
    }
}
