package vn.edu.taphuan.reporting.entity;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import vn.edu.taphuan.directory.entity.StaffCategory;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What a district admin sends to create or change a programme. Target defaults to 70%, categories to managers and
 * employees, {@code completionsValidFrom} (from when completions count) to the period start.
 */
public record ProgrammeForm(
        @NotBlank(message = "{programme.name.required}") @Size(max = 300) String name,
        @NotNull(message = "{programme.periodStart.required}") LocalDate periodStart,
        @NotNull(message = "{programme.deadline.required}") LocalDate deadline,
        @NotEmpty(message = "{programme.courses.required}") @Size(max = 12)
        List<@NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,63}", message = "{programme.course.pattern}") String> courseIds,
        @DecimalMin(value = "1", message = "{programme.target.range}") @DecimalMax(value = "100", message = "{programme.target.range}")
        @Digits(integer = 3, fraction = 2, message = "{programme.target.range}") BigDecimal targetPercent,
        Set<StaffCategory> categories,
        @NotNull(message = "{programme.header.required}") @Valid ReportHeader header,
        LocalDate completionsValidFrom) {
    /** Written out to keep constraint annotations off the constructor parameters (see RequestRecordsTest). */
    public ProgrammeForm(String name, LocalDate periodStart, LocalDate deadline, List<String> courseIds, BigDecimal targetPercent, Set<StaffCategory> categories, ReportHeader header,
                         LocalDate completionsValidFrom) {
        this.name = name;
        this.periodStart = periodStart;
        this.deadline = deadline;
        this.courseIds = courseIds;
        this.targetPercent = targetPercent;
        this.categories = categories;
        this.header = header;
        this.completionsValidFrom = completionsValidFrom;
    }


    public static final BigDecimal DEFAULT_TARGET = new BigDecimal("70");

    public BigDecimal targetOrDefault() {
        return targetPercent == null ? DEFAULT_TARGET : targetPercent;
    }

    public Set<StaffCategory> categoriesOrDefault() {
        return categories == null || categories.isEmpty() ? EnumSet.of(StaffCategory.MANAGER, StaffCategory.EMPLOYEE) : EnumSet.copyOf(categories);
    }
}
