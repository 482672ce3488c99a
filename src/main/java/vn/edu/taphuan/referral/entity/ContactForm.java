package vn.edu.taphuan.referral.entity;

/**
 * What an admin sends to add or change a contact. Everything is text so that every problem, a wrong kind or level
 * included, comes back as one list of field problems in the user's language (ContactRules). {@code level} may be
 * left out: a school code makes it SCHOOL, a ward WARD, neither CITY.
 */
public record ContactForm(String kind, String level, String ward, String schoolCode, String name, String phone,
                          String address, String hours, String note, Boolean example) {
}
