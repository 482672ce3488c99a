package vn.edu.taphuan.learning.entity;

import java.time.LocalDateTime;
import java.util.List;

/**
 * Where a staff member stands with one course, for "my courses".
 *
 * @param scorePercent best quiz score so far (or the completion's score), null before any quiz
 * @param resumeLesson the lesson to continue with; null when the quiz is next or the course is new
 * @param completedThrough how the completion shown was made; null unless completed
 * @param history every completion of the course by the person, newest first
 * @param programmes the person's standing for each running programme that requires the course of them
 */
public record CourseStatus(String courseId, State state, int lessonsRead, int lessonCount, Integer scorePercent,
                           LocalDateTime completedAt, String certificateCode, String resumeLesson,
                           CompletedThrough completedThrough, List<PastCompletion> history,
                           List<ProgrammeStanding> programmes) {

    public CourseStatus(String courseId, State state, int lessonsRead, int lessonCount, Integer scorePercent,
                        LocalDateTime completedAt, String certificateCode, String resumeLesson, CompletedThrough completedThrough) {
        this(courseId, state, lessonsRead, lessonCount, scorePercent, completedAt, certificateCode, resumeLesson, completedThrough,
                List.of(), List.of());
    }

    public CourseStatus with(List<PastCompletion> history, List<ProgrammeStanding> programmes) {
        return new CourseStatus(courseId, state, lessonsRead, lessonCount, scorePercent, completedAt, certificateCode, resumeLesson,
                completedThrough, history, programmes);
    }

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
