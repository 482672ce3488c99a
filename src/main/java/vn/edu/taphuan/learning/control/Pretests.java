package vn.edu.taphuan.learning.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import vn.edu.taphuan.courses.entity.Course;
import vn.edu.taphuan.learning.entity.CourseAttempt;
import vn.edu.taphuan.learning.entity.QuizAttempt;
import vn.edu.taphuan.platform.Messages;
import vn.edu.taphuan.platform.NumberBlocks;
import vn.edu.taphuan.platform.Problem;
import vn.edu.taphuan.xapi.control.LearningRecord;
import vn.edu.taphuan.xapi.entity.LearningEvent;

import java.security.SecureRandom;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The short pre-test before a course's first lesson ({@code pretestSize} questions, one per lesson first): what the
 * learner knew before, for the learning-gain report. It is offered until the learner reads a lesson or takes the
 * quiz, scored but neither passed nor failed, never counted toward completion, and recorded as its own xAPI
 * activity (docs/xapi.md). Its answers are not shown: the same questions may come in the quiz.
 */
@ApplicationScoped
public class Pretests {
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    EntityManager em;

    @Inject
    Progress progress;

    @Inject
    Quizzes quizzes;

    @Inject
    LearningRecord record;

    @Inject
    Messages messages;

    @Inject
    NumberBlocks numbers;

    /** Where a learner stands with a course's pre-test. */
    public enum State { NONE, DUE, OPEN, DONE, TOO_LATE }

    /** The pre-test to take now: the open one (same questions on reload) or a new draw. */
    @Transactional
    public QuizAttempt start(long staffId, Course course) {
        if (course.pretestSize() == 0) {
            throw Problem.notFound(messages.get("pretest.none", course.id()));
        }
        CourseAttempt attempt = progress.attempt(staffId, course);
        Optional<QuizAttempt> existing = quizzes.pretest(attempt);
        if (existing.isPresent() && existing.get().submitted()) {
            throw Problem.conflict("PRETEST_DONE", messages.get("pretest.done"));
        }
        if (existing.isPresent() && existing.get().fits(course)) {
            return existing.get();
        }
        if (attempt.lessonsReadOf(course) > 0 || quizzes.anyQuiz(attempt)) {
            throw Problem.conflict("PRETEST_TOO_LATE", messages.get("pretest.tooLate"));
        }
        existing.ifPresent(em::remove); // drawn from an earlier version of the course and never answered
        em.flush();
        QuizAttempt pretest = QuizAttempt.pretest(numbers.next(Quizzes.QUIZ_ATTEMPT_IDS), attempt, course, RANDOM, Progress.now());
        em.persist(pretest);
        return pretest;
    }

    /** Scores the pre-test and records its result; no completion can follow from it. */
    @Transactional
    public QuizAttempt submit(long staffId, Course course, String quizId, Map<String, List<Integer>> shownPicks) {
        Quizzes.Open open = quizzes.open(staffId, course, quizId, true, "PRETEST_DONE", "pretest.done");
        CourseAttempt attempt = open.attempt();
        QuizAttempt pretest = open.quiz();
        LocalDateTime now = Progress.now();
        Quizzes.score(pretest, course, shownPicks, now, messages);
        attempt.touch(now);
        record.record(Progress.event(LearningEvent.Kind.PRETEST_SCORED, attempt, course, null, pretest.scoreRaw(),
                pretest.scoreMax(), null, pretest.duration(), now));
        return pretest;
    }

    /** The learner's state for the course page; {@code attempt} null = not started. */
    public State state(Course course, CourseAttempt attempt) {
        if (course.pretestSize() == 0) {
            return State.NONE;
        }
        if (attempt == null) {
            return State.DUE;
        }
        Optional<QuizAttempt> pretest = quizzes.pretest(attempt);
        if (pretest.isPresent()) {
            return pretest.get().submitted() ? State.DONE : State.OPEN;
        }
        return attempt.lessonsReadOf(course) > 0 || quizzes.anyQuiz(attempt) ? State.TOO_LATE : State.DUE;
    }
}
