package vn.edu.taphuan.directory.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.edu.taphuan.platform.Clocks;

import java.time.LocalDateTime;

@Entity
@Table(name = "school")
@NamedQuery(name = School.BY_CODE, query = "SELECT s FROM School s WHERE s.code = :code")
public class School {
    public static final String BY_CODE = "School.byCode";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String code;
    private String name;
    private String ward;
    @Enumerated(EnumType.STRING)
    @Column(name = "school_type")
    private SchoolType type;
    private String level;
    private boolean active = true;
    @Column(name = "created_at")
    private LocalDateTime createdAt;
    @Column(name = "updated_at")
    private LocalDateTime updatedAt;
    @Version
    @Column(name = "row_version")
    private int version;

    protected School() {
    }

    public School(String code, String name, String ward, SchoolType type, String level) {
        this.code = code;
        describe(name, ward, type, level);
    }

    public final void describe(String name, String ward, SchoolType type, String level) {
        this.name = name;
        this.ward = ward;
        this.type = type;
        this.level = level;
    }

    public void deactivate() {
        active = false;
    }

    public void activate() {
        active = true;
    }

    @PrePersist
    @PreUpdate
    void touch() {
        updatedAt = Clocks.utcNow();
        if (createdAt == null) {
            createdAt = updatedAt;
        }
    }

    public Long id() { return id; }
    public String code() { return code; }
    public String name() { return name; }
    public String ward() { return ward; }
    public SchoolType type() { return type; }
    public String level() { return level; }
    public boolean active() { return active; }
    public int version() { return version; }
}
