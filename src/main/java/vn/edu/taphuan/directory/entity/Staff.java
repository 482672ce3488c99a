package vn.edu.taphuan.directory.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import vn.edu.taphuan.platform.Stamped;

import java.time.LocalDate;
import java.util.UUID;

/** A person on a school's roster. The roster is the denominator of every report. */
@Entity
@Table(name = "staff")
@NamedQuery(name = Staff.BY_CODE, query = "SELECT s FROM Staff s WHERE s.code = :code")
public class Staff extends Stamped {
    public static final String BY_CODE = "Staff.byCode";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String code;
    @Column(name = "actor_key")
    private String actorKey;
    @Column(name = "full_name")
    private String fullName;
    @Enumerated(EnumType.STRING)
    private Gender gender;
    @Enumerated(EnumType.STRING)
    private StaffCategory category;
    @Enumerated(EnumType.STRING)
    private StaffStatus status = StaffStatus.ACTIVE;
    @Column(name = "start_date")
    private LocalDate startDate;
    @Column(name = "end_date")
    private LocalDate endDate;
    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "school_id")
    private School school;

    protected Staff() {
    }

    public Staff(String code, School school) {
        this.code = code;
        this.school = school;
        this.actorKey = newActorKey();
    }

    /** A random key: the xAPI actor name must not be derivable from the staff code or any personal data. */
    public static String newActorKey() {
        return UUID.randomUUID().toString();
    }

    public void describe(String fullName, Gender gender, StaffCategory category, StaffStatus status,
                         LocalDate startDate, LocalDate endDate, School school) {
        this.fullName = fullName;
        this.gender = gender;
        this.category = category;
        this.status = status;
        this.startDate = startDate;
        this.endDate = endDate;
        this.school = school;
    }

    /** Leaves the roster from {@code date}; the person and their learning record stay. */
    public void leave(LocalDate date) {
        status = StaffStatus.LEFT;
        endDate = date;
    }

    /**
     * Erasure under the personal-data law (docs/privacy.md): the name and the staff code, which identify the person,
     * are replaced; what past figures need stays — school, category, gender, dates and the pseudonymous actor key.
     */
    public void erase(String replacementName) {
        fullName = replacementName;
        code = ERASED_CODE_PREFIX + id;
    }

    /** Staff codes of erased people: the prefix and the row id. */
    public static final String ERASED_CODE_PREFIX = "XOA-";

    public Long id() { return id; }
    public String code() { return code; }
    public String actorKey() { return actorKey; }
    public String fullName() { return fullName; }
    public Gender gender() { return gender; }
    public StaffCategory category() { return category; }
    public StaffStatus status() { return status; }
    public LocalDate startDate() { return startDate; }
    public LocalDate endDate() { return endDate; }
    public School school() { return school; }
}
