package vn.edu.taphuan.referral.entity;

import java.util.List;

/**
 * What the contacts blocks of a lesson show a learner: per kind the lesson names, the entries of their school,
 * ward and city (an empty list shows {@code notUpdated}), and the national hotlines, always.
 */
public record LessonContacts(List<Kind> kinds, List<Hotline> hotlines, String notUpdated, String exampleLabel) {

    /** One kind the lesson named, with its label in the learner's language. */
    public record Kind(String kind, String label, List<ContactCard> contacts) {
    }

    /** A national number that works from any phone, free of charge. */
    public record Hotline(String number, String name, String tel) {
    }
}
