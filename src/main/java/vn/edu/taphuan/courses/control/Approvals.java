package vn.edu.taphuan.courses.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import vn.edu.taphuan.audit.control.AuditLog;
import vn.edu.taphuan.audit.entity.AuditKind;
import vn.edu.taphuan.courses.entity.Course;
import vn.edu.taphuan.courses.entity.CourseApproval;
import vn.edu.taphuan.platform.Clocks;
import vn.edu.taphuan.platform.Messages;
import vn.edu.taphuan.platform.Problem;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Approvals of course versions: recording one (the version in force only, once) and reading them. */
@ApplicationScoped
public class Approvals {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Messages messages;

    @Inject
    AuditLog audit;

    /**
     * Records that {@code approvedBy} approved {@code version} of the course, with an audit entry in the same
     * transaction. Only the version in force can be
     * approved (what the admin read is what learners get); approving it twice is a conflict.
     */
    @Transactional
    public CourseApproval approve(Course course, int version, String approvedBy, String note) {
        if (version != course.version()) {
            String problem = messages.get("approval.version", course.id(), version, course.version());
            throw new Problem(400, "APPROVAL_VERSION", problem, List.of(Problem.Detail.field("version", String.valueOf(version),
                    problem, messages.get("approval.version.fix", course.version()))));
        }
        if (!em.createNamedQuery(CourseApproval.OF_VERSION, CourseApproval.class).setParameter("course", course.id())
                .setParameter("version", version).getResultList().isEmpty()) {
            throw Problem.conflict("APPROVAL_EXISTS", messages.get("approval.exists", course.id(), version));
        }
        CourseApproval approval = new CourseApproval(course.id(), version, approvedBy, Clocks.utc(clock),
                note == null || note.isBlank() ? null : note.strip());
        em.persist(approval);
        audit.record(AuditKind.COURSE_APPROVED, null, null, "course:" + course.id(), null,
                "version " + version + (approval.note() == null ? "" : ": " + approval.note()));
        return approval;
    }

    /** Every approval, newest first (a handful per course). */
    public List<CourseApproval> all() {
        return em.createNamedQuery(CourseApproval.ALL, CourseApproval.class).getResultList();
    }

    /** "course@version" of every approved version: whether a course is still a draft. */
    public Set<String> approvedVersions() {
        return all().stream().map(a -> a.courseId() + "@" + a.courseVersion()).collect(Collectors.toSet());
    }

    public static boolean isApproved(Set<String> approvedVersions, Course course) {
        return approvedVersions.contains(course.id() + "@" + course.version());
    }
}
