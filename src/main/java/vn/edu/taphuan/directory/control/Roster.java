package vn.edu.taphuan.directory.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import vn.edu.taphuan.audit.control.AuditLog;
import vn.edu.taphuan.audit.entity.AuditKind;
import vn.edu.taphuan.directory.entity.School;
import vn.edu.taphuan.directory.entity.SchoolForm;
import vn.edu.taphuan.directory.entity.SchoolType;
import vn.edu.taphuan.directory.entity.RosterMember;
import vn.edu.taphuan.directory.entity.SchoolView;
import vn.edu.taphuan.directory.entity.Staff;
import vn.edu.taphuan.directory.entity.StaffCategory;
import vn.edu.taphuan.directory.entity.StaffForm;
import vn.edu.taphuan.directory.entity.StaffStatus;
import vn.edu.taphuan.directory.entity.StaffView;
import vn.edu.taphuan.platform.Conditions;
import vn.edu.taphuan.platform.Messages;
import vn.edu.taphuan.platform.Page;
import vn.edu.taphuan.platform.Problem;
import vn.edu.taphuan.platform.Sql;
import vn.edu.taphuan.security.control.AccountQueries;
import vn.edu.taphuan.security.control.Accounts;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Schools and their staff rosters: look-ups, listings with filters, create, change, leave. */
@ApplicationScoped
public class Roster {

    /**
     * The person's sign-ins (security's accounts, linked by staff id), counted by the database inside the listing's
     * own query: a page of 50 is one statement, not 51.
     */
    private static final String ACCOUNTS = AccountQueries.countOfPerson("s.id");

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Messages messages;

    @Inject
    AuditLog audit;

    @Inject
    Accounts accounts;

    public School school(String code) {
        return findSchool(code).orElseThrow(() -> Problem.notFound(messages.get("school.notFound", code)));
    }

    public School schoolById(long id) {
        return em.find(School.class, id);
    }

    public java.util.Optional<School> findSchool(String code) {
        return em.createNamedQuery(School.BY_CODE, School.class).setParameter("code", code).getResultStream().findFirst();
    }

    /** The schools with these codes (absent ones left out), a chunk of codes per query. */
    public Map<String, School> schoolsByCode(Collection<String> codes) {
        Map<String, School> schools = new HashMap<>();
        for (List<String> chunk : chunks(codes)) {
            em.createQuery("SELECT s FROM School s WHERE s.code IN :codes", School.class).setParameter("codes", chunk)
                    .getResultStream().forEach(s -> schools.put(s.code(), s));
        }
        return schools;
    }

    /** Those of the wards that some school carries. */
    public Set<String> wardsAmong(Collection<String> wards) {
        Set<String> known = new HashSet<>();
        for (List<String> chunk : chunks(wards)) {
            known.addAll(em.createQuery("SELECT DISTINCT s.ward FROM School s WHERE s.ward IN :wards", String.class)
                    .setParameter("wards", chunk).getResultList());
        }
        return known;
    }

    /** Distinct non-blank values in lists of 500, a size every database takes as bind parameters of one IN. */
    private static List<List<String>> chunks(Collection<String> values) {
        return Sql.chunks(values.stream().filter(v -> v != null && !v.isBlank()).distinct().toList(), 500);
    }

    /** Whether any school is on the roster yet (the demo seeds an empty installation only). */
    public boolean hasSchools() {
        return em.createQuery("SELECT COUNT(s) FROM School s", Long.class).getSingleResult() > 0;
    }

    /** Everyone on the roster in staff code order (ids need not follow the codes), in one query. */
    public List<RosterMember> everyone() {
        return em.createQuery("SELECT s.id, s.code, s.school.code, s.category, s.status, s.startDate, s.endDate FROM Staff s "
                + "ORDER BY s.code", Object[].class).getResultStream().map(r -> new RosterMember((Long) r[0], (String) r[1], (String) r[2],
                (StaffCategory) r[3], (StaffStatus) r[4], (LocalDate) r[5], (LocalDate) r[6])).toList();
    }

    public Staff staff(String code) {
        return findStaff(code).orElseThrow(() -> Problem.notFound(messages.get("staff.notFound", code)));
    }

    public java.util.Optional<Staff> findStaff(String code) {
        return em.createNamedQuery(Staff.BY_CODE, Staff.class).setParameter("code", code).getResultStream().findFirst();
    }

    /** Filters for the school listing; null means "any". */
    public record SchoolFilter(String query, String ward, SchoolType type, Boolean active) {
    }

    public Page<SchoolView> schools(SchoolFilter f, int page, int size) {
        Conditions where = new Conditions()
                .contains("(LOWER(s.name) LIKE :q OR LOWER(s.code) LIKE :q)", "q", f.query())
                .and("s.ward = :ward", "ward", f.ward())
                .and("s.type = :type", "type", f.type())
                .and("s.active = :active", "active", f.active());
        long total = where.bind(em.createQuery("SELECT COUNT(s) FROM School s" + where, Long.class)).getSingleResult();
        List<School> schools = where.bind(em.createQuery("SELECT s FROM School s" + where + " ORDER BY s.code", School.class))
                .setFirstResult(page * size).setMaxResults(size).getResultList();
        Map<Long, Long> counts = activeStaffCounts(schools.stream().map(School::id).toList());
        return new Page<>(schools.stream().map(s -> SchoolView.of(s, counts.getOrDefault(s.id(), 0L))).toList(), total, page, size);
    }

