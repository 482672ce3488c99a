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
}
