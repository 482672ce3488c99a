package vn.edu.taphuan.audit.entity;

import java.time.LocalDate;

/**
 * What to read from the audit log; null means "any". {@code from} and {@code to} are local days (inclusive) in the
 * report zone. {@code bySchoolItself}: only entries made by an account of the entry's own school (a principal's
 * changes to their own roster), as the district report lists them.
 */
public record AuditFilter(String school, String staff, AuditKind kind, LocalDate from, LocalDate to, String importJob,
                          boolean bySchoolItself) {
    public AuditFilter forSchool(String schoolCode) {
        return new AuditFilter(schoolCode, staff, kind, from, to, importJob, bySchoolItself);
    }
}
