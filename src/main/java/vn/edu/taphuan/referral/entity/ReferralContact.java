package vn.edu.taphuan.referral.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import vn.edu.taphuan.directory.entity.School;
import vn.edu.taphuan.platform.Stamped;

import java.util.Objects;

/** One place staff refer a case to, kept for the city, a ward or a school (docs/referral.md). */
@Entity
@Table(name = "referral_contact")
public class ReferralContact extends Stamped {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    /** The {@link ContactKind} key, as lessons and files write it. */
    private String kind;
    @Enumerated(EnumType.STRING)
    private ContactLevel level;
    private String ward;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "school_id")
    private School school;
    private String name;
    private String phone;
    @Column(name = "phone_digits")
    private String phoneDigits;
    private String address;
    private String hours;
    private String note;
    private boolean example;

    protected ReferralContact() {
    }

    public ReferralContact(ContactDraft draft) {
        describe(draft);
    }

    /** Takes every value of the draft; answers whether anything changed. */
    public final boolean describe(ContactDraft d) {
        boolean same = Objects.equals(kind, d.kind().key()) && level == d.level() && Objects.equals(ward, d.ward())
                && Objects.equals(school == null ? null : school.id(), d.school() == null ? null : d.school().id())
                && Objects.equals(name, d.name()) && Objects.equals(phone, d.phone().written())
                && Objects.equals(address, d.address()) && Objects.equals(hours, d.hours())
                && Objects.equals(note, d.note()) && example == d.example();
        kind = d.kind().key();
        level = d.level();
        ward = d.ward();
        school = d.school();
        name = d.name();
        phone = d.phone().written();
        phoneDigits = d.phone().digits();
        address = d.address();
        hours = d.hours();
        note = d.note();
        example = d.example();
        return !same;
    }

    public Long id() { return id; }
    public ContactKind kind() { return ContactKind.of(kind).orElseThrow(); }
    public ContactLevel level() { return level; }
    public String ward() { return ward; }
    public School school() { return school; }
    public String name() { return name; }
    public PhoneNumber phone() { return new PhoneNumber(phone, phoneDigits); }
    public String address() { return address; }
    public String hours() { return hours; }
    public String note() { return note; }
    public boolean example() { return example; }
}
