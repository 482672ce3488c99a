package vn.edu.taphuan.reporting.entity;

import jakarta.json.bind.annotation.JsonbNillable;

import java.time.LocalDate;
import java.util.List;

/**
 * Every school of the programme's district ranked by % trained on {@code asOf}.
 *
 * @param countsUntil     completions count from the period start up to and including this day
 * @param daysToDeadline  deadline − as-of date in days; negative once the deadline has passed
 * @param wards           every ward with an open school (for the filter)
 * @param schoolChanges   figure-moving changes each school made itself since a day (audit entries); null in exports
 */
@JsonbNillable
public record DistrictReport(ProgrammeView programme, LocalDate asOf, LocalDate countsUntil, long daysToDeadline,
                             Filter filter, Totals totals, List<SchoolRow> schools, List<String> wards,
                             SchoolChanges schoolChanges) {

    public DistrictReport withSchoolChanges(SchoolChanges changes) {
        return new DistrictReport(programme, asOf, countsUntil, daysToDeadline, filter, totals, schools, wards, changes);
    }
}
