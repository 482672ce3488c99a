package vn.edu.taphuan.reporting.entity;

import jakarta.json.bind.annotation.JsonbNillable;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The % trained week by week: each point is a report as of that day (its own roster and completions). */
public record Trend(BigDecimal targetPercent, List<Point> points) {

    @JsonbNillable
    public record Point(LocalDate date, long inScope, long trained, BigDecimal percent) {
    }
}
