package vn.edu.taphuan.learning.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import vn.edu.taphuan.courses.entity.Course;
import vn.edu.taphuan.learning.entity.Certificate;
import vn.edu.taphuan.learning.entity.CourseAttempt;
import vn.edu.taphuan.learning.entity.CourseStatus;
import vn.edu.taphuan.learning.entity.CourseStatus.CompletedThrough;
import vn.edu.taphuan.learning.entity.QuizAttempt;
import vn.edu.taphuan.platform.NumberBlocks;
import vn.edu.taphuan.reporting.control.TrainingSessions;
import vn.edu.taphuan.xapi.control.Completions;
import vn.edu.taphuan.xapi.control.LearningRecord;
import vn.edu.taphuan.xapi.entity.CompletionView;
import vn.edu.taphuan.xapi.entity.LearningEvent;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

/**
 * A learner's way through a course: opening it, reading lessons (with the resume point) and completing it.
 * Every step is reported to {@link LearningRecord} in the same transaction as the progress it changes.
 * Writes lock the learner's course row, so two tabs (or a double click) take turns instead of racing.
 * Callers retry a write once when it fails on a conflict (see {@link Retry}).
 */
@ApplicationScoped
public class Progress {
    private static final Logger LOG = Logger.getLogger(Progress.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    LearningRecord record;

    @Inject
    Completions completions;

    @Inject
    Certificates certificates;

    @Inject
    NumberBlocks numbers;

    @Inject
    TrainingSessions sessions;

    static final NumberBlocks.Counter COURSE_ATTEMPT_IDS = new NumberBlocks.Counter("course_attempt", 100);

    /** The learner opens the course: starts their run on first visit and records a launch. */
    @Transactional
    public CourseAttempt launch(long staffId, Course course) {
        CourseAttempt attempt = attempt(staffId, course);
        LocalDateTime now = now();
        attempt.touch(now);
        record.record(event(LearningEvent.Kind.COURSE_LAUNCHED, attempt, course, null, null, null, null, null, now));
        return attempt;
    }

    /** What reading a lesson changed. */
    public record Reading(CourseAttempt attempt, boolean firstTime, Optional<Certificate> certificate) {
    }

    /** Marks a lesson read (recorded the first time only), moves the resume point, completes the course if due. */
    @Transactional
    public Reading read(long staffId, Course course, String lessonId) {
        CourseAttempt attempt = attempt(staffId, course);
        LocalDateTime now = now();
        boolean first = attempt.read(course, lessonId, now);
        List<LearningEvent> events = new ArrayList<>(2);
        if (first) {
            events.add(event(LearningEvent.Kind.LESSON_READ, attempt, course, lessonId, null, null, null, null, now));
        }
        Optional<Certificate> certificate = completeIfDone(attempt, course, now, events);
        if (!events.isEmpty()) {
            record.recordAll(events); // the read and any completion: one batch
        }
        return new Reading(attempt, first, certificate);
    }

    /**
     * The learner's row for this course, locked for the rest of this transaction (by primary key), created on first
     * use. The look-up itself takes no lock: a locking read of a missing key would hold a range lock on Derby. Two
     * first requests at once both insert; the unique (staff, course) key fails one of them, which the API retries.
     */
    public CourseAttempt attempt(long staffId, Course course) {
        Optional<CourseAttempt> found = find(staffId, course.id());
        if (found.isEmpty()) {
            CourseAttempt created = new CourseAttempt(numbers.next(COURSE_ATTEMPT_IDS), staffId, course, now());
            em.persist(created);
            em.flush();
            return created;
        }
        em.lock(found.get(), LockModeType.PESSIMISTIC_WRITE);
        return found.get();
    }

    /** The learner's existing row for this course, locked for the rest of this transaction. */
    public Optional<CourseAttempt> locked(long staffId, String courseId) {
        Optional<CourseAttempt> found = find(staffId, courseId);
        found.ifPresent(a -> em.lock(a, LockModeType.PESSIMISTIC_WRITE));
        return found;
    }

    public Optional<CourseAttempt> find(long staffId, String courseId) {
        return em.createNamedQuery(CourseAttempt.OF_STAFF_COURSE, CourseAttempt.class)
                .setParameter("staff", staffId).setParameter("course", courseId).getResultStream().findFirst();
    }

    /**
     * Completes the course when the rule holds (every lesson read, a quiz passed at the mastery score) and it is
     * not completed yet: issues the certificate and adds the completion event, with the best passing score, to
     * {@code events} — for the caller to record with its own events in one batch (the lesson read, or the quiz's
     * answers and result).
     */
    public Optional<Certificate> completeIfDone(CourseAttempt attempt, Course course, LocalDateTime now, List<LearningEvent> events) {
        if (attempt.completed() || !attempt.readAll(course)) {
            return Optional.empty();
        }
        Optional<QuizAttempt.Score> best = em.createNamedQuery(QuizAttempt.PASSED_SCORES, QuizAttempt.Score.class)
                .setParameter("attempt", attempt).getResultStream()
                .max(java.util.Comparator.comparingInt(QuizAttempt.Score::percent));
        if (best.isEmpty() || !attempt.completes(course, true)) {
            return Optional.empty();
        }
        QuizAttempt.Score score = best.get();
        attempt.complete(course, now);
        events.add(event(LearningEvent.Kind.COURSE_COMPLETED, attempt, course, null, score.raw(), score.max(),
                true, attempt.timeSpent(now), now));
        return Optional.of(certificates.issue(attempt, course, score.percent(), now));
    }

    /**
     * My courses: one status per course of the catalogue, in its order; three small queries whatever the count, and
     * a fourth (the person's in-person attendance) for someone with a completion stated by this service.
     */
    public List<CourseStatus> statuses(long staffId, List<Course> courses) {
        Map<String, CourseAttempt> attempts = new HashMap<>();
        em.createNamedQuery(CourseAttempt.OF_STAFF, CourseAttempt.class).setParameter("staff", staffId)
                .getResultList().forEach(a -> attempts.put(a.courseId(), a));
        Map<String, CompletionView> completed = new HashMap<>();
        completions.of(staffId).forEach(c -> completed.putIfAbsent(c.courseId(), c)); // newest first
        Map<String, Certificate> certs = new HashMap<>();
        certificates.ofStaff(staffId).forEach(c -> certs.putIfAbsent(c.courseId(), c));
        Set<String> inPerson = completed.values().stream().allMatch(CompletionView::external) ? Set.of()
                : sessions.attendedStatements(staffId); // one indexed look-up (session_attendance_staff_ix, V6), only for someone with completions
        return courses.stream().map(course -> status(course, attempts.get(course.id()), completed.get(course.id()),
                certs.get(course.id()), inPerson)).toList();
    }

    static CompletedThrough through(CompletionView completion, Set<String> inPerson) {
        return completion.external() ? CompletedThrough.EXTERNAL
                : inPerson.contains(completion.statementId()) ? CompletedThrough.IN_PERSON : CompletedThrough.ONLINE;
    }

    static CourseStatus status(Course course, CourseAttempt attempt, CompletionView completion, Certificate certificate,
                               Set<String> inPerson) {
        int count = course.lessons().size();
        int read = attempt == null ? 0 : (int) attempt.lessonsReadOf(course);
        String resume = attempt == null ? null : attempt.resumeAt(course).orElse(null);
        if (completion != null) {
            CompletedThrough through = through(completion, inPerson);
            // a session or another system's completion is not scored by our quiz: no quiz score is shown for it
            Integer score = completion.scaledScore() != null ? (Integer) (int) Math.floor(completion.scaledScore() * 100 + 1e-9)
                    : attempt == null || through != CompletedThrough.ONLINE ? null : attempt.bestPercent();
            return new CourseStatus(course.id(), CourseStatus.State.COMPLETED, read, count, score, completion.completedAt(),
                    certificate == null ? null : certificate.code(), resume, through);
        }
        if (attempt == null) {
            return new CourseStatus(course.id(), CourseStatus.State.NOT_STARTED, 0, count, null, null, null, null, null);
        }
        return new CourseStatus(course.id(), CourseStatus.State.IN_PROGRESS, read, count, attempt.bestPercent(), null, null, resume, null);
    }

    static LearningEvent event(LearningEvent.Kind kind, CourseAttempt attempt, Course course, String lessonId,
                               Integer scoreRaw, Integer scoreMax, Boolean success, Duration duration, LocalDateTime at) {
        return new LearningEvent(kind, attempt.staffId(), course.id(), course.version(), lessonId, attempt.registration(),
                scoreRaw, scoreMax, success, duration, at.toInstant(ZoneOffset.UTC));
    }

    static LocalDateTime now() {
        return LocalDateTime.now(ZoneOffset.UTC);
    }
}
