package vn.edu.taphuan.xapi.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import vn.edu.taphuan.xapi.entity.LearningEvent;

import java.sql.Timestamp;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * The one door through which learning events enter the record. It joins the caller's transaction, so the
 * learner's progress and its record commit or fail together: nothing is lost, nothing is half-written.
 * <p>
 * Interim: keeps the completion projection only. The xAPI issue turns every event into a stored statement
 * (and outbox rows) here, without changing this signature.
 */
@ApplicationScoped
public class LearningRecord {

    @PersistenceContext
    EntityManager em;

    /** Records the event; returns the id of the statement that records it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID record(LearningEvent event) {
        UUID statementId = UUID.randomUUID();
        if (event.kind() == LearningEvent.Kind.COURSE_COMPLETED) {
            em.createNativeQuery("INSERT INTO completion (statement_id, staff_id, course_id, course_version, completed_at, scaled_score) "
                            + "VALUES (?, ?, ?, ?, ?, ?)")
                    .setParameter(1, statementId.toString())
                    .setParameter(2, event.staffId())
                    .setParameter(3, event.courseId())
                    .setParameter(4, event.courseVersion())
                    .setParameter(5, Timestamp.valueOf(event.timestamp().atOffset(ZoneOffset.UTC).toLocalDateTime()))
                    .setParameter(6, event.scaledScore())
                    .executeUpdate();
        }
        return statementId;
    }
}
