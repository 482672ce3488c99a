package vn.edu.taphuan.xapi.boundary;

import org.junit.jupiter.api.Test;
import vn.edu.taphuan.platform.Problem;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The multipart/mixed reader of statement requests (RFC 2046 §5.1, xAPI Communication 1.5.2). */
class MultipartReaderTest {
    /** The example of Communication 1.5.2.s6, boundary and all. */
    static final String SPEC_BOUNDARY = "abcABC0123'()+_,-./:=?";
    static final String SPEC_BODY = "--" + SPEC_BOUNDARY + "\r\nContent-Type:application/json\r\n\r\n{\"actor\":{}}\r\n--" + SPEC_BOUNDARY
            + "\r\nContent-Type:text/plain\r\nContent-Transfer-Encoding:binary\r\n"
            + "X-Experience-API-Hash:495395e777cd98da653df9615d09c0fd6bb2f8d4788394cd53c56a3bfdcd848a\r\n\r\n"
            + "here is a simple attachment\r\n--" + SPEC_BOUNDARY + "--";

    static List<MultipartReader.Part> parts(InputStream in, String boundary, long max) {
        MultipartReader reader = new MultipartReader(in, boundary);
        List<MultipartReader.Part> parts = new ArrayList<>();
        MultipartReader.Part p;
        while ((p = reader.next(max, "The part")) != null) {
            parts.add(p);
        }
        return parts;
    }

    static List<MultipartReader.Part> parts(String body, String boundary) {
        return parts(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)), boundary, 1000);
    }

    @Test
    void whenTheSpecExampleIsReadThenTwoPartsWithTheirHeaders() {
        String boundary = MultipartReader.boundary("multipart/mixed; boundary=\"" + SPEC_BOUNDARY + "\"");
        assertEquals(SPEC_BOUNDARY, boundary);
        List<MultipartReader.Part> parts = parts(SPEC_BODY, boundary);
        assertEquals(2, parts.size());
        assertEquals("application/json", parts.get(0).header("Content-Type"));
        assertEquals("{\"actor\":{}}", new String(parts.get(0).content(), StandardCharsets.UTF_8));
        assertEquals("binary", parts.get(1).header("content-transfer-encoding"));
        assertEquals("here is a simple attachment", new String(parts.get(1).content(), StandardCharsets.UTF_8));
    }

    @Test
    void whenBytesArriveOneAtATimeThenTheSameParts() {
        InputStream trickle = new ByteArrayInputStream(SPEC_BODY.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, 1));
            }
        };
        assertEquals("here is a simple attachment", new String(parts(trickle, SPEC_BOUNDARY, 1000).get(1).content(), StandardCharsets.UTF_8));
    }

    @Test
    void whenBinaryDataHoldsCrLfAndHalfABoundaryThenKeptExactly() {
        byte[] data = {0, '\r', '\n', '-', '-', 'b', 'o', '\r', '\n', (byte) 0xff, '\r'};
        byte[] body = concat("preamble to ignore\r\n--bound\r\n\r\n", data, "\r\n--bound \t\r\nX-A: 1\r\n\r\n\r\n--bound--\r\nepilogue");
        List<MultipartReader.Part> parts = parts(new ByteArrayInputStream(body), "bound", 1000);
        assertEquals(2, parts.size());
        assertArrayEquals(data, parts.get(0).content());
        assertEquals("1", parts.get(1).header("X-A"));
        assertEquals(0, parts.get(1).content().length);
    }

    @Test
    void whenAPartIsLargerThanItsLimitThen413() {
        Problem p = assertThrows(Problem.class, () -> parts(new ByteArrayInputStream(SPEC_BODY.getBytes(StandardCharsets.UTF_8)), SPEC_BOUNDARY, 20));
        assertEquals(413, p.body().status());
    }

    @Test
    void whenTheClosingBoundaryOrAHeaderNameIsMissingThen400() {
        assertEquals(400, assertThrows(Problem.class, () -> parts("--b\r\n\r\nno end", "b")).body().status());
        assertEquals(400, assertThrows(Problem.class, () -> parts("--b\r\nno colon\r\n\r\nx\r\n--b--", "b")).body().status());
        assertEquals(400, assertThrows(Problem.class, () -> parts("--bX\r\n\r\nx\r\n--b--", "b")).body().status());
    }

    @Test
    void whenTheContentTypeIsReadThenTheBoundaryQuotedOrNotOrNullOr400() {
        assertEquals("simple", MultipartReader.boundary("Multipart/Mixed; boundary=simple; charset=x"));
        assertEquals("a b;c", MultipartReader.boundary("multipart/mixed;boundary=\"a b;c\""));
        assertNull(MultipartReader.boundary("application/json"));
        assertNull(MultipartReader.boundary(null));
        assertEquals(400, assertThrows(Problem.class, () -> MultipartReader.boundary("multipart/mixed")).body().status());
        assertEquals(400, assertThrows(Problem.class, () -> MultipartReader.boundary("multipart/mixed; boundary=" + "x".repeat(71))).body().status());
    }

    static byte[] concat(String head, byte[] middle, String tail) {
        byte[] h = head.getBytes(StandardCharsets.UTF_8);
        byte[] t = tail.getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[h.length + middle.length + t.length];
        System.arraycopy(h, 0, all, 0, h.length);
        System.arraycopy(middle, 0, all, h.length, middle.length);
        System.arraycopy(t, 0, all, h.length + middle.length, t.length);
        return all;
    }
}
