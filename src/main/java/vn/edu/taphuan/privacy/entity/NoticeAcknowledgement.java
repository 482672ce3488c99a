package vn.edu.taphuan.privacy.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDateTime;

/** That an account was shown, and confirmed reading, a version of the processing notice, and when. */
@Entity
@Table(name = "privacy_acknowledgement")
public class NoticeAcknowledgement {
    @Id
    @Column(name = "account_id")
    private Long accountId;
    @Column(name = "notice_version")
    private int noticeVersion;
    @Column(name = "acknowledged_at")
    private LocalDateTime acknowledgedAt;

    protected NoticeAcknowledgement() {
    }

    public NoticeAcknowledgement(long accountId, int noticeVersion, LocalDateTime now) {
        this.accountId = accountId;
        acknowledge(noticeVersion, now);
    }

    public final void acknowledge(int version, LocalDateTime now) {
        this.noticeVersion = version;
        this.acknowledgedAt = now;
    }

    public int noticeVersion() { return noticeVersion; }
    public LocalDateTime acknowledgedAt() { return acknowledgedAt; }
}
