package vn.edu.taphuan.xapi.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import vn.edu.taphuan.platform.Clocks;

import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.Set;

/**
 * A key/secret pair an xAPI client uses with HTTP Basic against {@code /xapi/}, made by a district admin. The
 * secret is kept only as a PBKDF2 hash. The key is the account name of the statements' authority.
 * <p>
 * Besides the xAPI scopes (write, read) it carries what the district lets it do to the programme figures
 * (docs/xapi.md §9): its <em>school scope</em> (all schools, or a list), the <em>completion right</em> (its
 * completions count, for staff of schools in scope) and the right to <em>void others' statements</em>.
 */
@Entity
@Table(name = "xapi_credential")
@NamedQuery(name = LrsCredential.BY_KEY, query = "SELECT c FROM LrsCredential c WHERE c.apiKey = :key")
@NamedQuery(name = LrsCredential.ALL, query = "SELECT c FROM LrsCredential c ORDER BY c.createdAt DESC")
public class LrsCredential {
    public static final String BY_KEY = "LrsCredential.byKey";
    public static final String ALL = "LrsCredential.all";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "api_key")
    private String apiKey;
    @Column(name = "secret_hash")
    private String secretHash;
    private String label;
    @Column(name = "can_write")
    private boolean canWrite;
    @Enumerated(EnumType.STRING)
    @Column(name = "read_scope")
    private ReadScope readScope;
    private boolean active = true;
    @Column(name = "created_by")
    private String createdBy;
    @Column(name = "created_at")
    private LocalDateTime createdAt = Clocks.utcNow();
    @Column(name = "all_schools")
    private boolean allSchools = true;
    @Column(name = "may_complete")
    private boolean mayComplete;
    @Column(name = "may_void_others")
    private boolean mayVoidOthers;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "xapi_credential_school", joinColumns = @JoinColumn(name = "credential_id"))
    @Column(name = "school_id")
    private Set<Long> schoolIds = new HashSet<>();

    protected LrsCredential() {
    }

    public LrsCredential(String apiKey, String secretHash, String label, boolean canWrite, ReadScope readScope, String createdBy) {
        this.apiKey = apiKey;
        this.secretHash = secretHash;
        this.label = label;
        this.canWrite = canWrite;
        this.readScope = readScope;
        this.createdBy = createdBy;
    }

    public void deactivate() {
        active = false;
    }

    /** A new secret (its hash); the old one stops working. */
    public void rotateSecret(String newSecretHash) {
        this.secretHash = newSecretHash;
    }

    /** What the credential may do; {@code schoolIds} is ignored (kept empty) when {@code allSchools}. */
    public void change(String label, boolean canWrite, ReadScope readScope, Rights rights) {
        this.label = label;
        this.canWrite = canWrite;
        this.readScope = readScope;
        this.allSchools = rights.allSchools();
        this.mayComplete = rights.mayComplete();
        this.mayVoidOthers = rights.mayVoidOthers();
        this.schoolIds.clear();
        if (!rights.allSchools()) {
            this.schoolIds.addAll(rights.schoolIds());
        }
    }

    /** The rights over the programme figures a district admin grants (docs/xapi.md §9). */
    public record Rights(boolean allSchools, Set<Long> schoolIds, boolean mayComplete, boolean mayVoidOthers) {
        public static final Rights NONE = new Rights(true, Set.of(), false, false);

        public Rights {
            schoolIds = Set.copyOf(schoolIds);
        }
    }

    public Rights rights() {
        return new Rights(allSchools, schoolIds, mayComplete, mayVoidOthers);
    }

    public Long id() { return id; }
    public String apiKey() { return apiKey; }
    public String secretHash() { return secretHash; }
    public String label() { return label; }
    public boolean canWrite() { return canWrite; }
    public ReadScope readScope() { return readScope; }
    public boolean active() { return active; }
    public String createdBy() { return createdBy; }
    public LocalDateTime createdAt() { return createdAt; }
    public boolean allSchools() { return allSchools; }
    public boolean mayComplete() { return mayComplete; }
    public boolean mayVoidOthers() { return mayVoidOthers; }
    public Set<Long> schoolIds() { return Set.copyOf(schoolIds); }
}