    /** Staff on the roster (not left) per school, counted in the database. */
    private Map<Long, Long> activeStaffCounts(List<Long> schoolIds) {
        Map<Long, Long> counts = new HashMap<>();
        if (schoolIds.isEmpty()) {
            return counts;
        }
        em.createQuery("SELECT s.school.id, COUNT(s) FROM Staff s WHERE s.school.id IN :ids AND s.status <> :left GROUP BY s.school.id", Object[].class)
                .setParameter("ids", schoolIds).setParameter("left", StaffStatus.LEFT).getResultList()
                .forEach(row -> counts.put((Long) row[0], (Long) row[1]));
        return counts;
    }

    public long staffCount(School school) {
        return activeStaffCounts(List.of(school.id())).getOrDefault(school.id(), 0L);
    }

    /** Filters for the staff listing; null means "any". */
    public record StaffFilter(Long schoolId, String query, StaffCategory category, StaffStatus status) {
    }

    public Page<StaffView> staff(StaffFilter f, int page, int size) {
        Conditions where = new Conditions()
                .and("s.school.id = :school", "school", f.schoolId())
                .contains("(LOWER(s.fullName) LIKE :q OR LOWER(s.code) LIKE :q)", "q", f.query())
                .and("s.category = :category", "category", f.category())
                .and("s.status = :status", "status", f.status());
        long total = where.bind(em.createQuery("SELECT COUNT(s) FROM Staff s" + where, Long.class)).getSingleResult();
        List<StaffView> items = where.bind(em.createQuery("SELECT s, " + ACCOUNTS + " FROM Staff s" + where + " ORDER BY s.code", Object[].class))
                .setFirstResult(page * size).setMaxResults(size).getResultStream()
                .map(row -> StaffView.of((Staff) row[0], ((Number) row[1]).longValue() > 0)).toList();
        return new Page<>(items, total, page, size);
    }

    /** One roster entry as the API shows it, with whether the person has an account. */
    public StaffView view(Staff staff) {
        return StaffView.of(staff, accounts.ofStaff(staff.id()).isPresent());
    }

    @Transactional
    public School create(SchoolForm form) {
        if (findSchool(form.code()).isPresent()) {
            throw Problem.conflict("SCHOOL_EXISTS", messages.get("school.exists", form.code()));
        }
        School school = new School(form.code().strip(), form.name().strip(), form.ward().strip(), form.type(), form.levelOrDefault());
        em.persist(school);
        audit.record(AuditKind.SCHOOL_CREATED, school.code(), null, school.name(), null, describe(school));
        return school;
    }

    @Transactional
    public School update(String code, SchoolForm form) {
        School school = school(code);
        String before = describe(school);
        school.describe(form.name().strip(), form.ward().strip(), form.type(), form.levelOrDefault());
        if (!before.equals(describe(school))) {
            audit.record(AuditKind.SCHOOL_CHANGED, school.code(), null, school.name(), before, describe(school));
        }
        return school;
    }

    @Transactional
    public School setActive(String code, boolean active) {
        School school = school(code);
        if (school.active() != active) {
            audit.record(active ? AuditKind.SCHOOL_REOPENED : AuditKind.SCHOOL_CLOSED, school.code(), null, school.name(),
                    "active=" + school.active(), "active=" + active);
        }
        if (active) {
            school.activate();
        } else {
            school.deactivate();
        }
        return school;
    }

    private static String describe(School s) {
        return "name=" + s.name() + "; ward=" + s.ward() + "; type=" + s.type() + "; level=" + s.level();
    }

    @Transactional
    public Staff create(StaffForm form) {
        if (findStaff(form.code()).isPresent()) {
            throw Problem.conflict("STAFF_EXISTS", messages.get("staff.exists", form.code()));
        }
        checkDates(form);
        Staff staff = new Staff(form.code().strip(), school(form.schoolCode()));
        describe(staff, form);
        em.persist(staff);
        record(List.of(RosterChanges.created(RosterChanges.Facts.of(staff))));
        return staff;
    }

    @Transactional
    public Staff update(String code, StaffForm form) {
        checkDates(form);
        Staff staff = staff(code);
        RosterChanges.Facts before = RosterChanges.Facts.of(staff);
        describe(staff, form);
        record(RosterChanges.between(before, RosterChanges.Facts.of(staff)));
        return staff;
    }

    @Transactional
    public Staff leave(String code, LocalDate date) {
        Staff staff = staff(code);
        RosterChanges.Facts before = RosterChanges.Facts.of(staff);
        staff.leave(date == null ? LocalDate.now(clock) : date);
        record(RosterChanges.between(before, RosterChanges.Facts.of(staff)));
        return staff;
    }

    private void record(List<RosterChanges.Change> changes) {
        for (RosterChanges.Change c : changes) {
            audit.record(c.kind(), c.schoolCode(), c.staffCode(), null, c.before(), c.after());
        }
    }

    private void describe(Staff staff, StaffForm form) {
        staff.describe(form.fullName().strip(), form.gender(), form.category(), form.statusOrActive(),
                form.startDate(), form.endDate(), school(form.schoolCode()));
    }

    private void checkDates(StaffForm form) {
        if (form.startDate() != null && form.endDate() != null && form.endDate().isBefore(form.startDate())) {
            throw new Problem(400, "INVALID_INPUT", messages.get("error.invalidInput"), List.of(Problem.Detail.field(
                    "endDate", form.endDate().toString(), messages.get("staff.dates.order"), messages.get("staff.dates.order.fix"))));
        }
    }
}
