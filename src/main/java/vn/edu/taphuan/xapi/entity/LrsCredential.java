package vn.edu.taphuan.xapi.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * A key/secret pair an xAPI client uses with HTTP Basic against {@code /xapi/}, made by a district admin. The
 * secret is kept only as a PBKDF2 hash. The key is the account name of the statements' authority.
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
    private LocalDateTime createdAt = LocalDateTime.now(ZoneOffset.UTC);

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

    public Long id() { return id; }
    public String apiKey() { return apiKey; }
    public String secretHash() { return secretHash; }
    public String label() { return label; }
    public boolean canWrite() { return canWrite; }
    public ReadScope readScope() { return readScope; }
    public boolean active() { return active; }
    public String createdBy() { return createdBy; }
    public LocalDateTime createdAt() { return createdAt; }
}
