package vn.edu.taphuan.xapi.control;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ConnectException;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ExternalLrsTest {

    @Test
    void whenJsonHasVietnameseTextThenItIsSentAsAsciiEscapesThatReadTheSame() {
        String json = "{\"platform\":\"Tập huấn\",\"x\":\"a\\\"b\"}";
        String ascii = ExternalLrs.ascii(json);
        assertEquals("{\"platform\":\"T\\u1eadp hu\\u1ea5n\",\"x\":\"a\\\"b\"}", ascii);
        assertEquals(StatementJson.parse(json), StatementJson.parse(ascii));
        assertEquals("{\"a\":1}", ExternalLrs.ascii("{\"a\":1}"));
    }

    @Test
    void whenTheTargetRejectsAStatementThenItIsRejectedButTargetTroubleIsUnavailable() {
        var rejected = ExternalLrs.classify(new IOException("Server (http://x/statements) Responded with 400: {\"message\":\"bad\"}"));
        assertEquals(ExternalLrs.Kind.REJECTED, rejected.kind());
        assertEquals(400, rejected.status());
        assertEquals(ExternalLrs.Kind.REJECTED, ExternalLrs.classify(new IOException("Server (u) Responded with 409: conflict")).kind());
        for (int status : new int[]{401, 403, 404, 429, 500, 502, 503}) {
            assertEquals(ExternalLrs.Kind.UNAVAILABLE, ExternalLrs.classify(new IOException("Server (u) Responded with " + status + ": x")).kind(),
                    String.valueOf(status));
        }
        assertEquals(ExternalLrs.Kind.UNAVAILABLE, ExternalLrs.classify(new ConnectException("Connection refused")).kind());
        assertEquals(ExternalLrs.Kind.UNAVAILABLE, ExternalLrs.classify(new NullPointerException()).kind());
    }
}
