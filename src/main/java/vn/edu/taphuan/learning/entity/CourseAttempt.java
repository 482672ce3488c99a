package vn.edu.taphuan.learning.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.edu.taphuan.courses.entity.Course;
import vn.edu.taphuan.courses.entity.Lesson;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * One staff member's run through one course: the xAPI registration that ties its statements together, the
 * lessons read, where to resume, the best quiz score and, once done, when it was completed. A person may run through
 * a course again to retrain for a new programme (migration V60): each run has its number, the highest is the
 * current one, and earlier runs stay as history.
 */
@Entity
@Table(name = "course_attempt")
/** Newest run first: the first row is the current one. */
@NamedQuery(name = CourseAttempt.OF_STAFF_COURSE, query = "SELECT a FROM CourseAttempt a WHERE a.staffId = :staff AND a.courseId = :course ORDER BY a.attemptNo DESC")
/** Oldest run first per course, so that keying them by course keeps the current one. */
@NamedQuery(name = CourseAttempt.OF_STAFF, query = "SELECT a FROM CourseAttempt a WHERE a.staffId = :staff ORDER BY a.courseId, a.attemptNo")
public class CourseAttempt {
    public static final String OF_STAFF_COURSE = "CourseAttempt.ofStaffCourse";
    public static final String OF_STAFF = "CourseAttempt.ofStaff";

    /** From a block of numbers (platform/NumberBlocks), not Derby's identity generator: see migration V9. */
    @Id
    private Long id;
    private String registration;
    @Column(name = "staff_id")
    private long staffId;
    @Column(name = "course_id")
    private String courseId;
    @Column(name = "course_version")
    private int courseVersion;
    @Column(name = "started_at")
    private LocalDateTime startedAt;
    @Column(name = "last_active_at")
    private LocalDateTime lastActiveAt;
    @Column(name = "resume_lesson")
    private String resumeLesson;
    @Column(name = "completed_at")
    private LocalDateTime completedAt;
    @Column(name = "best_percent")
    private Integer bestPercent;
    @Column(name = "attempt_no")
    private int attemptNo = 1;
    /** The programme this run retrains for (its id); null for a person's first run. */
    @Column(name = "retrain_for")
    private Long retrainFor;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "lesson_read", joinColumns = @JoinColumn(name = "attempt_id"))
    @MapKeyColumn(name = "lesson_id")
    @Column(name = "read_at")
    private Map<String, LocalDateTime> lessonsRead = new HashMap<>();
    @Version
    @Column(name = "row_version")
    private int version;

    protected CourseAttempt() {
    }

    public CourseAttempt(long id, long staffId, Course course, LocalDateTime now) {
        this.id = id;
        this.registration = UUID.randomUUID().toString();
        this.staffId = staffId;
        this.courseId = course.id();
        this.courseVersion = course.version();
        this.startedAt = now;
        this.lastActiveAt = now;
        this.resumeLesson = course.lessons().get(0).id();
    }

    /** A new run through a course already taken, for programme {@code programmeId}: number {@code attemptNo}. */
    public static CourseAttempt retraining(long id, long staffId, Course course, int attemptNo, long programmeId, LocalDateTime now) {
        CourseAttempt a = new CourseAttempt(id, staffId, course, now);
        a.attemptNo = attemptNo;
        a.retrainFor = programmeId;
        return a;
    }

    /**
     * Marks a lesson read (once; reading it again changes nothing but the resume point) and moves the resume
     * point to the lesson after it, or to the quiz after the last one.
     *
     * @return true the first time this lesson is read
     */
    public boolean read(Course course, String lessonId, LocalDateTime now) {
        lastActiveAt = now;
        int index = course.lessonIndex(lessonId);
        resumeLesson = index + 1 < course.lessons().size() ? course.lessons().get(index + 1).id() : null;
        return lessonsRead.putIfAbsent(lessonId, now) == null;
    }

    public void touch(LocalDateTime now) {
        lastActiveAt = now;
    }

    /** Every lesson the course has now was read (lessons of older versions that are gone do not count). */
    public boolean readAll(Course course) {
        return course.lessons().stream().map(Lesson::id).allMatch(lessonsRead::containsKey);
    }

    public long lessonsReadOf(Course course) {
        return course.lessons().stream().map(Lesson::id).filter(lessonsRead::containsKey).count();
    }

    /** The completion rule: every lesson read and a quiz passed at the mastery score. */
    public boolean completes(Course course, boolean quizPassed) {
        return quizPassed && readAll(course);
    }

    public void scored(int percent) {
        bestPercent = bestPercent == null ? percent : Math.max(bestPercent, percent);
    }

    public void complete(Course course, LocalDateTime now) {
        completedAt = now;
        courseVersion = course.version();
        lastActiveAt = now;
    }

    public Duration timeSpent(LocalDateTime until) {
        return Duration.between(startedAt, until);
    }

    /** Where to continue: the stored resume point while it is still a lesson of the course, else the first unread. */
    public Optional<String> resumeAt(Course course) {
        if (resumeLesson != null && course.lessonIndex(resumeLesson) >= 0) {
            return Optional.of(resumeLesson);
        }
        return course.lessons().stream().map(Lesson::id).filter(l -> !lessonsRead.containsKey(l)).findFirst();
    }

    public Long id() { return id; }
    public UUID registration() { return UUID.fromString(registration); }
    public long staffId() { return staffId; }
    public String courseId() { return courseId; }
    public int courseVersion() { return courseVersion; }
    public LocalDateTime startedAt() { return startedAt; }
    public LocalDateTime lastActiveAt() { return lastActiveAt; }
    public LocalDateTime completedAt() { return completedAt; }
    public boolean completed() { return completedAt != null; }
    public Integer bestPercent() { return bestPercent; }
    public Map<String, LocalDateTime> lessonsRead() { return Map.copyOf(lessonsRead); }
    public int attemptNo() { return attemptNo; }
    public Long retrainFor() { return retrainFor; }

    /** A run for a new programme that is not completed yet: what the person is doing now, whatever they did before. */
    public boolean retraining() {
        return retrainFor != null && completedAt == null;
    }
}
