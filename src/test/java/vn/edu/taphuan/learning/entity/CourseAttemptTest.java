package vn.edu.taphuan.learning.entity;

import org.junit.jupiter.api.Test;
import vn.edu.taphuan.courses.entity.Course;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.edu.taphuan.learning.entity.Fixtures.MONDAY;

/** Completion rule and resume point. */
class CourseAttemptTest {
    final Course course = Fixtures.safeSchool();

    @Test
    void whenNewThenResumeIsTheFirstLessonAndNothingIsRead() {
        CourseAttempt attempt = Fixtures.startedBy(7, course);
        assertEquals(Optional.of("first-steps"), attempt.resumeAt(course));
        assertEquals(0, attempt.lessonsReadOf(course));
        assertFalse(attempt.readAll(course));
    }

    @Test
    void whenALessonIsReadThenResumeMovesToTheNextAndAfterTheLastToTheQuiz() {
        CourseAttempt attempt = Fixtures.startedBy(7, course);
        assertTrue(attempt.read(course, "first-steps", MONDAY));
        assertEquals(Optional.of("asking-for-help"), attempt.resumeAt(course));
        assertTrue(attempt.read(course, "asking-for-help", MONDAY.plusMinutes(5)));
        assertEquals(Optional.empty(), attempt.resumeAt(course), "after the last lesson the quiz is next");
    }

    @Test
    void whenALessonIsReadAgainThenItIsNotNewButTheResumePointFollows() {
        CourseAttempt attempt = Fixtures.startedBy(7, course);
        attempt.read(course, "first-steps", MONDAY);
        attempt.read(course, "asking-for-help", MONDAY);
        assertFalse(attempt.read(course, "first-steps", MONDAY.plusDays(1)));
        assertEquals(MONDAY, attempt.lessonsRead().get("first-steps"), "the first reading's time stays");
        assertEquals(Optional.of("asking-for-help"), attempt.resumeAt(course));
    }

    @Test
    void whenQuizPassedButALessonUnreadThenNotComplete() {
        CourseAttempt attempt = Fixtures.startedBy(7, course);
        attempt.read(course, "first-steps", MONDAY);
        assertFalse(attempt.completes(course, true));
    }

    @Test
    void whenEveryLessonReadButQuizNotPassedThenNotComplete() {
        CourseAttempt attempt = Fixtures.startedBy(7, course);
        attempt.read(course, "first-steps", MONDAY);
        attempt.read(course, "asking-for-help", MONDAY);
        assertFalse(attempt.completes(course, false));
        assertTrue(attempt.completes(course, true));
    }

    @Test
    void whenScoredSeveralTimesThenTheBestIsKept() {
        CourseAttempt attempt = Fixtures.startedBy(7, course);
        attempt.scored(33);
        attempt.scored(100);
        attempt.scored(66);
        assertEquals(100, attempt.bestPercent());
    }
}
