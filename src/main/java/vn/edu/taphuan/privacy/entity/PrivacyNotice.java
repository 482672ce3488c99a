package vn.edu.taphuan.privacy.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDateTime;

/**
 * The processing notice as the district edited it (one row, id 1; none = the default texts of the message bundles,
 * version 0). Every edit raises the version, so everyone is shown the new text once.
 */
@Entity
@Table(name = "privacy_notice")
public class PrivacyNotice {
    public static final int ID = 1;

    @Id
    private Integer id;
    private int version;
    @Column(name = "text_vi")
    private String textVi;
    @Column(name = "text_en")
    private String textEn;
    @Column(name = "updated_at")
    private LocalDateTime updatedAt;
    @Column(name = "updated_by")
    private String updatedBy;

    protected PrivacyNotice() {
    }

    public PrivacyNotice(int version, String textVi, String textEn, LocalDateTime now, String by) {
        this.id = ID;
        edit(version, textVi, textEn, now, by);
    }

    public final void edit(int version, String textVi, String textEn, LocalDateTime now, String by) {
        this.version = version;
        this.textVi = textVi;
        this.textEn = textEn;
        this.updatedAt = now;
        this.updatedBy = by;
    }

    public int version() { return version; }
    public String textVi() { return textVi; }
    public String textEn() { return textEn; }
    public LocalDateTime updatedAt() { return updatedAt; }
    public String updatedBy() { return updatedBy; }
}
