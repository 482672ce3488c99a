package vn.edu.taphuan.demo;

import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.edu.taphuan.directory.control.Roster;
import vn.edu.taphuan.directory.entity.Gender;
import vn.edu.taphuan.directory.entity.School;
import vn.edu.taphuan.directory.entity.SchoolType;
import vn.edu.taphuan.directory.entity.Staff;
import vn.edu.taphuan.directory.entity.StaffCategory;
import vn.edu.taphuan.directory.entity.StaffStatus;
import vn.edu.taphuan.security.control.Accounts;
import vn.edu.taphuan.security.entity.Account;
import vn.edu.taphuan.security.entity.Role;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.logging.Logger;

/**
 * A clearly fictional district for trying the product: 20 lower-secondary schools in four made-up wards, about
 * 1,000 staff with generated Vietnamese names, and three sign-ins: the district admin, the principal of the first
 * school and a teacher of that school ({@link #STAFF}; {@link DemoProgrammes} gives her the 2024 training and not yet
 * this year's). Seeded once, when {@code taphuan.demo=true} and the database has no school yet; the same seed gives
 * the same people every time.
 */
@Singleton
@Startup
@DependsOn("Migrations")
public class DemoDistrict extends DemoSeed {
    private static final Logger LOG = Logger.getLogger(DemoDistrict.class.getName());
    /** Public on purpose: demo sign-ins are documented in README; never used outside demo mode. */
    public static final String DEMO_PASSWORD = "demo-2024";
    public static final String ADMIN = "admin";
    public static final String PRINCIPAL = "hieutruong";
    public static final String STAFF = "GV00002";

    static final String[] WARDS = {"Phường Hoa Mai (mẫu)", "Phường Sao Mai (mẫu)", "Phường Ngân Hà (mẫu)", "Phường Cánh Diều (mẫu)"};
    static final String[] SCHOOL_NAMES = {
            "Trường THCS Hoa Sen", "Trường THCS Bình Minh", "Trường THCS Ánh Dương", "Trường THCS Hướng Dương",
            "Trường THCS Lê Quý Đôn", "Trường THCS Nguyễn Du", "Trường THCS Trần Quốc Toản", "Trường THCS Chu Văn An",
            "Trường THCS Nguyễn Trãi", "Trường THCS Lý Thường Kiệt", "Trường THCS Phan Bội Châu", "Trường THCS Võ Trường Toản",
            "Trường THCS Hồng Bàng", "Trường THCS Đoàn Thị Điểm", "Trường THCS Bạch Đằng",
            "Trường THCS – THPT Tuệ Đức (tư thục)", "Trường THCS Ngôi Sao Xanh (tư thục)", "Trường TH – THCS Cầu Vồng (tư thục)",
            "Trường THCS Quốc tế Sông Xanh (tư thục)", "Trường THCS – THPT Trí Tuệ (tư thục)"};
    static final String[] FAMILY = {"Nguyễn", "Nguyễn", "Nguyễn", "Nguyễn", "Trần", "Trần", "Lê", "Lê", "Phạm", "Phạm",
            "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Trương", "Đinh", "Mai"};
    static final String[] MIDDLE_F = {"Thị", "Thị", "Thị", "Ngọc", "Thanh", "Thu", "Minh", "Kim", "Mỹ", "Hồng", "Bích", "Phương"};
    static final String[] MIDDLE_M = {"Văn", "Văn", "Minh", "Quốc", "Đức", "Hữu", "Thanh", "Công", "Hoàng", "Anh", "Tấn", "Gia"};
    static final String[] GIVEN_F = {"Lan", "Hương", "Hoa", "Mai", "Linh", "Trang", "Thảo", "Hạnh", "Nhung", "Phương", "Hằng",
            "Ngọc", "Yến", "Trinh", "Vy", "Nga", "Thủy", "Dung", "Hiền", "Loan", "Tâm", "Quyên", "Diễm", "Oanh", "Giang"};
    static final String[] GIVEN_M = {"Hùng", "Dũng", "Minh", "Tuấn", "Nam", "Sơn", "Phúc", "Long", "Khoa", "Quang", "Thắng",
            "Hải", "Bình", "Trung", "Hiếu", "Tài", "Phong", "Đạt", "Việt", "Cường", "Khang", "Lộc", "Nghĩa", "Thịnh"};

    @Inject
    Accounts accounts;

    @Inject
    Roster roster;

    @Inject
    @ConfigProperty(name = "taphuan.base.iri")
    String baseIri;

