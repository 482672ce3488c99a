package vn.edu.taphuan.xapi.entity;

import java.time.LocalDateTime;

/** One completion of a course by a staff member, as the completion projection holds it. */
public record CompletionView(String courseId, int courseVersion, LocalDateTime completedAt, Double scaledScore,
                             String statementId) {
}
