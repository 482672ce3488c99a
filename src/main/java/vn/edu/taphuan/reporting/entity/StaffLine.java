package vn.edu.taphuan.reporting.entity;

import vn.edu.taphuan.directory.entity.Gender;
import vn.edu.taphuan.directory.entity.StaffCategory;
import vn.edu.taphuan.directory.entity.StaffStatus;

import java.util.List;

/**
 * A person in scope at a school on the report's day and, for each required course in the programme's order, whether
 * they completed it in the counting window (the school's CSV lists everyone this way).
 */
public record StaffLine(String code, String fullName, StaffCategory category, Gender gender, StaffStatus status, List<Boolean> completed) {

    /** Trained: every required course completed. */
    public boolean trained() {
        return !completed.contains(Boolean.FALSE);
    }
}
