package vn.edu.taphuan.directory.entity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** What an admin sends to create or change a roster entry. */
public record StaffForm(
        @NotBlank(message = "{staff.code.required}") @Size(max = 32) @Pattern(regexp = "[A-Za-z0-9._-]+", message = "{code.pattern}") String code,
        @NotBlank(message = "{staff.name.required}") @Size(max = 200) String fullName,
        @NotNull(message = "{staff.gender.required}") Gender gender,
        @NotNull(message = "{staff.category.required}") StaffCategory category,
        StaffStatus status,
        LocalDate startDate,
        LocalDate endDate,
        @NotBlank(message = "{staff.school.required}") String schoolCode) {
    /** Written out so that the constraint annotations stay off the constructor's parameters: Payara's OpenAPI
     * scanner mistakes annotated constructor parameters for JAX-RS parameters and fails. */
    public StaffForm(String code, String fullName, Gender gender, StaffCategory category, StaffStatus status, LocalDate startDate, LocalDate endDate, String schoolCode) {
        this.code = code;
        this.fullName = fullName;
        this.gender = gender;
        this.category = category;
        this.status = status;
        this.startDate = startDate;
        this.endDate = endDate;
        this.schoolCode = schoolCode;
    }


    public StaffStatus statusOrActive() {
        return status == null ? StaffStatus.ACTIVE : status;
    }
}
