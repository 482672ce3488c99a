package vn.edu.taphuan.xapi.boundary;

import jakarta.ws.rs.core.MediaType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The format of an LRS error by content negotiation (xAPI Communication 3.2.s3.b3, b4), without a server. */
class LrsErrorFormatsTest {

    static MediaType chosen(String... accepted) {
        return LrsErrorFormats.chosen(List.of(accepted).stream().map(MediaType::valueOf).toList());
    }

    @Test
    void whenTheClientPrefersTextOrHtmlThenItGetsThatAndOtherwiseJson() {
        assertEquals(MediaType.APPLICATION_JSON_TYPE, chosen(), "no Accept header");
        assertEquals(MediaType.APPLICATION_JSON_TYPE, chosen("*/*"));
        assertEquals(MediaType.APPLICATION_JSON_TYPE, chosen("application/json", "text/plain"));
        assertEquals(MediaType.TEXT_PLAIN_TYPE, chosen("text/plain"));
        assertEquals(MediaType.TEXT_PLAIN_TYPE, chosen("text/*"), "the first offered text type");
        assertEquals(MediaType.TEXT_HTML_TYPE, chosen("text/html", "application/xhtml+xml", "*/*"));
        assertEquals(MediaType.APPLICATION_JSON_TYPE, chosen("image/png"), "nothing offered fits: JSON");
    }
}
