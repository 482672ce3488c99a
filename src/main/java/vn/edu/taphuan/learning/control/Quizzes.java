package vn.edu.taphuan.learning.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import vn.edu.taphuan.courses.entity.Course;
import vn.edu.taphuan.learning.entity.Certificate;
import vn.edu.taphuan.learning.entity.CourseAttempt;
import vn.edu.taphuan.learning.entity.QuizAttempt;
import vn.edu.taphuan.learning.entity.QuizItem;
import vn.edu.taphuan.platform.Messages;
import vn.edu.taphuan.platform.NumberBlocks;
import vn.edu.taphuan.platform.Problem;
import vn.edu.taphuan.xapi.control.LearningRecord;
import vn.edu.taphuan.xapi.entity.LearningEvent;

import java.security.SecureRandom;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Quizzes: draws (or gives back the open draw), scores answers on the server and records each answer and the
 * result. A failed quiz is retried with a new draw; a passed one may complete the course.
 */
@ApplicationScoped
public class Quizzes {
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    EntityManager em;

    @Inject
    Progress progress;

    @Inject
    LearningRecord record;

    @Inject
    Messages messages;

    @Inject
    NumberBlocks numbers;

    static final NumberBlocks.Counter QUIZ_ATTEMPT_IDS = new NumberBlocks.Counter("quiz_attempt", 100);

    /**
     * The quiz to take now: the open (not yet submitted) draw if there is one that still fits the course, else
     * a new draw. Reloading the page therefore shows the same questions; only submitting ends a draw.
     */
    @Transactional
    public QuizAttempt start(long staffId, Course course) {
        CourseAttempt attempt = progress.attempt(staffId, course);
        Optional<QuizAttempt> latest = latest(attempt);
        if (latest.isPresent() && !latest.get().submitted() && latest.get().courseVersion() == course.version()
                && latest.get().fits(course)) {
            return latest.get();
        }
        // a new attempt avoids the questions of the previous one (the first quiz, those of the pre-test), pool allowing
        Set<String> avoid = latest.or(() -> pretest(attempt)).map(QuizAttempt::questionIds).orElse(Set.of());
        QuizAttempt quiz = QuizAttempt.draw(numbers.next(QUIZ_ATTEMPT_IDS), attempt, course,
                latest.map(QuizAttempt::attemptNo).orElse(0) + 1, avoid, RANDOM, Progress.now());
        em.persist(quiz);
        return quiz;
    }

    /** A submitted quiz and, when it completed the course, its certificate. */
    public record Submitted(QuizAttempt quiz, CourseAttempt attempt, Optional<Certificate> certificate) {
    }

    /** Scores the answers ({@code questionId → positions as shown}) and records the answers and the result. */
    @Transactional
    public Submitted submit(long staffId, Course course, String quizId, Map<String, List<Integer>> shownPicks) {
        Open open = open(staffId, course, quizId, false, "QUIZ_SUBMITTED", "quiz.submitted");
        CourseAttempt attempt = open.attempt();
        QuizAttempt quiz = open.quiz();
        LocalDateTime now = Progress.now();
        score(quiz, course, shownPicks, now, messages);
        List<LearningEvent> events = new ArrayList<>();
        for (QuizItem item : quiz.items()) {
            events.add(Progress.event(LearningEvent.Kind.QUESTION_ANSWERED, attempt, course, item.questionId(),
                    item.right() ? 1 : 0, 1, item.right(), null, now));
        }
        events.add(Progress.event(quiz.passed() ? LearningEvent.Kind.QUIZ_PASSED : LearningEvent.Kind.QUIZ_FAILED,
                attempt, course, null, quiz.scoreRaw(), quiz.scoreMax(), quiz.passed(), quiz.duration(), now));
        attempt.scored(quiz.percent());
        attempt.touch(now);
        Optional<Certificate> certificate = quiz.passed() ? progress.completeIfDone(attempt, course, now, events) : Optional.empty();
        record.recordAll(events); // answers, result and any completion: one batch
        return new Submitted(quiz, attempt, certificate);
    }

