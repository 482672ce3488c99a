package vn.edu.taphuan.platform;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class QueryParamsTest {

    @Test
    void whenDateIsInRangeThenRead() {
        assertEquals(LocalDate.of(2024, 12, 31), QueryParams.date(" 2024-12-31 "));
    }

    @Test
    void whenDateIsFarOutsideAnyReportThenRefused() {
        assertThrows(DateTimeParseException.class, () -> QueryParams.date("-999999999-01-01"));
        assertThrows(DateTimeParseException.class, () -> QueryParams.date("+10000-01-01"));
        assertThrows(DateTimeParseException.class, () -> QueryParams.date("31/12/2024"));
    }

    @Test
    void whenBooleanIsNeitherTrueNorFalseThenRefused() {
        assertEquals(Boolean.TRUE, QueryParams.bool("TRUE"));
        assertEquals(Boolean.FALSE, QueryParams.bool("false"));
        assertThrows(IllegalArgumentException.class, () -> QueryParams.bool("yes"));
    }

    @Test
    void whenAPrimitiveHasNoDefaultThenJerseyKeepsIt() throws Exception {
        // absent, it would reach a converter as null, which an int or boolean parameter cannot take
        java.lang.annotation.Annotation query = Sample.class.getDeclaredMethod("m", int.class, int.class).getParameterAnnotations()[0][0];
        java.lang.annotation.Annotation[] defaulted = Sample.class.getDeclaredMethod("m", int.class, int.class).getParameterAnnotations()[1];
        QueryParams params = new QueryParams();
        assertEquals(null, params.getConverter(int.class, int.class, new java.lang.annotation.Annotation[]{query}));
        org.junit.jupiter.api.Assertions.assertNotNull(params.getConverter(int.class, int.class, defaulted));
        java.lang.annotation.Annotation path = Sample.class.getDeclaredMethod("p", long.class).getParameterAnnotations()[0][0];
        org.junit.jupiter.api.Assertions.assertNotNull(params.getConverter(long.class, long.class, new java.lang.annotation.Annotation[]{path}),
                "a path parameter is always there: read strictly");
    }

    interface Sample {
        void m(@jakarta.ws.rs.QueryParam("page") int page, @jakarta.ws.rs.QueryParam("size") @jakarta.ws.rs.DefaultValue("50") int size);

        void p(@jakarta.ws.rs.PathParam("id") long id);
    }
}
