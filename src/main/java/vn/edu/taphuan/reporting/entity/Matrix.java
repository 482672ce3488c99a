package vn.edu.taphuan.reporting.entity;

import jakarta.json.bind.annotation.JsonbNillable;

import java.math.BigDecimal;
import java.util.List;

/** Topic × school: for each required course, how many of each school's staff in scope completed it in the period; lowest share first. */
public record Matrix(java.time.LocalDate asOf, List<ProgrammeView.Course> courses, List<Row> schools, Row total) {

    /**
     * One school (or the total): its people in scope and trained, its share and verdict against the target, and per
     * course ({@code completed}, {@code percent}, {@code courseMeetsTarget} follow the order of {@code courses}) how many
     * completed it and whether that share reaches the target. Verdicts are null when nobody is in scope.
     */
    @JsonbNillable
    public record Row(String code, String name, long inScope, long trained, BigDecimal sharePercent, Boolean meetsTarget,
                      List<Long> completed, List<BigDecimal> percent, List<Boolean> courseMeetsTarget) {
    }
}
