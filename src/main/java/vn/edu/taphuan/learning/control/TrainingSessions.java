package vn.edu.taphuan.learning.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import vn.edu.taphuan.audit.control.AuditLog;
import vn.edu.taphuan.audit.entity.AuditKind;
import vn.edu.taphuan.directory.control.Roster;
import vn.edu.taphuan.directory.entity.Staff;
import vn.edu.taphuan.platform.Messages;
import vn.edu.taphuan.platform.Problem;
import vn.edu.taphuan.reporting.control.Programmes;
import vn.edu.taphuan.reporting.control.Reporting;
import vn.edu.taphuan.reporting.entity.Programme;
import vn.edu.taphuan.learning.entity.SessionForm;
import vn.edu.taphuan.learning.entity.SessionView;
import vn.edu.taphuan.learning.entity.TrainingSession;
import vn.edu.taphuan.xapi.control.LearningRecord;
import vn.edu.taphuan.xapi.entity.LearningEvent;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * In-person training: paper sessions count. A district admin records a session of one required course and its
 * attendance list; each attendee's completion enters the record through {@link LearningRecord} (a
 * COURSE_COMPLETED event, so it becomes an xAPI statement like an online completion) timed at noon of the
 * session day, local time. The whole list is checked first and recorded in one transaction: all or nothing.
 */
@ApplicationScoped
public class TrainingSessions {
    static final LocalTime SESSION_TIME = LocalTime.NOON;

    @PersistenceContext
    EntityManager em;

    @Inject
    Programmes programmes;

    @Inject
    Roster roster;

    @Inject
    LearningRecord learningRecord;

    @Inject
    Reporting reporting;

    @Inject
    Messages messages;

    @Inject
    AuditLog audit;

    @Transactional
    public SessionView record(long programmeId, SessionForm form, String recordedBy) {
        Programme programme = programmes.programme(programmeId);
        List<Problem.Detail> problems = new ArrayList<>();
        String course = form.courseId().strip();
        if (!programme.courseIds().contains(course)) {
            problems.add(Problem.Detail.field("courseId", course, messages.get("session.course.notInProgramme"),
                    messages.get("session.course.notInProgramme.fix", String.join(", ", programme.courseIds()))));
        }
        LocalDate today = reporting.today();
        if (form.heldOn().isAfter(today)) {
            problems.add(Problem.Detail.field("heldOn", form.heldOn().toString(), messages.get("session.heldOn.future"), null));
        } else if (form.heldOn().isBefore(programme.periodStart()) || form.heldOn().isAfter(programme.deadline())) {
            problems.add(Problem.Detail.field("heldOn", form.heldOn().toString(), messages.get("session.heldOn.outside"),
                    messages.get("session.heldOn.outside.fix", programme.periodStart(), programme.deadline())));
        }
        Map<String, Staff> attendees = new LinkedHashMap<>();
        for (int i = 0; i < form.staffCodes().size(); i++) {
            String code = form.staffCodes().get(i).strip();
            var staff = roster.findStaff(code);
            if (staff.isEmpty()) {
                problems.add(new Problem.Detail(i + 1, "staffCodes", code, messages.get("staff.notFound", code), messages.get("session.staff.fix")));
            } else {
                attendees.putIfAbsent(code, staff.get());
            }
        }
        if (!problems.isEmpty()) {
            throw new Problem(400, "INVALID_INPUT", messages.get("error.invalidInput"), problems);
        }
        TrainingSession session = new TrainingSession(programmeId, form, recordedBy);
        em.persist(session);
        em.flush();
        Instant at = form.heldOn().atTime(SESSION_TIME).atZone(reporting.zone()).toInstant();
        for (Staff s : attendees.values()) {
            UUID statement = learningRecord.record(new LearningEvent(LearningEvent.Kind.COURSE_COMPLETED, s.id(), course,
                    session.courseVersion(), null, UUID.randomUUID(), null, null, Boolean.TRUE, null, at));
            em.createNativeQuery("INSERT INTO session_attendance (session_id, staff_id, statement_id) VALUES (?, ?, ?)")
                    .setParameter(1, session.id()).setParameter(2, s.id()).setParameter(3, statement.toString()).executeUpdate();
            // one entry per attendee: each moves that person's school, and each can be read per person
            audit.record(AuditKind.SESSION_RECORDED, s.school().code(), s.code(), "programme #" + programmeId + ", session #" + session.id(),
                    null, "course=" + course + "; heldOn=" + form.heldOn() + "; place=" + session.place() + "; statement=" + statement);
        }
        return new SessionView(session.id(), session.courseId(), session.courseVersion(), session.heldOn(), session.place(), session.note(),
                attendees.size(), recordedBy, session.recordedAt());
    }

    /** The statements of this person's in-person completions (their attendance of recorded sessions). */
    @SuppressWarnings("unchecked")
    public Set<String> attendedStatements(long staffId) {
        List<String> ids = em.createNativeQuery("SELECT statement_id FROM session_attendance WHERE staff_id = ?")
                .setParameter(1, staffId).getResultList();
        return Set.copyOf(ids);
    }

    @SuppressWarnings("unchecked")
    public List<SessionView> of(long programmeId) {
        programmes.programme(programmeId);
        List<Object[]> rows = em.createNativeQuery("SELECT t.id, t.course_id, t.course_version, t.held_on, t.place, t.note, "
                + "(SELECT COUNT(*) FROM session_attendance a WHERE a.session_id = t.id), t.recorded_by, t.recorded_at "
                + "FROM training_session t WHERE t.programme_id = ? ORDER BY t.held_on DESC, t.id DESC").setParameter(1, programmeId).getResultList();
        return rows.stream().map(r -> new SessionView(((Number) r[0]).longValue(), (String) r[1], ((Number) r[2]).intValue(),
                ((java.sql.Date) r[3]).toLocalDate(), (String) r[4], (String) r[5], ((Number) r[6]).longValue(), (String) r[7],
                ((Timestamp) r[8]).toLocalDateTime())).toList();
    }
}
