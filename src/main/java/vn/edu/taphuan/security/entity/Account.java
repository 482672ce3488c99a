package vn.edu.taphuan.security.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.edu.taphuan.platform.Clocks;

import java.time.LocalDateTime;

/** A sign-in. Staff accounts use the staff code as username; the password is kept only as a PBKDF2 hash. */
@Entity
@Table(name = "account")
@NamedQuery(name = Account.BY_USERNAME, query = "SELECT a FROM Account a WHERE a.username = :username")
@NamedQuery(name = Account.BY_STAFF, query = "SELECT a FROM Account a WHERE a.staffId = :staffId")
@NamedQuery(name = Account.SIGNED_IN, query = "UPDATE Account a SET a.lastSignInAt = :now, a.failedSignIns = 0, a.lockedUntil = NULL "
        + "WHERE a.id = :id")
@NamedQuery(name = Account.FAILED_SIGN_IN, query = "UPDATE Account a SET a.failedSignIns = a.failedSignIns + 1 WHERE a.id = :id")
@NamedQuery(name = Account.REHASHED, query = "UPDATE Account a SET a.passwordHash = :next WHERE a.id = :id AND a.passwordHash = :old")
public class Account {
    public static final String BY_USERNAME = "Account.byUsername";
    public static final String BY_STAFF = "Account.byStaff";
    /*
     * Sign-in bookkeeping is written by these single UPDATEs, not through the entity and its version: requests of one
     * account side by side (an API script, HTTP Basic signs in on every request) would otherwise fail each other with
     * an optimistic-lock conflict (500), and a failure count could be lost.
     */
    public static final String SIGNED_IN = "Account.signedIn";
    /** Counted for the operators' gauge (taphuan_signin_failures); the throttle itself keeps its counts in memory. */
    public static final String FAILED_SIGN_IN = "Account.failedSignIn";
    /** The same password hashed again with more iterations; only if nobody changed it meanwhile. */
    public static final String REHASHED = "Account.rehashed";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String username;
    @Column(name = "password_hash")
    private String passwordHash;
    @Enumerated(EnumType.STRING)
    private Role role;
    @Column(name = "school_id")
    private Long schoolId;
    @Column(name = "staff_id")
    private Long staffId;
    @Column(name = "display_name")
    private String displayName;
    @Column(name = "must_change_password")
    private boolean mustChangePassword;
    private boolean active = true;
    @Column(name = "failed_sign_ins")
    private int failedSignIns;
    @Column(name = "locked_until")
    private LocalDateTime lockedUntil;
    @Column(name = "last_sign_in_at")
    private LocalDateTime lastSignInAt;
    @Column(name = "created_at")
    private LocalDateTime createdAt = now();
    /** Raised to end every open session of the account (reset, disablement, password change): V13. */
    @Column(name = "session_generation")
    private int sessionGeneration;
    @Version
    @Column(name = "row_version")
    private int version;

    protected Account() {
    }

    public Account(String username, Role role, Long schoolId, Long staffId, String displayName) {
        this.username = username;
        this.role = role;
        this.schoolId = schoolId;
        this.staffId = staffId;
        this.displayName = displayName;
    }

    /** A password someone else chose (new account, reset): the owner must replace it at first sign-in. */
    public void setTemporaryPassword(String hash) {
        passwordHash = hash;
        mustChangePassword = true;
        failedSignIns = 0;
        lockedUntil = null;
        endSessions();
    }

    /** The owner's own new password: every other session of the account ends (the caller keeps its own). */
    public void setOwnPassword(String hash) {
        passwordHash = hash;
        mustChangePassword = false;
        endSessions();
    }

    /** Ends every session begun before now, on every instance (EndedSessions compares generations). */
    public void endSessions() {
        sessionGeneration++;
    }

    /** No sign-in and no open session any more, until enabled again. */
    public void disable() {
        active = false;
        endSessions();
    }

    public void enable() {
        active = true;
    }

    /**
     * Whether a successful sign-in at {@code now} is to be written ({@link #SIGNED_IN}). A sign-in with the form always
     * is (one per session). HTTP Basic signs in on every request: its time is written at most once a minute — it tells
     * when the account was last used — so API requests do not each update the account row; failures or a lock to
     * clear are written at once.
     */
    public boolean signInToRecord(LocalDateTime now, boolean withForm) {
        return withForm || failedSignIns != 0 || lockedUntil != null || lastSignInAt == null || lastSignInAt.isBefore(now.minusMinutes(1));
    }

    public static LocalDateTime now() {
        return Clocks.utcNow();
    }

    public Long id() { return id; }
    public String username() { return username; }
    public String passwordHash() { return passwordHash; }
    public Role role() { return role; }
    public Long schoolId() { return schoolId; }
    public Long staffId() { return staffId; }
    public String displayName() { return displayName; }
    public boolean mustChangePassword() { return mustChangePassword; }
    public boolean active() { return active; }
    public LocalDateTime lockedUntil() { return lockedUntil; }
    public LocalDateTime lastSignInAt() { return lastSignInAt; }
    public int sessionGeneration() { return sessionGeneration; }
}
