package vn.edu.taphuan.platform;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Payara's OpenAPI generator fails (GET /openapi → 500) when a record's canonical constructor parameters carry
 * Bean Validation annotations, which they do when the record components are annotated and the constructor is
 * implicit. Every such record must write its canonical constructor out (see directory/entity/SchoolForm).
 */
class RequestRecordsTest {

    @Test
    void constrainedRecordsKeepTheirConstructorParametersUnannotated() throws IOException, ClassNotFoundException {
        Path classes = Path.of("target/classes");
        List<String> offenders = new ArrayList<>();
        int records = 0;
        try (var files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type = Class.forName(name, false, getClass().getClassLoader());
                if (!type.isRecord()) {
                    continue;
                }
                records++;
                Class<?>[] types = Arrays.stream(type.getRecordComponents()).map(RecordComponent::getType).toArray(Class<?>[]::new);
                Constructor<?> canonical;
                try {
                    canonical = type.getDeclaredConstructor(types);
                } catch (NoSuchMethodException e) {
                    continue;
                }
                boolean constrained = Arrays.stream(canonical.getParameterAnnotations()).flatMap(Arrays::stream)
                        .map(Annotation::annotationType).anyMatch(a -> a.getName().startsWith("jakarta.validation."));
                if (constrained) {
                    offenders.add(name);
                }
            }
        }
        assertTrue(records > 10, "records found: " + records);
        assertEquals(List.of(), offenders, "records whose canonical constructor parameters carry constraints");
    }
}
