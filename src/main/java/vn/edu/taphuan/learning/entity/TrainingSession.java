package vn.edu.taphuan.learning.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import vn.edu.taphuan.platform.Clocks;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** An in-person session of one course of a programme, recorded by the district from its paper attendance list. */
@Entity
@Table(name = "training_session")
public class TrainingSession {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "programme_id")
    private long programmeId;
    @Column(name = "course_id")
    private String courseId;
    @Column(name = "course_version")
    private int courseVersion;
    @Column(name = "held_on")
    private LocalDate heldOn;
    private String place;
    private String note;
    @Column(name = "recorded_by")
    private String recordedBy;
    @Column(name = "recorded_at")
    private LocalDateTime recordedAt = Clocks.utcNow();

    protected TrainingSession() {
    }

    public TrainingSession(long programmeId, SessionForm form, String recordedBy) {
        this.programmeId = programmeId;
        this.courseId = form.courseId().strip();
        this.courseVersion = form.courseVersion() == null ? 1 : form.courseVersion();
        this.heldOn = form.heldOn();
        this.place = form.place().strip();
        this.note = form.note();
        this.recordedBy = recordedBy;
    }

    public Long id() { return id; }
    public long programmeId() { return programmeId; }
    public String courseId() { return courseId; }
    public int courseVersion() { return courseVersion; }
    public LocalDate heldOn() { return heldOn; }
    public String place() { return place; }
    public String note() { return note; }
    public String recordedBy() { return recordedBy; }
    public LocalDateTime recordedAt() { return recordedAt; }
}
