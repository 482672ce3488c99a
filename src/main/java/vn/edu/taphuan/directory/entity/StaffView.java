package vn.edu.taphuan.directory.entity;

import java.time.LocalDate;

/** A roster entry as the API shows it. The xAPI actor key is not personal data but is not shown either. */
public record StaffView(String code, String fullName, Gender gender, StaffCategory category, StaffStatus status,
                        LocalDate startDate, LocalDate endDate, String schoolCode, String schoolName) {
    public static StaffView of(Staff s) {
        return new StaffView(s.code(), s.fullName(), s.gender(), s.category(), s.status(), s.startDate(), s.endDate(),
                s.school().code(), s.school().name());
    }
}
