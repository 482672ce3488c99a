package vn.edu.taphuan.learning.entity;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** A recorded session and how many attended. */
public record SessionView(long id, String courseId, int courseVersion, LocalDate heldOn, String place, String note,
                          long attendees, String recordedBy, LocalDateTime recordedAt) {
}
