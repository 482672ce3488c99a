package vn.edu.taphuan.xapi.entity;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * Something a learner did that the record must keep: the learning capability reports each one to
 * {@link vn.edu.taphuan.xapi.control.LearningRecord}, which turns it into an xAPI statement (docs/xapi.md).
 *
 * @param registration one per staff × course attempt (xAPI {@code context.registration})
 * @param lessonId     the lesson for {@link Kind#LESSON_READ}, the question id for {@link Kind#QUESTION_ANSWERED}
 * @param scoreRaw     correct answers; with {@code scoreMax} for quiz results and course completion
 */
public record LearningEvent(Kind kind, long staffId, String courseId, int courseVersion, String lessonId,
                            UUID registration, Integer scoreRaw, Integer scoreMax, Boolean success,
                            Duration duration, Instant timestamp) {

    public enum Kind {
        COURSE_LAUNCHED, LESSON_READ, QUESTION_ANSWERED, QUIZ_PASSED, QUIZ_FAILED, COURSE_COMPLETED,
        /** The short pre-test before the first lesson: a score, neither passed nor failed (docs/xapi.md). */
        PRETEST_SCORED
    }

    public Double scaledScore() {
        return scoreRaw == null || scoreMax == null || scoreMax == 0 ? null : (double) scoreRaw / scoreMax;
    }
}
