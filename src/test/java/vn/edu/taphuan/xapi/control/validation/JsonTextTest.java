package vn.edu.taphuan.xapi.control.validation;

import org.junit.jupiter.api.Test;
import vn.edu.taphuan.xapi.control.StatementJson;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 11, item 7: request text that is not UTF-8, holds lone surrogates or nests too deep is refused, never altered. */
class JsonTextTest {

    private static JsonText.Refused refused(Runnable r) {
        return assertThrows(JsonText.Refused.class, r::run);
    }

    private static String message(JsonText.Refused p) {
        return p.getMessage();
    }

    @Test
    void whenBytesAreNotUtf8ThenRefusedNamingWhere_Communication1_4() {
        byte[] bytes = "{\"a\":\"x\"}".getBytes(StandardCharsets.UTF_8);
        bytes[6] = (byte) 0xC3; // a lead byte followed by '"': malformed
        JsonText.Refused p = refused(() -> JsonText.utf8(bytes, "The request body"));
        assertTrue(message(p).contains("byte 6"), message(p));
        assertTrue(message(p).contains("Communication 1.4"), message(p));
        assertEquals("{\"a\":\"đã học\"}", JsonText.utf8("{\"a\":\"đã học\"}".getBytes(StandardCharsets.UTF_8), "x"));
        refused(() -> JsonText.utf8(new byte[]{(byte) 0xED, (byte) 0xA0, (byte) 0x80}, "CESU-8 surrogate")); // U+D800 as UTF-8 bytes
    }

    @Test
    void whenAStringHoldsALoneSurrogateThenItsPathIsNamed_Communication1_4() {
        assertEquals("context.extensions.http://x.org/e[1]",
                JsonText.loneSurrogate(StatementJson.parse("{\"context\":{\"extensions\":{\"http://x.org/e\":[\"ok\",\"a\\uD800b\"]}}}"), ""));
        assertEquals("k\uDC00", JsonText.loneSurrogate(StatementJson.parse("{\"k\\uDC00\":1}"), ""), "property names too");
        assertNull(JsonText.loneSurrogate(StatementJson.parse("{\"smile\":\"\\uD83D\\uDE00\",\"vi\":\"Tập huấn\"}"), ""), "a pair is fine");
        JsonText.Refused p = refused(() -> JsonText.checkSurrogates(StatementJson.parse("{\"verb\":{\"id\":\"\\uDBFF\"}}"), "The request body"));
        assertTrue(message(p).contains("verb.id"), message(p));
    }

    @Test
    void whenJsonNestsDeeperThanTheLimitThenRefusedBeforeParsing() {
        String deep = "{\"e\":" + "[".repeat(1000) + "]".repeat(1000) + "}";
        JsonText.Refused p = refused(() -> JsonText.checkDepth(deep, "The request body"));
        assertTrue(message(p).contains(String.valueOf(JsonText.MAX_DEPTH)), message(p));
        String atLimit = "[".repeat(JsonText.MAX_DEPTH) + "]".repeat(JsonText.MAX_DEPTH);
        assertDoesNotThrow(() -> JsonText.checkDepth(atLimit, "x"));
        assertDoesNotThrow(() -> JsonText.checkDepth("{\"s\":\"" + "[{".repeat(500) + "\\\"\"}", "x"), "brackets inside strings do not count");
    }

    @Test
    void whenAPercentEscapeIsBrokenOrNotUtf8ThenTheParameterIsNamed() {
        assertEquals("a b+đ", JsonText.percentDecoded("a+b%2B%C4%91", "verb", true));
        JsonText.Refused broken = refused(() -> JsonText.percentDecoded("100%", "limit", true));
        assertTrue(message(broken).contains("limit"), message(broken));
        assertEquals("limit", broken.field());
        JsonText.Refused latin1 = refused(() -> JsonText.percentDecoded("caf%E9", "activity", true));
        assertTrue(message(latin1).contains("activity"), message(latin1));
        assertFalse(message(latin1).contains("Exception"));
    }
}
