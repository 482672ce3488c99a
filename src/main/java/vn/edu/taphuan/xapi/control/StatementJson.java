package vn.edu.taphuan.xapi.control;

import jakarta.json.JsonConfig;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonValue;
import jakarta.json.JsonWriter;
import jakarta.json.JsonWriterFactory;
import jakarta.json.spi.JsonProvider;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.Map;

/**
 * Reads and writes statement JSON. Duplicate property names are refused while reading: a statement must use each
 * property once (xAPI Data 2.2.s2.b2), and a parser that silently keeps the last value would hide that.
 */
public final class StatementJson {
    /** Looked up once: {@code Json.createXxx} searches for the provider on every call. */
    public static final JsonProvider JSON = JsonProvider.provider();
    private static final JsonReaderFactory READERS = JSON.createReaderFactory(
            Map.of(JsonConfig.KEY_STRATEGY, JsonConfig.KeyStrategy.NONE));
    private static final JsonWriterFactory WRITERS = JSON.createWriterFactory(Map.of());

    private StatementJson() {
    }

    /** Parses JSON text; throws {@link jakarta.json.JsonException} (or a parsing subclass) when it is not JSON. */
    public static JsonValue parse(String text) {
        try (JsonReader reader = READERS.createReader(new StringReader(text))) {
            return reader.readValue();
        }
    }

    public static String write(JsonValue value) {
        StringWriter out = new StringWriter(512);
        try (JsonWriter writer = WRITERS.createWriter(out)) {
            writer.write(value);
        }
        return out.toString();
    }
}