    /** A learner's course run, locked, and an unsubmitted draw of it ready to be scored. */
    record Open(CourseAttempt attempt, QuizAttempt quiz) {
    }

    /**
     * The draw {@code quizId} to score: the learner's own (their run locked for the submit), a pre-test or a quiz as
     * {@code pretest} says (404 otherwise), not submitted yet ({@code submittedCode}, a 409 with the message under
     * {@code submittedKey}) and drawn from the course as it is now (409 QUIZ_OUTDATED).
     */
    Open open(long staffId, Course course, String quizId, boolean pretest, String submittedCode, String submittedKey) {
        CourseAttempt attempt = progress.locked(staffId, course.id())
                .orElseThrow(() -> Problem.notFound(messages.get("quiz.notFound", quizId)));
        QuizAttempt quiz = owned(attempt, quizId);
        if (quiz.pretest() != pretest) {
            throw Problem.notFound(messages.get("quiz.notFound", quizId));
        }
        if (quiz.submitted()) {
            throw Problem.conflict(submittedCode, messages.get(submittedKey));
        }
        if (!quiz.fits(course)) {
            throw Problem.conflict("QUIZ_OUTDATED", messages.get("quiz.outdated"));
        }
        return new Open(attempt, quiz);
    }

    /** Scores a quiz or pre-test; an answer to a question not asked, or a choice not shown, is a 400. */
    static void score(QuizAttempt quiz, Course course, Map<String, List<Integer>> shownPicks, LocalDateTime now, Messages messages) {
        try {
            quiz.submit(course, shownPicks, now);
        } catch (IllegalArgumentException e) {
            throw new Problem(400, "INVALID_ANSWER", messages.get("quiz.invalidAnswer", e.getMessage()), List.of(
                    Problem.Detail.field("answers", e.getMessage(), messages.get("quiz.invalidAnswer", e.getMessage()),
                            messages.get("quiz.invalidAnswer.fix"))));
        }
    }

    /** A quiz of this learner for this course (submitted or not); 404 for anyone else's. */
    public QuizAttempt find(long staffId, Course course, String quizId) {
        CourseAttempt attempt = progress.find(staffId, course.id())
                .orElseThrow(() -> Problem.notFound(messages.get("quiz.notFound", quizId)));
        QuizAttempt quiz = owned(attempt, quizId);
        if (quiz.pretest()) {
            throw Problem.notFound(messages.get("quiz.notFound", quizId)); // its answers are never shown
        }
        return quiz;
    }

    QuizAttempt owned(CourseAttempt attempt, String quizId) {
        return em.createNamedQuery(QuizAttempt.BY_PUBLIC_ID, QuizAttempt.class).setParameter("id", quizId)
                .getResultStream().filter(q -> q.courseAttempt().id().equals(attempt.id())).findFirst()
                .orElseThrow(() -> Problem.notFound(messages.get("quiz.notFound", quizId)));
    }

    /** The learner's pre-test of this course run, if they took (or opened) one. */
    public Optional<QuizAttempt> pretest(CourseAttempt attempt) {
        return em.createNamedQuery(QuizAttempt.PRETEST_OF, QuizAttempt.class).setParameter("attempt", attempt)
                .getResultStream().findFirst();
    }

    /** Whether the learner submitted any quiz of this course run (the pre-test is offered only before). */
    boolean anyQuiz(CourseAttempt attempt) {
        return latest(attempt).isPresent();
    }

    private Optional<QuizAttempt> latest(CourseAttempt attempt) {
        return em.createNamedQuery(QuizAttempt.OF_COURSE_ATTEMPT, QuizAttempt.class).setParameter("attempt", attempt)
                .setMaxResults(1).getResultStream().findFirst();
    }
}
