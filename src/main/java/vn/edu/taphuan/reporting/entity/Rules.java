package vn.edu.taphuan.reporting.entity;

import vn.edu.taphuan.directory.entity.StaffCategory;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** A programme's counting rules, as the report queries use them (docs/reporting.md). */
public record Rules(Long id, String name, LocalDate periodStart, LocalDate deadline, BigDecimal targetPercent,
                    List<String> courseIds, Set<StaffCategory> categories) {

    /** The last day whose completions count on {@code asOf}: the deadline, or the as-of date when earlier. */
    public LocalDate countsUntil(LocalDate asOf) {
        return asOf.isBefore(deadline) ? asOf : deadline;
    }
}
