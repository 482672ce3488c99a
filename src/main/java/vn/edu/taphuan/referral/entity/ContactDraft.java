package vn.edu.taphuan.referral.entity;

import vn.edu.taphuan.directory.entity.School;

/**
 * A contact that passed every check (from the form or a file row), ready to store: text cleaned, phone parsed,
 * level and place agreeing (ward only for WARD, school only for SCHOOL).
 */
public record ContactDraft(ContactKind kind, ContactLevel level, String ward, School school, String name,
                           PhoneNumber phone, String address, String hours, String note, boolean example) {

    /** What identifies an entry in an import: the same kind and name at the same place is the same entry. */
    public String key() {
        return level + "|" + (ward == null ? "" : ward) + "|" + (school == null ? "" : school.code()) + "|" + kind.key() + "|" + name;
    }
}
