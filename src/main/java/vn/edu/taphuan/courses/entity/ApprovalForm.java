package vn.edu.taphuan.courses.entity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A district admin's approval to record: the course, the version read and approved, an optional note. */
public record ApprovalForm(
        @NotBlank(message = "{programme.course.pattern}") String courseId,
        @NotNull(message = "{approval.version.required}") Integer version,
        @Size(max = 500, message = "{approval.note.size}") String note) {
    /** Written out to keep constraint annotations off the constructor parameters (see RequestRecordsTest). */
    public ApprovalForm(String courseId, Integer version, String note) {
        this.courseId = courseId;
        this.version = version;
        this.note = note;
    }
}
