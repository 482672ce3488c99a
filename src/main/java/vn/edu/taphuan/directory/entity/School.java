package vn.edu.taphuan.directory.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import vn.edu.taphuan.platform.Stamped;


@Entity
@Table(name = "school")
@NamedQuery(name = School.BY_CODE, query = "SELECT s FROM School s WHERE s.code = :code")
public class School extends Stamped {
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

    public Long id() { return id; }
    public String code() { return code; }
    public String name() { return name; }
    public String ward() { return ward; }
    public SchoolType type() { return type; }
    public String level() { return level; }
    public boolean active() { return active; }
}
