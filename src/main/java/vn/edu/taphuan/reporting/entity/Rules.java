package vn.edu.taphuan.reporting.entity;

import vn.edu.taphuan.directory.entity.StaffCategory;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

/** A programme's counting rules, as the report queries use them (docs/reporting.md). */
public record Rules(Long id, String name, LocalDate periodStart, LocalDate deadline, BigDecimal targetPercent,
                    List<String> courseIds, Set<StaffCategory> categories) {

    /** The last day whose completions count on {@code asOf}: the deadline, or the as-of date when earlier. */
    public LocalDate countsUntil(LocalDate asOf) {
        return asOf.isBefore(deadline) ? asOf : deadline;
    }

    /**
     * The first day whose completions count for the programme: today its period start. The one place that says so:
     * the report queries ({@code ReportQueries}, {@code ProgrammeProgress}) and the learner's standing
     * ({@code learning/control/Retraining}) all ask here, so a later "completions valid from" date of the programme
     * changes reports and learners' pages together.
     */
    public LocalDate completionsFrom() {
        return periodStart;
    }

    /**
     * Whether a completion made at {@code completedAtUtc} counts for the programme: from the start of
     * {@link #completionsFrom()} to the end of the deadline's day, days taken in the report's zone (the window the
     * {@code programme_progress} projection is built with).
     */
    public boolean counts(LocalDateTime completedAtUtc, ZoneId zone) {
        return !completedAtUtc.isBefore(utcStartOf(completionsFrom(), zone)) && completedAtUtc.isBefore(utcStartOf(deadline.plusDays(1), zone));
    }

    /** The start of a local day as the UTC time completions are stored in. */
    public static LocalDateTime utcStartOf(LocalDate day, ZoneId zone) {
        return day.atStartOfDay(zone).withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime();
    }
}
