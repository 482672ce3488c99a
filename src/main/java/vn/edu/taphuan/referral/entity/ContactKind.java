package vn.edu.taphuan.referral.entity;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of place a staff member refers a case to. Lessons name them in a {@code contacts} block
 * (docs/authoring-courses.md) and the referral directory keeps one or more entries of each kind per school, ward
 * or city. The national hotlines 111 (child protection), 113 (police) and 115 (ambulance) are always shown and are
 * not kinds. Labels live in the message bundles as {@code contact.kind.<key>}.
 */
public enum ContactKind {
    /** The staff member of the school who receives reports (người tiếp nhận thông tin của nhà trường). */
    SCHOOL_FOCAL_POINT("school-focal-point"),
    SCHOOL_COUNSELLOR("school-counsellor"),
    HEALTH_STATION("health-station"),
    WARD_POLICE("ward-police"),
    /** The ward/commune People's Committee, its child-protection officer. */
    WARD_COMMITTEE("ward-committee"),
    SOCIAL_WORK_CENTRE("social-work-centre"),
    /** HIV testing, PEP, PrEP and treatment. */
    HIV_CLINIC("hiv-clinic"),
    /** Examination, emergency care and forensic evidence after sexual assault. */
    HOSPITAL("hospital"),
    WOMENS_UNION("womens-union"),
    SHELTER("shelter"),
    LEGAL_AID("legal-aid"),
    /** The education authority over the school (Sở GD&ĐT, or the ward/commune People's Committee's office). */
    EDUCATION_OFFICE("education-office");

    private final String key;

    ContactKind(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static Optional<ContactKind> of(String key) {
        return Arrays.stream(values()).filter(k -> k.key.equals(key)).findFirst();
    }
}
