package vn.edu.taphuan.learning.entity;

import java.time.LocalDateTime;

/**
 * Where a staff member stands with one course, for "my courses".
 *
 * @param scorePercent best quiz score so far (or the completion's score), null before any quiz
 * @param resumeLesson the lesson to continue with; null when the quiz is next or the course is new
 * @param completedThrough how the completion shown was made; null unless completed
 */
public record CourseStatus(String courseId, State state, int lessonsRead, int lessonCount, Integer scorePercent,
                           LocalDateTime completedAt, String certificateCode, String resumeLesson,
                           CompletedThrough completedThrough) {

    public enum State { NOT_STARTED, IN_PROGRESS, COMPLETED }

    /**
     * Where a completion comes from. Only an online completion here has our certificate; the other two count the
     * same in the reports but the learner read no lesson here, so their page says how instead of "0 of 5 read".
     */
    public enum CompletedThrough {
        /** the course taken here: every lesson read and the quiz passed */
        ONLINE,
        /** an in-person session a district admin recorded with its attendance list */
        IN_PERSON,
        /** another system (an LMS, cmi5 content) through an LRS credential with the completion right */
        EXTERNAL
    }
}
