package vn.edu.taphuan.reporting.entity;

import jakarta.json.bind.annotation.JsonbNillable;

import vn.edu.taphuan.directory.entity.Gender;
import vn.edu.taphuan.directory.entity.StaffCategory;
import vn.edu.taphuan.directory.entity.StaffStatus;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** One school against the programme's target on {@code asOf}: the figures, their splits, who is not yet trained. */
public record SchoolReport(ProgrammeView programme, LocalDate asOf, LocalDate countsUntil, long daysToDeadline,
                           SchoolRow school, List<Split> byCategory, List<Split> byGender, List<CourseProgress> courses,
                           List<Untrained> untrained, Trend trend) {

    /** A part of the school's staff in scope (a category or a gender). */
    @JsonbNillable
    public record Split(String key, long inScope, long trained, BigDecimal percent) {
    }

    /** How many of the staff in scope completed one required course in the period. */
    @JsonbNillable
    public record CourseProgress(String id, String title, long completed, BigDecimal percent) {
    }

    /** A person in scope not yet trained, and the required courses they have not completed in the period. */
    public record Untrained(String code, String fullName, StaffCategory category, Gender gender, StaffStatus status,
                            List<String> lacking) {
    }
}
