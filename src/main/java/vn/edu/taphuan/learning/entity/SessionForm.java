package vn.edu.taphuan.learning.entity;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;

/**
 * An in-person session to record: which required course, when and where it was held, and the staff codes on
 * its signed attendance list. {@code courseVersion} defaults to 1 (any version counts for reports).
 */
public record SessionForm(
        @NotBlank(message = "{session.course.required}") String courseId,
        @Min(1) Integer courseVersion,
        @NotNull(message = "{session.heldOn.required}") LocalDate heldOn,
        @NotBlank(message = "{session.place.required}") @Size(max = 200) String place,
        @Size(max = 1000) String note,
        @NotEmpty(message = "{session.staff.required}") @Size(max = 2000) List<@NotBlank String> staffCodes) {
    /** Written out to keep constraint annotations off the constructor parameters (see RequestRecordsTest). */
    public SessionForm(String courseId, Integer courseVersion, LocalDate heldOn, String place, String note, List<String> staffCodes) {
        this.courseId = courseId;
        this.courseVersion = courseVersion;
        this.heldOn = heldOn;
        this.place = place;
        this.note = note;
        this.staffCodes = staffCodes;
    }

}