    @Override
    void seed() {
        if (!roster.hasSchools()) {
            long start = System.nanoTime();
            List<School> schools = schools();
            int staff = staff(schools);
            accounts(schools.get(0));
            LOG.info(String.format("Demo district seeded: %d schools, %d staff in %d ms", schools.size(), staff,
                    (System.nanoTime() - start) / 1_000_000));
        }
        LOG.info("\n==================================================================\n"
                + " Tập huấn — demo is ready at " + baseIri + "\n"
                + "   district admin : " + ADMIN + " / " + DEMO_PASSWORD + "\n"
                + "   principal      : " + PRINCIPAL + " / " + DEMO_PASSWORD + "  (" + SCHOOL_NAMES[0] + ")\n"
                + "   teacher        : " + STAFF + " / " + DEMO_PASSWORD + "  (trained in 2024, not yet for this year's programme)\n"
                + "==================================================================");
    }

    private List<School> schools() {
        List<School> schools = new ArrayList<>();
        for (int i = 0; i < SCHOOL_NAMES.length; i++) {
            SchoolType type = SCHOOL_NAMES[i].contains("tư thục") ? SchoolType.NON_PUBLIC : SchoolType.PUBLIC;
            School s = new School(String.format("THCS%02d", i + 1), SCHOOL_NAMES[i], WARDS[i % WARDS.length], type, "THCS");
            em.persist(s);
            schools.add(s);
        }
        em.flush(); // identity ids are assigned on insert
        return schools;
    }

    private int staff(List<School> schools) {
        List<Person> people = people(schools.size());
        for (Person p : people) {
            School school = schools.get(p.school());
            Staff s = new Staff(p.code(), school);
            s.describe(p.fullName(), p.gender(), p.category(), p.status(), p.start(), p.end(), school);
            em.persist(s);
        }
        return people.size();
    }

    /** One person of the demo roster before it is saved; {@code school} is the index in {@link #SCHOOL_NAMES}. */
    public record Person(String code, int school, String fullName, Gender gender, StaffCategory category, StaffStatus status,
                         LocalDate start, LocalDate end) {
    }

    /**
     * The demo roster, the same every time (seed 2024): 38–62 people per school, the first three managers, the last
     * two "other" staff, about 4% on leave and 3% who left during 2024. The documented staff sign-in ({@link #STAFF})
     * is a teacher who is on the roster today whatever the draw (an account of someone who left cannot sign in).
     */
    public static List<Person> people(int schools) {
        Random random = new Random(2024);
        List<Person> people = new ArrayList<>();
        for (int school = 0; school < schools; school++) {
            int size = 38 + random.nextInt(25);
            for (int i = 0; i < size; i++) {
                String code = String.format("GV%05d", people.size() + 1);
                Gender gender = random.nextInt(100) < 72 ? Gender.FEMALE : Gender.MALE;
                StaffCategory category = i < 3 ? StaffCategory.MANAGER : i < size - 2 ? StaffCategory.EMPLOYEE : StaffCategory.OTHER;
                StaffStatus status = random.nextInt(100) < 4 ? StaffStatus.ON_LEAVE : StaffStatus.ACTIVE;
                LocalDate start = LocalDate.of(2000 + random.nextInt(24), 1 + random.nextInt(12), 1);
                LocalDate end = null;
                if (random.nextInt(100) < 3) {
                    status = StaffStatus.LEFT;
                    end = LocalDate.of(2024, 1 + random.nextInt(12), 1 + random.nextInt(28));
                }
                String name = name(random, gender);
                if (code.equals(STAFF)) {
                    category = StaffCategory.EMPLOYEE; // a teacher (viên chức), the person of README's walk-through
                    status = StaffStatus.ACTIVE;
                    end = null;
                }
                people.add(new Person(code, school, name, gender, category, status, start, end));
            }
        }
        return people;
    }

    static String name(Random random, Gender gender) {
        boolean f = gender == Gender.FEMALE;
        return pick(random, FAMILY) + " " + pick(random, f ? MIDDLE_F : MIDDLE_M) + " " + pick(random, f ? GIVEN_F : GIVEN_M);
    }

    private static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }

    private void accounts(School first) {
        String hash = accounts.hash(DEMO_PASSWORD); // hashed once: PBKDF2 is slow by design
        accounts.createWithHash(new Account(ADMIN, Role.DISTRICT_ADMIN, null, null, "Quản trị phòng GD&ĐT (mẫu)"), hash, false);
        accounts.createWithHash(new Account(PRINCIPAL, Role.SCHOOL_ADMIN, first.id(), null, "Hiệu trưởng " + first.name()), hash, false);
        Staff staff = roster.staff(STAFF);
        accounts.createWithHash(new Account(staff.code(), Role.STAFF, null, staff.id(), staff.fullName()), hash, false);
    }
}
