package vn.edu.taphuan.reporting.entity;

import jakarta.json.bind.annotation.JsonbNillable;

import java.math.BigDecimal;
import java.util.List;

/** Topic × school: for each required course, how many of each school's staff in scope completed it in the period. */
public record Matrix(java.time.LocalDate asOf, List<ProgrammeView.Course> courses, List<Row> schools, Row total) {

    /** {@code completed} and {@code percent} follow the order of {@code courses}. */
    @JsonbNillable
    public record Row(String code, String name, long inScope, List<Long> completed, List<BigDecimal> percent) {
    }
}
