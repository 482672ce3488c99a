package vn.edu.taphuan.reporting.entity;

import vn.edu.taphuan.directory.entity.StaffCategory;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A programme's counting rules, as the report queries use them (docs/reporting.md). {@code completionsValidFrom}
 * may be null: completions then count from the period start.
 */
public record Rules(Long id, String name, LocalDate periodStart, LocalDate deadline, BigDecimal targetPercent,
                    List<String> courseIds, Set<StaffCategory> categories, LocalDate completionsValidFrom) {

    /** The first day whose completions count: as {@link Programme#countsFrom()}. */
    public LocalDate countsFrom() {
        return completionsValidFrom == null ? periodStart : completionsValidFrom;
    }

    /** The last day whose completions count on {@code asOf}: the deadline, or the as-of date when earlier. */
    public LocalDate countsUntil(LocalDate asOf) {
        return asOf.isBefore(deadline) ? asOf : deadline;
    }
}
