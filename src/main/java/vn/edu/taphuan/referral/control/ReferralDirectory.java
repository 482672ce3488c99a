package vn.edu.taphuan.referral.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import vn.edu.taphuan.audit.control.AuditLog;
import vn.edu.taphuan.audit.entity.AuditKind;
import vn.edu.taphuan.directory.control.Roster;
import vn.edu.taphuan.directory.entity.School;
import vn.edu.taphuan.platform.Conditions;
import vn.edu.taphuan.platform.Messages;
import vn.edu.taphuan.platform.Page;
import vn.edu.taphuan.platform.Problem;
import vn.edu.taphuan.referral.entity.ContactDraft;
import vn.edu.taphuan.referral.entity.ContactKind;
import vn.edu.taphuan.referral.entity.ContactLevel;
import vn.edu.taphuan.referral.entity.ContactView;
import vn.edu.taphuan.referral.entity.ReferralContact;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.stream.Collectors;

/** The referral directory: look-ups, listings, add, change, delete, and what a learner's lesson shows. */
@ApplicationScoped
public class ReferralDirectory {

    @PersistenceContext
    EntityManager em;

    @Inject
    Messages messages;

    @Inject
    AuditLog audit;

    @Inject
    Roster roster;

    /** Filters of the district's listing; null means "any". */
    public record Filter(ContactLevel level, String ward, String schoolCode, ContactKind kind, String query) {
    }

    public ReferralContact contact(long id) {
        return Optional.ofNullable(em.find(ReferralContact.class, id))
                .orElseThrow(() -> Problem.notFound(messages.get("contact.notFound", id)));
    }

    /** Whether the directory has any entry yet (the demo seeds an empty one only). */
    public boolean any() {
        return em.createQuery("SELECT COUNT(c) FROM ReferralContact c", Long.class).getSingleResult() > 0;
    }

    public Page<ContactView> list(Filter f, int page, int size) {
        long total = query(f, "SELECT COUNT(c)", "", Long.class).getSingleResult();
        List<ContactView> items = matching(f).setFirstResult(page * size).setMaxResults(size)
                .getResultStream().map(c -> view(c, true)).toList();
        return new Page<>(items, total, page, size);
    }

    /** The entries a filter selects, in the listing's order (levels, places, kinds, names). */
    public TypedQuery<ReferralContact> matching(Filter f) {
        return query(f, "SELECT c", " ORDER BY c.level, c.ward, s.code, c.kind, c.name, c.id", ReferralContact.class);
    }

    private <T> TypedQuery<T> query(Filter f, String select, String order, Class<T> type) {
        Conditions where = new Conditions()
                .and("c.level = :level", "level", f.level())
                .and("(c.ward = :ward OR s.ward = :ward)", "ward", f.ward() == null ? null : f.ward().strip())
                .and("s.code = :school", "school", f.schoolCode() == null ? null : f.schoolCode().strip())
                .and("c.kind = :kind", "kind", f.kind() == null ? null : f.kind().key())
                .contains("(LOWER(c.name) LIKE :q OR c.phoneDigits LIKE :q OR LOWER(s.code) LIKE :q)", "q", f.query());
        return where.bind(em.createQuery(select + " FROM ReferralContact c LEFT JOIN c.school s" + where + order, type));
    }

    /**
     * What a school sees and uses: its own entries, its ward's and the city's, of the kinds asked (all when
     * {@code kinds} is empty), the school's first, then the ward's, then the city's; by kind, then name.
     */
    public List<ReferralContact> relevantTo(School school, Collection<ContactKind> kinds) {
        StringJoiner where = new StringJoiner(" OR ", "(", ")");
        where.add("c.level = :city");
        if (school != null) {
            where.add("c.school = :school").add("(c.level = :wardLevel AND c.ward = :ward)");
        }
        String kindClause = kinds.isEmpty() ? "" : " AND c.kind IN :kinds";
        TypedQuery<ReferralContact> q = em.createQuery("SELECT c FROM ReferralContact c WHERE " + where + kindClause, ReferralContact.class)
                .setParameter("city", ContactLevel.CITY);
        if (school != null) {
            q.setParameter("school", school).setParameter("wardLevel", ContactLevel.WARD).setParameter("ward", school.ward());
        }
        if (!kinds.isEmpty()) {
            q.setParameter("kinds", kinds.stream().map(ContactKind::key).toList());
        }
        return q.getResultStream().sorted(Comparator.comparing((ReferralContact c) -> c.kind().ordinal())
                .thenComparing(ReferralContact::level).thenComparing(ReferralContact::name)).toList();
    }

