package vn.edu.taphuan.xapi.control.validation;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * What the text of a request must be before its JSON is read (issue 11: refused — {@link Refused}, a 400 — never
 * altered nor a 500):
 * <ul>
 * <li>UTF-8: every string "MUST be encoded and interpreted as UTF-8" (xAPI Communication 1.4.s1.b1); invalid bytes
 * are refused, not replaced with U+FFFD as a lenient decoder does — a changed statement would be stored as if
 * sent;</li>
 * <li>no lone surrogate: a {@code \}{@code uD800} escape without its pair decodes to no Unicode character, so the
 * string is not UTF-8 text either (RFC 8259 §8.2, Communication 1.4.s1.b1);</li>
 * <li>at most {@link #MAX_DEPTH} nested arrays and objects: xAPI sets no limit and leaves extension values free
 * (Data 4.1), but a statement itself nests about ten levels (SubStatement → context → contextActivities →
 * activity → definition → extensions), so 64 leaves extensions over 50 levels while a body nested thousands
 * deep — which would exhaust the stack of whatever walks it — is refused before it is parsed.</li>
 * </ul>
 */
public final class JsonText {
    public static final int MAX_DEPTH = 64;

    /** The text is refused: {@code code} and the message for a 400 answer, {@code field} the parameter or path (or null). */
    public static final class Refused extends IllegalArgumentException {
        private final String code;
        private final String field;

        Refused(String code, String message, String field) {
            super(message);
            this.code = code;
            this.field = field;
        }

        public String code() {
            return code;
        }

        public String field() {
            return field;
        }
    }

    private JsonText() {
    }

    /** The bytes as UTF-8 text; 400 naming the offset of the first invalid byte. */
    public static String utf8(byte[] bytes, String what) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return decoder.decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new Refused("INVALID_UTF8", what + " is not valid UTF-8 near byte " + firstInvalid(bytes)
                    + "; send every string as UTF-8 (xAPI Communication 1.4.s1.b1).", null);
        }
    }

    private static int firstInvalid(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        var out = java.nio.CharBuffer.allocate(bytes.length + 1);
        decoder.decode(in, out, true);
        return in.position();
    }

    /**
     * A percent-encoded query or form component (RFC 3986 §2.1) decoded strictly: a broken escape or bytes that are
     * not UTF-8 → 400 naming {@code name}; {@code plus} decodes '+' as a space (form bodies).
     */
    public static String percentDecoded(String raw, String name, boolean plus) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char ch = raw.charAt(i);
            if (ch == '%') {
                int hi = i + 2 < raw.length() ? Character.digit(raw.charAt(i + 1), 16) : -1;
                int lo = hi < 0 ? -1 : Character.digit(raw.charAt(i + 2), 16);
                if (lo < 0) {
                    throw new Refused("INVALID_PARAMETER", "Parameter " + name + " has a broken percent escape at \""
                            + raw.substring(i, Math.min(raw.length(), i + 3)) + "\"; write % as %25 (RFC 3986 2.1, xAPI Communication 1.4).",
                            name);
                }
                bytes.write(hi * 16 + lo);
                i += 2;
            } else if (ch == '+' && plus) {
                bytes.write(' ');
            } else {
                bytes.writeBytes(String.valueOf(ch).getBytes(StandardCharsets.UTF_8));
            }
        }
        try {
            return utf8(bytes.toByteArray(), "Parameter " + name);
        } catch (Refused notUtf8) {
            throw new Refused("INVALID_PARAMETER", "Parameter " + name + " is not valid UTF-8 once its percent escapes are "
                    + "decoded (xAPI Communication 1.4.s1.b1).", name);
        }
    }

    /** 400 when the JSON text nests arrays and objects deeper than {@link #MAX_DEPTH}; a linear scan, no recursion. */
    public static void checkDepth(String json, String what) {
        int depth = 0;
        boolean inString = false;
        for (int i = 0; i < json.length(); i++) {
            char ch = json.charAt(i);
            if (inString) {
                if (ch == '\\') {
                    i++;
                } else if (ch == '"') {
                    inString = false;
                }
            } else if (ch == '"') {
                inString = true;
            } else if (ch == '{' || ch == '[') {
                if (++depth > MAX_DEPTH) {
                    throw new Refused("JSON_TOO_DEEP", what + " nests arrays and objects more than " + MAX_DEPTH + " levels deep "
                            + "(at character " + i + "); this LRS stores statements nested at most " + MAX_DEPTH + " levels, "
                            + "extensions included (docs/xapi.md §8, xAPI Data 4.1).", null);
                }
            } else if (ch == '}' || ch == ']') {
                depth--;
            }
        }
    }

    /** The path of the first string or property name holding a lone surrogate, or null when there is none. */
    public static String loneSurrogate(JsonValue value, String path) {
        switch (value.getValueType()) {
            case STRING:
                return hasLoneSurrogate(((JsonString) value).getString()) ? path : null;
            case ARRAY:
                JsonArray array = value.asJsonArray();
                for (int i = 0; i < array.size(); i++) {
                    String found = loneSurrogate(array.get(i), path + "[" + i + "]");
                    if (found != null) {
                        return found;
                    }
                }
                return null;
            case OBJECT:
                for (var e : ((JsonObject) value).entrySet()) {
                    String at = path.isEmpty() ? e.getKey() : path + "." + e.getKey();
                    String found = hasLoneSurrogate(e.getKey()) ? at : loneSurrogate(e.getValue(), at);
                    if (found != null) {
                        return found;
                    }
                }
                return null;
            default:
                return null;
        }
    }

    /** 400 naming the place of a lone surrogate in {@code value}. */
    public static void checkSurrogates(JsonValue value, String what) {
        String at = loneSurrogate(value, "");
        if (at != null) {
            throw new Refused("LONE_SURROGATE", what + (at.isEmpty() ? "" : " at " + at) + " holds a \\u escape of half a "
                    + "surrogate pair (U+D800–U+DFFF without its other half), which is no Unicode character; send the "
                    + "character itself or both halves (xAPI Communication 1.4.s1.b1, RFC 8259 8.2).", at.isEmpty() ? null : at);
        }
    }

    static boolean hasLoneSurrogate(String s) {
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (Character.isHighSurrogate(ch)) {
                if (i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                    i++;
                } else {
                    return true;
                }
            } else if (Character.isLowSurrogate(ch)) {
                return true;
            }
        }
        return false;
    }
}
