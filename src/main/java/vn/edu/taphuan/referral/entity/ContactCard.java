package vn.edu.taphuan.referral.entity;

/** A contact as a lesson shows it to a learner: one tap calls {@code tel}. */
public record ContactCard(String name, String phone, String tel, String address, String hours, String note,
                          ContactLevel level, boolean example) {
    public static ContactCard of(ReferralContact c) {
        return new ContactCard(c.name(), c.phone().written(), c.phone().tel(), c.address(), c.hours(), c.note(),
                c.level(), c.example());
    }
}
