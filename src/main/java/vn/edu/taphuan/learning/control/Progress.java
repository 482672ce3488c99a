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
import vn.edu.taphuan.learning.entity.PastCompletion;
import vn.edu.taphuan.learning.entity.QuizAttempt;
import vn.edu.taphuan.platform.Clocks;
import vn.edu.taphuan.platform.NumberBlocks;
import vn.edu.taphuan.reporting.entity.Rules;
import vn.edu.taphuan.xapi.control.Completions;
import vn.edu.taphuan.xapi.control.LearningRecord;
import vn.edu.taphuan.xapi.entity.CompletionView;
import vn.edu.taphuan.xapi.entity.LearningEvent;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
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

    @Inject
    ProgrammeStandings standings;

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

    /**
     * The person starts the course again for a running programme their earlier completion does not count for: a new
     * run (its own registration, lessons, quizzes and certificate) after the current one, which stays as history.
     * The current run when it is already a retraining not completed yet (a second click, or another programme that
     * runs too: a completion now counts for every running programme). The caller checked that retraining is due
     * ({@link vn.edu.taphuan.learning.entity.ProgrammeStanding#retrainDue()}).
     */
    @Transactional
    public CourseAttempt retrain(long staffId, Course course, long programmeId) {
        Optional<CourseAttempt> current = locked(staffId, course.id());
        if (current.isPresent() && current.get().retraining()) {
            return current.get();
        }
        // two first clicks at once on a course completed only in person: the unique (staff, course, number) fails one, retried
        CourseAttempt next = CourseAttempt.retraining(numbers.next(COURSE_ATTEMPT_IDS), staffId, course,
                current.map(a -> a.attemptNo() + 1).orElse(1), programmeId, now());
        em.persist(next);
        em.flush();
        return next;
    }

    /** The person's current (latest) run of the course. */
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
     * My courses: one status per course of the catalogue, in its order, with the history of completions and the
     * standing for each running programme that requires the course of the person; five small queries whatever the
     * count, and one more (the person's in-person attendance) for someone with a completion stated by this service.
     */
    public List<CourseStatus> statuses(long staffId, List<Course> courses) {
        Map<String, CourseAttempt> attempts = new HashMap<>();
        em.createNamedQuery(CourseAttempt.OF_STAFF, CourseAttempt.class).setParameter("staff", staffId)
                .getResultList().forEach(a -> attempts.put(a.courseId(), a)); // oldest run first: the current one stays
        Map<String, List<CompletionView>> completed = new HashMap<>();
        completions.of(staffId).forEach(c -> completed.computeIfAbsent(c.courseId(), k -> new ArrayList<>()).add(c)); // newest first
        Map<String, List<Certificate>> certs = new HashMap<>();
        certificates.ofStaff(staffId).forEach(c -> certs.computeIfAbsent(c.courseId(), k -> new ArrayList<>()).add(c));
        Set<String> inPerson = completed.values().stream().flatMap(List::stream).allMatch(CompletionView::external) ? Set.of()
                : sessions.attendedStatements(staffId); // one indexed look-up (session_attendance_staff_ix, V6), only for someone with completions
        List<Rules> running = standings.running(staffId);
        ZoneId zone = standings.zone();
        return courses.stream().map(course -> {
            List<CompletionView> done = completed.getOrDefault(course.id(), List.of());
            List<Certificate> issued = certs.getOrDefault(course.id(), List.of());
            CourseAttempt attempt = attempts.get(course.id());
            List<PastCompletion> history = done.stream().map(c -> past(c, issued, inPerson)).toList();
            CourseStatus status = status(course, attempt, done.isEmpty() ? null : done.get(0), newest(issued), inPerson);
            return status.with(history, ProgrammeStandings.of(course.id(), running, history, attempt, zone));
        }).toList();
    }

    /** The newest certificate of a course, or null. */
    static Certificate newest(List<Certificate> issued) {
        return issued.stream().max(Comparator.comparing(Certificate::issuedAt)).orElse(null);
    }

    /**
     * A completion as history, with the certificate issued with it: the one of the same course issued at the same
     * moment (the completion's statement and the certificate are made together, Progress#completeIfDone; the
     * statement's time may have lost sub-second digits).
     */
    static PastCompletion past(CompletionView c, List<Certificate> issued, Set<String> inPerson) {
        Certificate cert = issued.stream()
                .filter(x -> Math.abs(Duration.between(x.issuedAt(), c.completedAt()).toMillis()) < SAME_MOMENT_MILLIS).findFirst().orElse(null);
        Integer score = c.scaledScore() != null ? (Integer) percent(c.scaledScore()) : cert == null ? null : cert.scorePercent();
        return new PastCompletion(c.completedAt(), score, cert == null ? null : cert.code(), through(c, inPerson));
    }

    static final long SAME_MOMENT_MILLIS = 2000;

    static int percent(double scaled) {
        return (int) Math.floor(scaled * 100 + 1e-9);
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
        if (completion != null && !(attempt != null && attempt.retraining())) { // retraining: the new run is what shows
            CompletedThrough through = through(completion, inPerson);
            // a session or another system's completion is not scored by our quiz: no quiz score is shown for it
            Integer score = completion.scaledScore() != null ? (Integer) percent(completion.scaledScore())
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
        return Clocks.utcNow();
    }
}
