package vn.edu.taphuan.learning.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import vn.edu.taphuan.courses.entity.Course;
import vn.edu.taphuan.learning.entity.CourseAttempt;

import java.time.LocalDateTime;

/**
 * Starts a staff member's run through a course in a transaction of its own. Two first clicks at once both try;
 * the unique (staff, course) key lets one win, and the caller simply reads the winner's row.
 */
@ApplicationScoped
public class Registrations {

    @PersistenceContext
    EntityManager em;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void start(long staffId, Course course, LocalDateTime now) {
        em.persist(new CourseAttempt(staffId, course, now));
        em.flush();
    }
}
