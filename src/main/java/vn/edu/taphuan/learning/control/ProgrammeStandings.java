package vn.edu.taphuan.learning.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.edu.taphuan.directory.entity.Staff;
import vn.edu.taphuan.learning.entity.CourseAttempt;
import vn.edu.taphuan.learning.entity.PastCompletion;
import vn.edu.taphuan.learning.entity.ProgrammeStanding;
import vn.edu.taphuan.reporting.control.Programmes;
import vn.edu.taphuan.reporting.entity.Programme;
import vn.edu.taphuan.reporting.entity.Rules;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * A learner's standing with the programmes running today: which ones require which course of them, and whether
 * what they completed counts. Whether a completion counts is decided by {@link Rules#counts}, the window the
 * reports count with, so "not yet done for this programme" on the learner's page and "not trained" in the school's
 * report always agree.
 */
@ApplicationScoped
public class ProgrammeStandings {

    @PersistenceContext
    EntityManager em;

    @Inject
    Programmes programmes;

    /** The report's zone: a programme's days, and so its window, are taken there (as in reporting/control). */
    @Inject
    Clock clock;

    /** Programmes running today whose categories include the person's, newest first. */
    public List<Rules> running(long staffId) {
        Staff staff = em.find(Staff.class, staffId);
        LocalDate today = LocalDate.now(clock);
        return programmes.runningOn(today).stream().map(Programme::rules)
                .filter(r -> staff != null && r.categories().contains(staff.category())).toList();
    }

    ZoneId zone() {
        return clock.getZone();
    }

    /**
     * The person's standing with one course for each running programme that requires it.
     *
     * @param history the person's completions of the course, newest first
     * @param current the person's current run of the course, or null
     */
    static List<ProgrammeStanding> of(String courseId, List<Rules> running, List<PastCompletion> history, CourseAttempt current,
                                      ZoneId zone) {
        return running.stream().filter(r -> r.courseIds().contains(courseId)).map(r -> {
            // the first counting completion is the one the report counts (ProgrammeProgress: MIN(completed_at) in the window)
            PastCompletion counting = history.stream().filter(c -> r.counts(c.completedAt(), zone))
                    .reduce((newer, older) -> older).orElse(null);
            List<PastCompletion> earlier = history.stream()
                    .filter(c -> c.completedAt().isBefore(Rules.utcStartOf(r.countsFrom(), zone))).toList();
            return new ProgrammeStanding(r.id(), r.name(), counting != null, counting == null ? null : counting.completedAt(),
                    counting == null && current != null && current.retraining(), earlier);
        }).toList();
    }
}
