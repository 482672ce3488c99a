package vn.edu.taphuan.referral.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.edu.taphuan.referral.entity.ContactGap;
import vn.edu.taphuan.referral.entity.ContactKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The district's checklist: which open schools have no entry of a required kind at any level (their own, their
 * ward's or the city's). One query per required kind, each answering only the schools that lack it, so the
 * database does the work and the answer is as long as the gaps, not the school list. Schools are read through the
 * view the directory publishes ({@code roster_school}, V82).
 */
@ApplicationScoped
public class ContactGaps {
    static final String MISSING = "SELECT s.code, s.name, s.ward FROM roster_school s WHERE s.active = TRUE%s AND NOT EXISTS ("
            + "SELECT 1 FROM referral_contact c WHERE c.kind = ? AND (c.school_id = s.id"
            + " OR (c.level = 'WARD' AND c.ward = s.ward) OR c.level = 'CITY'))";

    @PersistenceContext
    EntityManager em;

    @Inject
    @ConfigProperty(name = "taphuan.referral.required-kinds",
            defaultValue = "school-focal-point,health-station,ward-police,ward-committee,social-work-centre,hiv-clinic")
    List<String> requiredKeys;

    /** The kinds every school should have, as configured; an unknown key in the configuration is skipped. */
    public List<ContactKind> required() {
        return requiredKeys.stream().map(String::strip).map(ContactKind::of).flatMap(java.util.Optional::stream).distinct().toList();
    }

    /** The checklist, limited to one ward or one school when given. */
    public List<ContactGap> gaps(String ward, Long schoolId) {
        Map<String, ContactGap> bySchool = new TreeMap<>();
        for (ContactKind kind : required()) {
            for (Object[] row : missing(kind, ward, schoolId)) {
                bySchool.computeIfAbsent((String) row[0], code -> new ContactGap(code, (String) row[1], (String) row[2], new ArrayList<>()))
                        .missing().add(kind.key());
            }
        }
        return List.copyOf(bySchool.values());
    }

    /** Open schools checked (the checklist's denominator). */
    public long schoolsChecked(String ward, Long schoolId) {
        Query q = em.createNativeQuery("SELECT COUNT(*) FROM roster_school s WHERE s.active = TRUE" + narrowing(ward, schoolId));
        bindNarrowing(q, 1, ward, schoolId);
        return ((Number) q.getSingleResult()).longValue();
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> missing(ContactKind kind, String ward, Long schoolId) {
        Query q = em.createNativeQuery(String.format(MISSING, narrowing(ward, schoolId)));
        int next = bindNarrowing(q, 1, ward, schoolId);
        q.setParameter(next, kind.key());
        return q.getResultList();
    }

    private static String narrowing(String ward, Long schoolId) {
        return (ward == null ? "" : " AND s.ward = ?") + (schoolId == null ? "" : " AND s.id = ?");
    }

    private static int bindNarrowing(Query q, int position, String ward, Long schoolId) {
        int p = position;
        if (ward != null) {
            q.setParameter(p++, ward);
        }
        if (schoolId != null) {
            q.setParameter(p++, schoolId);
        }
        return p;
    }
}
