package vn.edu.taphuan.reporting.entity;

import jakarta.json.bind.annotation.JsonbNillable;
import vn.edu.taphuan.directory.entity.StaffCategory;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A programme as the API shows it; {@code courses} carry the course titles for display. {@code completionsValidFrom}
 * is what the district set (null: not set), {@code countsFrom} the day completions count from either way.
 */
@JsonbNillable // "completionsValidFrom": null says "not set" rather than leaving the page to guess
public record ProgrammeView(long id, String name, LocalDate periodStart, LocalDate deadline, BigDecimal targetPercent,
                            List<String> courseIds, List<Course> courses, Set<StaffCategory> categories,
                            ReportHeader header, int version, LocalDate completionsValidFrom, LocalDate countsFrom) {

    /** A required course: its id and its title in the request's language (the id when the content is not found). */
    public record Course(String id, String title) {
    }

    public static ProgrammeView of(Programme p, List<Course> courses) {
        return new ProgrammeView(p.id(), p.name(), p.periodStart(), p.deadline(), p.targetPercent(), p.courseIds(), courses,
                p.categories(), p.header(), p.version(), p.completionsValidFrom(), p.countsFrom());
    }
}
