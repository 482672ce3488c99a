package vn.edu.taphuan.reporting.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import vn.edu.taphuan.audit.control.AuditLog;
import vn.edu.taphuan.audit.entity.AuditKind;
import vn.edu.taphuan.cmi5.control.PackageContent;
import vn.edu.taphuan.courses.control.Catalogue;
import vn.edu.taphuan.platform.Messages;
import vn.edu.taphuan.platform.Problem;
import vn.edu.taphuan.reporting.entity.Programme;
import vn.edu.taphuan.reporting.entity.ProgrammeForm;
import vn.edu.taphuan.reporting.entity.ProgrammeView;

import java.util.ArrayList;
import java.util.HashSet;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** Programmes: the district defines them; everyone who reports reads them. */
@ApplicationScoped
public class Programmes {

    @PersistenceContext
    EntityManager em;

    @Inject
    Messages messages;

    @Inject
    Catalogue courses;

    /** cmi5 courses may be required beside ours (issue 15). */
    @Inject
    PackageContent cmi5;

    @Inject
    ProgrammeProgress progress;

    @Inject
    AuditLog audit;

    public List<Programme> all() {
        return em.createQuery("SELECT p FROM Programme p ORDER BY p.periodStart DESC, p.id DESC", Programme.class).getResultList();
    }

    public Programme programme(long id) {
        Programme p = em.find(Programme.class, id);
        if (p == null) {
            throw Problem.notFound(messages.get("programme.notFound", id));
        }
        return p;
    }

    /** The programmes running on the day (period start to deadline, both inclusive), the latest started first. */
    public List<Programme> runningOn(LocalDate day) {
        return em.createQuery("SELECT p FROM Programme p WHERE p.periodStart <= :day AND p.deadline >= :day "
                + "ORDER BY p.periodStart DESC, p.id DESC", Programme.class).setParameter("day", day).getResultList();
    }

    public boolean any() {
        return em.createQuery("SELECT COUNT(p) FROM Programme p", Long.class).getSingleResult() > 0;
    }

    @Transactional
    public Programme create(ProgrammeForm form) {
        check(form);
        Programme p = new Programme(form);
        em.persist(p);
        progress.rebuild(p);
        audit.record(AuditKind.PROGRAMME_CREATED, null, null, "#" + p.id() + " " + p.name(), null, describe(p));
        return p;
    }

    /**
     * Opens next year's programme from this one in one step ({@link Programme#nextYear()}); refused with 409 when a
     * programme of that name exists (opened already, or made by hand), so a second click makes no twin.
     */
    @Transactional
    public Programme openNextYear(long id) {
        Programme last = programme(id);
        // two clicks (or two admins) at once: the second waits for the first and then finds its programme (no twin)
        em.lock(last, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        ProgrammeForm next = last.nextYear();
        boolean taken = em.createQuery("SELECT COUNT(p) FROM Programme p WHERE p.name = :name", Long.class)
                .setParameter("name", next.name()).getSingleResult() > 0;
        if (taken) {
            throw new Problem(409, "PROGRAMME_EXISTS", messages.get("programme.next.exists", next.name()),
                    List.of(Problem.Detail.field("name", next.name(), messages.get("programme.next.exists", next.name()),
                            messages.get("programme.next.exists.fix"))));
        }
        check(next);
        Programme p = new Programme(next);
        em.persist(p);
        progress.rebuild(p);
        audit.record(AuditKind.PROGRAMME_CREATED, null, null, "#" + p.id() + " " + p.name(), "opened from #" + last.id() + " " + last.name(),
                describe(p));
        return p;
    }

    @Transactional
    public Programme update(long id, ProgrammeForm form) {
        check(form);
        Programme p = programme(id);
        String before = describe(p);
        p.describe(form);
        if (!before.equals(describe(p))) {
            audit.record(AuditKind.PROGRAMME_CHANGED, null, null, "#" + p.id() + " " + p.name(), before, describe(p));
        }
        // courses, period or completions-valid-from may have changed: who is trained, and since when, is derived again
        progress.rebuild(p);
        return p;
    }

    public ProgrammeView view(Programme p) {
        return ProgrammeView.of(p, p.courseIds().stream()
                .map(c -> new ProgrammeView.Course(c, title(c))).toList());
    }

    /** A course's title: ours from the catalogue, a cmi5 course's from its package (docs/xapi.md §13.3). */
    private String title(String courseId) {
        if (courses.knows(courseId) && courses.course(courseId).isPresent()) {
            return courses.title(courseId, messages.locale());
        }
        return cmi5.title(courseId).map(t -> "en".equals(messages.locale().getLanguage()) ? t.en() : t.vi())
                .orElseGet(() -> courses.title(courseId, messages.locale()));
    }

    /** What decides a programme's figures, as audit text (the report header is layout, not a figure). */
    private static String describe(Programme p) {
        return "name=" + p.name() + "; period=" + p.periodStart() + ".." + p.deadline() + "; target=" + p.targetPercent().toPlainString()
                + "; categories=" + new java.util.TreeSet<>(p.categories()) + "; courses=" + p.courseIds()
                + "; completionsValidFrom=" + (p.completionsValidFrom() == null ? "(period start)" : p.completionsValidFrom());
    }

    /** Rules that need more than one field, each reported with where it is and how to fix it. */
    private void check(ProgrammeForm form) {
        List<Problem.Detail> details = new ArrayList<>();
        if (form.deadline().isBefore(form.periodStart())) {
            details.add(Problem.Detail.field("deadline", form.deadline().toString(), messages.get("programme.deadline.order"),
                    messages.get("programme.deadline.order.fix")));
        }
        if (form.completionsValidFrom() != null && form.completionsValidFrom().isAfter(form.deadline())) {
            details.add(Problem.Detail.field("completionsValidFrom", form.completionsValidFrom().toString(),
                    messages.get("programme.validFrom.order"), messages.get("programme.validFrom.order.fix")));
        }
        Set<String> seen = new HashSet<>();
        for (String id : form.courseIds()) {
            String course = id.strip();
            if (!seen.add(course)) {
                details.add(Problem.Detail.field("courseIds", course, messages.get("programme.course.twice"), null));
            } else if (!courses.knows(course) && cmi5.title(course).isEmpty()) {
                details.add(Problem.Detail.field("courseIds", course, messages.get("programme.course.unknown"),
                        messages.get("programme.course.unknown.fix")));
            }
        }
        if (!details.isEmpty()) {
            throw new Problem(400, "INVALID_INPUT", messages.get("error.invalidInput"), details);
        }
    }
}
