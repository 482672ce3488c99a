package vn.edu.taphuan.reporting.boundary;

import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonGeneratorFactory;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import vn.edu.taphuan.reporting.entity.Matrix;
import vn.edu.taphuan.reporting.entity.ProgrammeView;

import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Writes the topic × school matrix straight to the response, the same JSON that JSON-B wrote (its property names in
 * its lexicographic order, nulls of a row written as null): ≈780 kB for 3,541 rows at city scale, which JSON-B
 * walks by reflection and hashes record by record for its recursion check — a small share of the request, the
 * matrix's query is the rest (docs/performance.md, "Report views, 7 Dec").
 */
@Provider
@Produces(MediaType.APPLICATION_JSON)
public class MatrixJson implements MessageBodyWriter<Matrix> {
    private static final JsonGeneratorFactory JSON = Json.createGeneratorFactory(Map.of());

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type == Matrix.class;
    }

    @Override
    public void writeTo(Matrix matrix, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                        MultivaluedMap<String, Object> headers, OutputStream out) {
        try (JsonGenerator g = JSON.createGenerator(out, StandardCharsets.UTF_8)) {
            write(matrix, g);
        }
    }

    static void write(Matrix matrix, JsonGenerator g) {
        g.writeStartObject();
        g.write("asOf", matrix.asOf().toString());
        g.writeStartArray("courses");
        for (ProgrammeView.Course c : matrix.courses()) {
            g.writeStartObject();
            text(g, "id", c.id(), false);
            text(g, "title", c.title(), false);
            g.writeEnd();
        }
        g.writeEnd();
        g.writeStartArray("schools");
        for (Matrix.Row r : matrix.schools()) {
            g.writeStartObject();
            row(g, r);
        }
        g.writeEnd();
        g.writeStartObject("total");
        row(g, matrix.total());
        g.writeEnd();
    }

    /** A row's properties, then the end of its object. */
    private static void row(JsonGenerator g, Matrix.Row r) {
        text(g, "code", r.code(), true);
        g.writeStartArray("completed");
        for (Long n : r.completed()) {
            g.write(n);
        }
        g.writeEnd();
        g.writeStartArray("courseMeetsTarget");
        for (Boolean b : r.courseMeetsTarget()) {
            verdict(g, b);
        }
        g.writeEnd();
        g.write("inScope", r.inScope());
        g.writeKey("meetsTarget");
        verdict(g, r.meetsTarget());
        text(g, "name", r.name(), true);
        g.writeStartArray("percent");
        for (BigDecimal p : r.percent()) {
            percent(g, p);
        }
        g.writeEnd();
        g.writeKey("sharePercent");
        percent(g, r.sharePercent());
        g.write("trained", r.trained());
        g.writeEnd();
    }

    /** A text property; a null one is written as null when the record says so (JsonbNillable), else left out. */
    private static void text(JsonGenerator g, String name, String value, boolean nillable) {
        if (value != null) {
            g.write(name, value);
        } else if (nillable) {
            g.writeNull(name);
        }
    }

    private static void verdict(JsonGenerator g, Boolean b) {
        if (b == null) {
            g.writeNull();
        } else {
            g.write(b);
        }
    }

    private static void percent(JsonGenerator g, BigDecimal p) {
        if (p == null) {
            g.writeNull();
        } else {
            g.write(p);
        }
    }
}
