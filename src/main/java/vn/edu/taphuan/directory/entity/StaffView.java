package vn.edu.taphuan.directory.entity;

import java.time.LocalDate;

/**
 * A roster entry as the API shows it. The xAPI actor key is not personal data but is not shown either.
 * {@code hasAccount}: whether the person has a sign-in, so the staff page offers "create account" or "reset password"
 * and never the one for the other (issue 13: a create that met an existing account used to reset it silently).
 */
public record StaffView(String code, String fullName, Gender gender, StaffCategory category, StaffStatus status,
                        LocalDate startDate, LocalDate endDate, String schoolCode, String schoolName, boolean hasAccount) {
    public static StaffView of(Staff s, boolean hasAccount) {
        return new StaffView(s.code(), s.fullName(), s.gender(), s.category(), s.status(), s.startDate(), s.endDate(),
                s.school().code(), s.school().name(), hasAccount);
    }
}