    /**
     * A form's values checked into a draft, or 400 with one detail per problem (field, value, what, how to fix) in
     * the user's language.
     */
    public ContactDraft checked(Map<ContactField, String> raw) {
        Map<ContactField, String> clean = ContactRules.cleaned(raw);
        ContactRules.Places places = places(java.util.Collections.singleton(clean.get(ContactField.SCHOOL)),
                java.util.Collections.singleton(clean.get(ContactField.WARD)));
        List<Problem.Detail> details = new java.util.ArrayList<>();
        Optional<ContactDraft> draft = ContactRules.check(raw, places, (field, value, key, args) -> details.add(
                Problem.Detail.field(field.json(), value, messages.get(key, args), messages.get(key + ".fix", args))));
        return draft.orElseThrow(() -> new Problem(400, "INVALID_INPUT", messages.get("error.invalidInput"), details));
    }

    @Transactional
    public ReferralContact create(ContactDraft draft) {
        ReferralContact c = new ReferralContact(draft);
        em.persist(c);
        em.flush(); // the identity id, for the audit entry
        audit.record(AuditKind.CONTACT_ADDED, schoolCode(c), null, subject(c), null, summary(c));
        return c;
    }

    @Transactional
    public ReferralContact update(long id, ContactDraft draft) {
        ReferralContact c = contact(id);
        String before = summary(c), beforeSchool = schoolCode(c);
        if (c.describe(draft)) {
            audit.record(AuditKind.CONTACT_CHANGED, beforeSchool != null ? beforeSchool : schoolCode(c), null, subject(c), before, summary(c));
        }
        return c;
    }

    @Transactional
    public void delete(long id) {
        ReferralContact c = contact(id);
        audit.record(AuditKind.CONTACT_REMOVED, schoolCode(c), null, subject(c), summary(c), null);
        em.remove(c);
    }

    static String subject(ReferralContact c) {
        return "referral-contact:" + c.id();
    }

    static String schoolCode(ReferralContact c) {
        return c.school() == null ? null : c.school().code();
    }

    /** The entry in one line for the audit log: level and place, kind, name, phone as written. */
    static String summary(ReferralContact c) {
        String place = switch (c.level()) {
            case SCHOOL -> "SCHOOL " + c.school().code();
            case WARD -> "WARD " + c.ward();
            case CITY -> "CITY";
        };
        return place + " · " + c.kind().key() + " · " + c.name() + " · " + c.phone().written();
    }

    /** The schools named by code and the wards that some school carries, for {@link ContactRules}. */
    public ContactRules.Places places(Collection<String> schoolCodes, Collection<String> wards) {
        return new ContactRules.Places(roster.schoolsByCode(schoolCodes), roster.wardsAmong(wards));
    }

    public ContactView view(ReferralContact c, boolean editable) {
        School s = c.school();
        return new ContactView(c.id(), c.kind().key(), label(c.kind()), c.level(), c.ward(), s == null ? null : s.code(),
                s == null ? null : s.name(), c.name(), c.phone().written(), c.phone().tel(), c.address(), c.hours(), c.note(),
                c.example(), editable);
    }

    public String label(ContactKind kind) {
        return messages.get("contact.kind." + kind.key());
    }

    /** Every kind with its label in the user's language, in the vocabulary's order. */
    public Map<String, String> labels() {
        return java.util.Arrays.stream(ContactKind.values()).collect(Collectors.toMap(ContactKind::key, this::label,
                (a, b) -> a, java.util.LinkedHashMap::new));
    }

    /** IN lists of at most 500 values (Derby and PostgreSQL both take that comfortably). */
}
