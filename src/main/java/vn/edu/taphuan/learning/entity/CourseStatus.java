package vn.edu.taphuan.learning.entity;

import java.time.LocalDateTime;

/**
 * Where a staff member stands with one course, for "my courses".
 *
 * @param scorePercent best quiz score so far (or the completion's score), null before any quiz
 * @param resumeLesson the lesson to continue with; null when the quiz is next or the course is new
 */
public record CourseStatus(String courseId, State state, int lessonsRead, int lessonCount, Integer scorePercent,
                           LocalDateTime completedAt, String certificateCode, String resumeLesson) {

    public enum State { NOT_STARTED, IN_PROGRESS, COMPLETED }
}
