package vn.edu.taphuan.reporting.entity;

import vn.edu.taphuan.directory.entity.StaffCategory;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

/**
 * A programme's counting rules, as the report queries use them (docs/reporting.md). {@code completionsValidFrom}
 * may be null: completions then count from the period start.
 */
public record Rules(Long id, String name, LocalDate periodStart, LocalDate deadline, BigDecimal targetPercent,
                    List<String> courseIds, Set<StaffCategory> categories, LocalDate completionsValidFrom) {

    /**
     * The first day whose completions count for the programme: its completions-valid-from day, else its period start
     * (as {@link Programme#countsFrom()}). The one place that says so: the report queries ({@code ReportQueries},
     * {@code ProgrammeProgress}) and the learner's standing ({@code learning/control/ProgrammeStandings}) all ask
     * here, so reports and learners' pages agree on who still has to retrain.
     */
    public LocalDate countsFrom() {
        return completionsValidFrom == null ? periodStart : completionsValidFrom;
    }

    /** The last day whose completions count on {@code asOf}: the deadline, or the as-of date when earlier. */
    public LocalDate countsUntil(LocalDate asOf) {
        return asOf.isBefore(deadline) ? asOf : deadline;
    }

    /**
     * Whether a completion made at {@code completedAtUtc} counts for the programme: from the start of
     * {@link #countsFrom()} to the end of the deadline's day, days taken in the report's zone (the window the
     * {@code programme_progress} projection is built with).
     */
    public boolean counts(LocalDateTime completedAtUtc, ZoneId zone) {
        return !completedAtUtc.isBefore(utcStartOf(countsFrom(), zone)) && completedAtUtc.isBefore(utcStartOf(deadline.plusDays(1), zone));
    }

    /** The start of a local day as the UTC time completions are stored in. */
    public static LocalDateTime utcStartOf(LocalDate day, ZoneId zone) {
        return day.atStartOfDay(zone).withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime();
    }
}
