package vn.edu.taphuan.security.entity;

/** Who may do what. The group names are the container roles used in {@code @RolesAllowed}. */
public enum Role {
    DISTRICT_ADMIN(Names.DISTRICT_ADMIN),
    SCHOOL_ADMIN(Names.SCHOOL_ADMIN),
    STAFF(Names.STAFF);

    /** Compile-time constants for annotations. */
    public static final class Names {
        public static final String DISTRICT_ADMIN = "district-admin";
        public static final String SCHOOL_ADMIN = "school-admin";
        public static final String STAFF = "staff";

        private Names() {
        }
    }

    private final String group;

    Role(String group) {
        this.group = group;
    }

    public String group() {
        return group;
    }
}
