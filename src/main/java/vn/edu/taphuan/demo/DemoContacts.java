package vn.edu.taphuan.demo;

import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import vn.edu.taphuan.directory.control.Roster;
import vn.edu.taphuan.directory.entity.School;
import vn.edu.taphuan.referral.control.ReferralDirectory;
import vn.edu.taphuan.referral.entity.ContactDraft;
import vn.edu.taphuan.referral.entity.ContactKind;
import vn.edu.taphuan.referral.entity.ContactLevel;
import vn.edu.taphuan.referral.entity.PhoneNumber;
import vn.edu.taphuan.referral.entity.ReferralContact;

import java.util.logging.Logger;

/**
 * Demo mode: a referral directory for the demo district, every entry fictional and marked as an example (the
 * flag, "(ví dụ)" in the name, numbers 028 0000 xxxx). City entries, three per demo ward, and a focal point and a
 * counsellor for every demo school but the last (THCS20), so learners there see "Nhà trường chưa cập nhật" and the
 * district's checklist has a gap to show. Runs once, when the directory is empty.
 */
@Singleton
@Startup
@DependsOn("DemoDistrict")
public class DemoContacts extends DemoSeed {
    private static final Logger LOG = Logger.getLogger(DemoContacts.class.getName());
    /** The demo school left without entries of its own. */
    public static final String SCHOOL_WITHOUT_ENTRIES = "THCS20";
    static final String WEEKDAYS = "Thứ Hai – Thứ Sáu, 7:30–17:00";
    static final String ALWAYS = "Cả ngày, mọi ngày";

    @Inject
    ReferralDirectory contacts;

    @Inject
    Roster roster;

    @Override
    void seed() {
        if (contacts.any()) {
            return;
        }
        int n = city() + wards() + schools();
        LOG.info("Demo referral directory seeded: " + n + " example contacts");
    }

    private int city() {
        add(ContactKind.SOCIAL_WORK_CENTRE, null, null, "Trung tâm Công tác xã hội thành phố (ví dụ)", "028 0000 0001", WEEKDAYS, null);
        add(ContactKind.HIV_CLINIC, null, null, "Phòng khám ngoại trú HIV, PEP và PrEP (ví dụ)", "028 0000 0002",
                "Thứ Hai – Thứ Bảy, 7:00–19:00", "PEP cần bắt đầu càng sớm càng tốt, trong vòng 72 giờ.");
        add(ContactKind.HOSPITAL, null, null, "Bệnh viện Đa khoa thành phố – khoa Cấp cứu (ví dụ)", "028 0000 0003", ALWAYS, null);
        add(ContactKind.WOMENS_UNION, null, null, "Hội Liên hiệp Phụ nữ thành phố (ví dụ)", "028 0000 0004", WEEKDAYS, null);
        add(ContactKind.SHELTER, null, null, "Nhà tạm lánh (ví dụ)", "028 0000 0005", ALWAYS, "Địa chỉ được giữ kín; gọi trước để được hướng dẫn.");
        add(ContactKind.LEGAL_AID, null, null, "Trung tâm Trợ giúp pháp lý nhà nước (ví dụ)", "028 0000 0006", WEEKDAYS, null);
        add(ContactKind.EDUCATION_OFFICE, null, null, "Phòng Giáo dục và Đào tạo (ví dụ)", "028 0000 0007", WEEKDAYS, null);
        return 7;
    }

    private int wards() {
        for (int w = 0; w < DemoDistrict.WARDS.length; w++) {
            String ward = DemoDistrict.WARDS[w];
            String place = "phường " + ward.replace(" (mẫu)", "").replaceFirst("^Phường ", "");
            String prefix = "028 0000 0" + (w + 1) + "0";
            add(ContactKind.WARD_POLICE, ward, null, "Công an " + place + " (ví dụ)", prefix + "1", ALWAYS, null);
            add(ContactKind.WARD_COMMITTEE, ward, null, "UBND " + place + " – cán bộ bảo vệ trẻ em (ví dụ)", prefix + "2", WEEKDAYS, null);
            add(ContactKind.HEALTH_STATION, ward, null, "Trạm y tế " + place + " (ví dụ)", prefix + "3", "Thứ Hai – Chủ nhật, 7:00–19:00", null);
        }
        return DemoDistrict.WARDS.length * 3;
    }

    private int schools() {
        int n = 0;
        for (int i = 1; i <= DemoDistrict.SCHOOL_NAMES.length; i++) {
            String code = String.format("THCS%02d", i);
            if (code.equals(SCHOOL_WITHOUT_ENTRIES)) {
                continue;
            }
            School school = roster.findSchool(code).orElse(null);
            if (school == null) {
                continue; // not the demo district's schools (the database was seeded some other way)
            }
            String prefix = String.format("028 0000 1%02d", i);
            add(ContactKind.SCHOOL_FOCAL_POINT, null, school, "Phó hiệu trưởng phụ trách công tác học sinh (ví dụ)", prefix + "1",
                    "Giờ hành chính; ngoài giờ gọi 111", null);
            add(ContactKind.SCHOOL_COUNSELLOR, null, school, "Phòng tư vấn tâm lý học đường (ví dụ)", prefix + "2", WEEKDAYS, null);
            n += 2;
        }
        return n;
    }

    private void add(ContactKind kind, String ward, School school, String name, String phone, String hours, String note) {
        ContactLevel level = school != null ? ContactLevel.SCHOOL : ward != null ? ContactLevel.WARD : ContactLevel.CITY;
        String address = school != null ? school.name() + ", " + school.ward() : ward != null ? ward : null;
        em.persist(new ReferralContact(new ContactDraft(kind, level, ward, school, name, PhoneNumber.parse(phone).orElseThrow(),
                address, hours, note, true)));
    }
}
