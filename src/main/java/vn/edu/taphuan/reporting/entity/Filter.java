package vn.edu.taphuan.reporting.entity;

import jakarta.json.bind.annotation.JsonbNillable;

import vn.edu.taphuan.directory.entity.SchoolType;
import vn.edu.taphuan.directory.entity.StaffCategory;

/** Narrows a district report: to one ward, one type of school, one staff category; null means all. */
@JsonbNillable
public record Filter(String ward, SchoolType type, StaffCategory category) {
    public static final Filter NONE = new Filter(null, null, null);

    public Filter {
        ward = ward == null || ward.isBlank() ? null : ward.strip();
    }
}
