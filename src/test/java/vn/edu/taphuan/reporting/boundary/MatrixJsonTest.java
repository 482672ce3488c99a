package vn.edu.taphuan.reporting.boundary;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import vn.edu.taphuan.reporting.entity.Matrix;
import vn.edu.taphuan.reporting.entity.ProgrammeView;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.lang.reflect.RecordComponent;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MatrixJsonTest {
    static final Matrix MATRIX = new Matrix(LocalDate.of(2024, 12, 31),
            List.of(new ProgrammeView.Course("an-toan", "An toàn trường học"), new ProgrammeView.Course("so-cuu", "Sơ cứu")),
            List.of(new Matrix.Row("S0001", "Trường Tiểu học Hòa Bình", 3, 1, new BigDecimal("33.3"), false, List.of(2L, 1L),
                            List.of(new BigDecimal("66.7"), new BigDecimal("33.3")), List.of(false, false)),
                    new Matrix.Row("S0002", "Trường Mầm non Đồng Xuân", 0, 0, null, null, List.of(0L, 0L),
                            Arrays.asList(null, null), Arrays.asList(null, null))),
            new Matrix.Row(null, null, 3, 1, new BigDecimal("33.3"), false, List.of(2L, 1L),
                    List.of(new BigDecimal("66.7"), new BigDecimal("33.3")), List.of(false, false)));

    @Test
    void whenTheMatrixIsWrittenThenItIsTheJsonThePageReadWithNullsAndVietnameseKept() {
        assertEquals("{\"asOf\":\"2024-12-31\",\"courses\":[{\"id\":\"an-toan\",\"title\":\"An toàn trường học\"},{\"id\":\"so-cuu\",\"title\":\"Sơ cứu\"}],"
                + "\"schools\":[{\"code\":\"S0001\",\"completed\":[2,1],\"courseMeetsTarget\":[false,false],\"inScope\":3,\"meetsTarget\":false,"
                + "\"name\":\"Trường Tiểu học Hòa Bình\",\"percent\":[66.7,33.3],\"sharePercent\":33.3,\"trained\":1},"
                + "{\"code\":\"S0002\",\"completed\":[0,0],\"courseMeetsTarget\":[null,null],\"inScope\":0,\"meetsTarget\":null,"
                + "\"name\":\"Trường Mầm non Đồng Xuân\",\"percent\":[null,null],\"sharePercent\":null,\"trained\":0}],"
                + "\"total\":{\"code\":null,\"completed\":[2,1],\"courseMeetsTarget\":[false,false],\"inScope\":3,\"meetsTarget\":false,"
                + "\"name\":null,\"percent\":[66.7,33.3],\"sharePercent\":33.3,\"trained\":1}}", written(MATRIX));
    }

    @Test
    void whenARowGainsAComponentThenTheWriterMustWriteItToo() {
        JsonObject json = Json.createReader(new StringReader(written(MATRIX))).readObject();
        assertEquals(names(Matrix.class.getRecordComponents()), List.copyOf(json.keySet()));
        assertEquals(names(Matrix.Row.class.getRecordComponents()), List.copyOf(json.getJsonObject("total").keySet()));
        assertEquals(names(ProgrammeView.Course.class.getRecordComponents()), List.copyOf(json.getJsonArray("courses").getJsonObject(0).keySet()));
    }

    /** JSON-B's default order of properties: lexicographic. */
    private static List<String> names(RecordComponent[] components) {
        return Arrays.stream(components).map(RecordComponent::getName).sorted().toList();
    }

    private static String written(Matrix m) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new MatrixJson().writeTo(m, Matrix.class, Matrix.class, new java.lang.annotation.Annotation[0], jakarta.ws.rs.core.MediaType.APPLICATION_JSON_TYPE,
                null, out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
