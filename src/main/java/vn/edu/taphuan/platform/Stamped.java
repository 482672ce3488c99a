package vn.edu.taphuan.platform;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Version;

import java.time.LocalDateTime;

/**
 * The bookkeeping columns of a row that people edit by hand (a school, a person on the roster, a referral contact):
 * when it was created and last changed, in UTC, and its optimistic-lock version. One place, so the rule of the
 * stamps is the same for every such row.
 */
@MappedSuperclass
public abstract class Stamped {
    @Column(name = "created_at")
    private LocalDateTime createdAt;
    @Column(name = "updated_at")
    private LocalDateTime updatedAt;
    @Version
    @Column(name = "row_version")
    private int version;

    @PrePersist
    @PreUpdate
    protected void touch() {
        updatedAt = Clocks.utcNow();
        if (createdAt == null) {
            createdAt = updatedAt;
        }
    }

    public int version() {
        return version;
    }
}
