package vn.edu.taphuan.xapi.boundary;

import vn.edu.taphuan.platform.Problem;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a {@code multipart/mixed} body (RFC 2046 §5.1) one part at a time straight from the request stream: the
 * statements and the raw attachment data of xAPI Communication 1.5.2. Only the current part is held, and never more
 * of it than the caller's limit, so a body larger than the limits is refused (413) while it is still arriving.
 * Written here rather than taken from a library: the WAR has none, and the format needs only this much.
 */
final class MultipartReader {
    /** One part: its headers (names in lower case) and its bytes as sent. */
    record Part(Map<String, String> headers, byte[] content) {
        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    private static final int MAX_HEADER_BYTES = 16 * 1024;
    private static final int MAX_PREAMBLE_BYTES = 64 * 1024;

    private final InputStream in;
    /** CRLF "--" boundary: what ends a part (RFC 2046: the CRLF before the dashes belongs to the boundary). */
    private final byte[] delimiter;
    private final byte[] buffer = new byte[64 * 1024];
    private int position;
    private int limit;
    private boolean started;
    private boolean closed;

    MultipartReader(InputStream in, String boundary) {
        this.in = in;
        this.delimiter = ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
    }

    /**
     * The boundary parameter of a {@code multipart/mixed} Content-Type, quoted or not; null when the type is not
     * multipart/mixed; 400 when the boundary is missing or longer than RFC 2046 allows (70 characters).
     */
    static String boundary(String contentType) {
        if (contentType == null || !contentType.strip().toLowerCase(Locale.ROOT).startsWith("multipart/mixed")) {
            return null;
        }
        int at = contentType.toLowerCase(Locale.ROOT).indexOf("boundary=");
        String value = null;
        if (at >= 0) {
            String rest = contentType.substring(at + "boundary=".length());
            if (rest.startsWith("\"")) {
                int end = rest.indexOf('"', 1);
                value = end < 0 ? null : rest.substring(1, end);
            } else {
                value = rest.split("[;\\s]", 2)[0];
            }
        }
        if (value == null || value.isEmpty() || value.length() > 70) {
            throw new Problem(400, "MULTIPART_BOUNDARY", "A multipart/mixed request needs a boundary parameter of 1 to 70 characters "
                    + "in its Content-Type (RFC 2046 §5.1.1, xAPI Communication 1.5.2.s2.b2).");
        }
        return value;
    }

    /**
     * The next part, its content at most {@code maxBytes} long (else 413; {@code what} names the part and the setting
     * that limits it); null after the last.
     */
    Part next(long maxBytes, String what) {
        if (!started) {
            started = true;
            // the first boundary may open the body without a CRLF before it: read as if one came first
            content(new Bytes("\r\n".getBytes(StandardCharsets.ISO_8859_1)), MAX_PREAMBLE_BYTES, "the preamble");
            closed = afterBoundary();
        }
        if (closed) {
            return null;
        }
        Map<String, String> headers = headers();
        byte[] content = content(new Bytes(null), maxBytes, what).toArray();
        closed = afterBoundary();
        return new Part(headers, content);
    }

    /**
     * Reads up to the next delimiter, which is consumed but not kept. Whole buffers are copied and searched, not
     * byte by byte: this is where a megabyte of attachment data passes.
     */
    private Bytes content(Bytes into, long maxBytes, String what) {
        while (true) {
            if (position == limit && !fill()) {
                throw malformed("the body ends before the closing boundary --" + boundary() + "--");
            }
            // a delimiter may have begun in what was copied before: search from its longest possible start
            int from = Math.max(0, into.size - delimiter.length + 1);
            into.add(buffer, position, limit - position);
            int found = into.indexOf(delimiter, from);
            if ((found < 0 ? into.size - delimiter.length : found) > maxBytes) {
                throw new Problem(413, "REQUEST_TOO_LARGE", what + " is larger than " + maxBytes + " bytes, more than this LRS accepts "
                        + "(xAPI Communication 1.5.2.s3.b7).");
            }
            if (found >= 0) {
                // what follows the delimiter came with this buffer: leave it there to be read next
                position = limit - (into.size - found - delimiter.length);
                into.size = found;
                return into;
            }
            position = limit;
        }
    }

    /** After a boundary: "--" closes the body; otherwise optional white space and CRLF start the next part. */
    private boolean afterBoundary() {
        int a = read();
        int b = read();
        if (a == '-' && b == '-') {
            return true;
        }
        while (a == ' ' || a == '\t') {
            a = b;
            b = read();
        }
        if (a != '\r' || b != '\n') {
            throw malformed("a boundary line must end with CRLF");
        }
        return false;
    }

    private Map<String, String> headers() {
        Map<String, String> headers = new HashMap<>();
        Bytes line = new Bytes(null);
        int total = 0;
        String previous = null;
        while (true) {
            int b = read();
            if (b < 0) {
                throw malformed("the body ends inside a part's headers");
            }
            if (++total > MAX_HEADER_BYTES) {
                throw malformed("a part's headers are longer than " + MAX_HEADER_BYTES + " bytes");
            }
            if (b != '\n') {
                line.add((byte) b);
                continue;
            }
            String text = new String(line.buf, 0, line.size, StandardCharsets.UTF_8).stripTrailing();
            line.size = 0;
            if (text.isEmpty()) {
                return headers;
            }
            if ((text.charAt(0) == ' ' || text.charAt(0) == '\t') && previous != null) {
                headers.merge(previous, " " + text.strip(), String::concat);
                continue;
            }
            int colon = text.indexOf(':');
            if (colon <= 0) {
                throw malformed("the part header line \"" + text + "\" has no name");
            }
            previous = text.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            headers.put(previous, text.substring(colon + 1).strip());
        }
    }

    private int read() {
        if (position == limit && !fill()) {
            return -1;
        }
        return buffer[position++] & 0xff;
    }

    /** Reads the next bytes of the body into the buffer; false at its end. */
    private boolean fill() {
        try {
            int n = in.read(buffer, 0, buffer.length);
            position = 0;
            limit = Math.max(n, 0);
            return n > 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String boundary() {
        return new String(delimiter, 4, delimiter.length - 4, StandardCharsets.ISO_8859_1);
    }

    private static Problem malformed(String why) {
        return new Problem(400, "MULTIPART_MALFORMED", "The multipart/mixed body is malformed: " + why
                + " (RFC 2046 §5.1, xAPI Communication 1.5.2.s2.b2).");
    }

    /** A growing byte array that can look at its own end without copying. */
    private static final class Bytes {
        byte[] buf;
        int size;

        Bytes(byte[] start) {
            buf = start == null ? new byte[8192] : Arrays.copyOf(start, Math.max(8192, start.length));
            size = start == null ? 0 : start.length;
        }

        void add(byte b) {
            if (size == buf.length) {
                buf = Arrays.copyOf(buf, buf.length * 2);
            }
            buf[size++] = b;
        }

        void add(byte[] from, int offset, int length) {
            if (size + length > buf.length) {
                buf = Arrays.copyOf(buf, Math.max(buf.length * 2, size + length));
            }
            System.arraycopy(from, offset, buf, size, length);
            size += length;
        }

        /** Where {@code needle} first occurs at or after {@code from}; -1 when it does not. */
        int indexOf(byte[] needle, int from) {
            byte first = needle[0];
            for (int i = from; i <= size - needle.length; i++) {
                if (buf[i] == first && Arrays.equals(buf, i, i + needle.length, needle, 0, needle.length)) {
                    return i;
                }
            }
            return -1;
        }

        byte[] toArray() {
            return Arrays.copyOf(buf, size);
        }
    }
}
