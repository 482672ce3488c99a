package vn.edu.taphuan.referral.entity;

/** A contact as the API shows it: kind as its key and in words, phone as written and as a tel: link. */
public record ContactView(long id, String kind, String kindLabel, ContactLevel level, String ward, String schoolCode,
                          String schoolName, String name, String phone, String tel, String address, String hours,
                          String note, boolean example, boolean editable) {
}
