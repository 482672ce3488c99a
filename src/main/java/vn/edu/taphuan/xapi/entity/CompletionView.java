package vn.edu.taphuan.xapi.entity;

import java.time.LocalDateTime;

/**
 * One completion of a course by a staff member, as the completion projection holds it.
 *
 * @param credentialId the LRS credential whose statement made it (another system); null when the service itself
 *                     stated it (an online completion here, or an in-person session recorded here)
 */
public record CompletionView(String courseId, int courseVersion, LocalDateTime completedAt, Double scaledScore,
                             String statementId, Long credentialId) {

    /** Stated by another system through an LRS credential, not by this service. */
    public boolean external() {
        return credentialId != null;
    }
}
