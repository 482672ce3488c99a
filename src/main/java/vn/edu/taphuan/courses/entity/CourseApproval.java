package vn.edu.taphuan.courses.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.LocalDateTime;

/**
 * The education office's approval of one version of a course, recorded by a district admin: which version, who,
 * when. A course is a draft until its current version has one; a new version needs a new approval.
 */
@Entity
@Table(name = "course_approval")
@NamedQuery(name = CourseApproval.ALL, query = "SELECT a FROM CourseApproval a ORDER BY a.approvedAt DESC, a.id DESC")
@NamedQuery(name = CourseApproval.OF_VERSION, query = "SELECT a FROM CourseApproval a WHERE a.courseId = :course AND a.courseVersion = :version")
public class CourseApproval {
    public static final String ALL = "CourseApproval.all";
    public static final String OF_VERSION = "CourseApproval.ofVersion";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "course_id")
    private String courseId;
    @Column(name = "course_version")
    private int courseVersion;
    @Column(name = "approved_by")
    private String approvedBy;
    @Column(name = "approved_at")
    private LocalDateTime approvedAt;
    private String note;

    protected CourseApproval() {
    }

    public CourseApproval(String courseId, int courseVersion, String approvedBy, LocalDateTime approvedAt, String note) {
        this.courseId = courseId;
        this.courseVersion = courseVersion;
        this.approvedBy = approvedBy;
        this.approvedAt = approvedAt;
        this.note = note;
    }

    public Long id() { return id; }
    public String courseId() { return courseId; }
    public int courseVersion() { return courseVersion; }
    public String approvedBy() { return approvedBy; }
    public LocalDateTime approvedAt() { return approvedAt; }
    public String note() { return note; }
}
