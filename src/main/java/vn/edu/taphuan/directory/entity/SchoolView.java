package vn.edu.taphuan.directory.entity;

/** A school as the API shows it. */
public record SchoolView(String code, String name, String ward, SchoolType type, String level, boolean active,
                         long staffCount) {
    public static SchoolView of(School s, long staffCount) {
        return new SchoolView(s.code(), s.name(), s.ward(), s.type(), s.level(), s.active(), staffCount);
    }
}
