package vn.edu.taphuan.learning.entity;

import vn.edu.taphuan.learning.entity.CourseStatus.CompletedThrough;

import java.time.LocalDateTime;

/**
 * One completion of a course by the person, kept as history when they take the course again.
 *
 * @param scorePercent the completion's score, or its certificate's; null when neither has one (a session)
 * @param certificateCode the certificate issued with it; null for a completion in person or elsewhere
 */
public record PastCompletion(LocalDateTime completedAt, Integer scorePercent, String certificateCode,
                             CompletedThrough completedThrough) {
}
