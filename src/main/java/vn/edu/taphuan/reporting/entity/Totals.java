package vn.edu.taphuan.reporting.entity;

import jakarta.json.bind.annotation.JsonbNillable;

import java.math.BigDecimal;

/**
 * The district line: people summed over the schools shown (the district % is trained / in scope over all of
 * them, not an average of school percentages), and how many schools meet the target out of those with someone in
 * scope ({@code schoolsMeetingTarget} / {@code schoolsWithSomeoneInScope}: a school with nobody in scope neither
 * meets nor misses it). {@code schools} counts every school shown.
 */
@JsonbNillable
public record Totals(long inScope, long managers, long employees, long women, long trained, BigDecimal percent,
                     Boolean meetsTarget, Long stillNeeded, int schools, int schoolsMeetingTarget,
                     int schoolsWithNoOneInScope, int schoolsWithSomeoneInScope) {
}
