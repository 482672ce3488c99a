package vn.edu.taphuan.security.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.edu.taphuan.audit.control.AuditLog;
import vn.edu.taphuan.audit.entity.AuditKind;
import vn.edu.taphuan.platform.Sql;
import vn.edu.taphuan.security.entity.Account;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.logging.Logger;

/** Sign-in and the account life cycle (create with a temporary password, reset, change, disable, enable). */
@ApplicationScoped
public class Accounts {
    private static final Logger LOG = Logger.getLogger(Accounts.class.getName());
    /** Ids per IN list: a size every database takes as bind parameters. */
    private static final int CHUNK = 500;

    @PersistenceContext
    EntityManager em;

    @Inject
    @ConfigProperty(name = "taphuan.password.iterations", defaultValue = "600000")
    int iterations;

    @Inject
    Clock clock;

    @Inject
    SignInThrottle throttle;

    @Inject
    AuditLog audit;

    @Inject
    AccountHolders holders;

    /** HTTP Basic signs in on every API request: a password that verified once is remembered (by account id). */
    private final VerifiedSecrets basicPasswords = new VerifiedSecrets();

    /** Compared against when the username is unknown, so a wrong name costs as much time as a wrong password. */
    private volatile String dummyHash;

    /**
     * Why a sign-in failed. BAD_CREDENTIALS and WAIT never say whether the name exists; DISABLED is only told to
     * whoever gave the right password (a disabled account, or a staff member whose leaving date has come).
     */
    public enum Refusal { BAD_CREDENTIALS, WAIT, DISABLED }

    /** Either the user (and, for the form, a fresh known-device token), or why not (and how many seconds to wait). */
    public record SignIn(SignedInUser user, Refusal refusal, long waitSeconds, String deviceToken) {
        public boolean ok() {
            return user != null;
        }
    }

    /**
     * One attempt: the throttle first (a waiting attempt is refused before its password is looked at), then the
     * password — against a dummy hash of the same cost when no account has the name — then the account's standing.
     */
    @Transactional
    public SignIn signIn(String username, String password, String address, boolean viaSession, String deviceToken) {
        Account account = find(username).orElse(null);
        boolean knownDevice = account != null && KnownDevice.matches(deviceToken, account.id(), account.passwordHash());
        long wait = throttle.waitSeconds(username, address, knownDevice);
        if (wait > 0) {
            return new SignIn(null, Refusal.WAIT, wait, null);
        }
        String secret = password == null ? "" : password;
        if (!passwordMatches(account, secret, viaSession)) {
            throttle.failed(username, address);
            if (account != null) {
                em.createNamedQuery(Account.FAILED_SIGN_IN).setParameter("id", account.id()).executeUpdate();
            }
            LOG.info(() -> "Failed sign-in for " + username + " from " + address);
            return new SignIn(null, Refusal.BAD_CREDENTIALS, 0, null);
        }
        throttle.succeeded(username, address);
        AccountHolders.Holder staff = holderOf(account);
        if (!account.active() || staff != null && staff.leftBy(today())) {
            return new SignIn(null, Refusal.DISABLED, 0, null);
        }
        String hash = rehashIfWeak(account, secret);
        LocalDateTime now = Account.now();
        if (account.signInToRecord(now, viaSession)) {
            em.createNamedQuery(Account.SIGNED_IN).setParameter("id", account.id()).setParameter("now", now).executeUpdate();
        }
        return new SignIn(userOf(account, staff, viaSession), null, 0, viaSession ? KnownDevice.token(account.id(), hash) : null);
    }

    private boolean passwordMatches(Account account, String secret, boolean viaSession) {
        if (account == null) {
            PasswordHash.verify(secret.toCharArray(), dummyHash());
            return false;
        }
        return viaSession ? PasswordHash.verify(secret.toCharArray(), account.passwordHash())
                : basicPasswords.verify(account.id().toString(), account.passwordHash(), secret);
    }

    /**
     * A hash made with fewer iterations than configured (an older default) is replaced now that the password is at
     * hand; the conditional UPDATE leaves it alone if a concurrent request already did it or the password changed.
     */
    private String rehashIfWeak(Account account, String secret) {
        if (!PasswordHash.weakerThan(account.passwordHash(), iterations)) {
            return account.passwordHash();
        }
        String next = hash(secret);
        int changed = em.createNamedQuery(Account.REHASHED).setParameter("id", account.id()).setParameter("next", next)
                .setParameter("old", account.passwordHash()).executeUpdate();
        LOG.info(() -> "Password of " + account.username() + " hashed again with " + iterations + " iterations");
        return changed == 1 ? next : account.passwordHash();
    }

    /** The person a staff account belongs to; null for an admin's account (or a person no longer on the roster). */
    private AccountHolders.Holder holderOf(Account a) {
        return a.staffId() == null ? null : holders.holders(List.of(a.staffId())).get(a.staffId());
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    SignedInUser userOf(Account a, AccountHolders.Holder staff, boolean viaSession) {
        Long schoolId = staff != null ? Long.valueOf(staff.schoolId()) : a.schoolId();
        return new SignedInUser(a.id(), a.username(), a.role(), schoolId, a.staffId(), a.displayName(),
                a.mustChangePassword(), viaSession ? UUID.randomUUID().toString() : null, viaSession, a.sessionGeneration());
    }

    public Optional<Account> find(String username) {
        if (username == null) {
            return Optional.empty();
        }
        return em.createNamedQuery(Account.BY_USERNAME, Account.class).setParameter("username", username.strip())
                .getResultStream().findFirst();
    }

    /** Every account by username, at most {@code limit}. */
    public List<Account> all(int limit) {
        return em.createQuery("SELECT a FROM Account a ORDER BY a.username", Account.class).setMaxResults(limit).getResultList();
    }

    /**
     * A school's accounts by username, at most {@code limit}: its admins' (which name the school) and its staff's
     * ({@code staffIds}, the roster's people of the school), a chunk of people per query.
     */
    public List<Account> ofSchool(long schoolId, List<Long> staffIds, int limit) {
        Map<String, Account> found = new TreeMap<>();
        em.createQuery("SELECT a FROM Account a WHERE a.schoolId = :school", Account.class).setParameter("school", schoolId)
                .getResultStream().forEach(a -> found.put(a.username(), a));
        for (List<Long> chunk : Sql.chunks(staffIds, CHUNK)) {
            em.createQuery("SELECT a FROM Account a WHERE a.staffId IN :staff", Account.class).setParameter("staff", chunk)
                    .getResultStream().forEach(a -> found.put(a.username(), a));
        }
        return found.values().stream().limit(limit).toList();
    }

    public Optional<Account> ofStaff(long staffId) {
        return em.createNamedQuery(Account.BY_STAFF, Account.class).setParameter("staffId", staffId).getResultStream().findFirst();
    }

    /**
     * Deletes an account (personal-data erasure): its sessions end on every instance, since the session check no
     * longer finds the row. Joins the caller's transaction.
     */
    public void remove(Account account) {
        em.remove(em.contains(account) ? account : em.merge(account));
    }

    /** Creates an account with a temporary password and returns that password (shown once, never stored). */
    @Transactional
    public String create(Account account) {
        String temporary = PasswordHash.temporary();
        account.setTemporaryPassword(hash(temporary));
        em.persist(account);
        audited(AuditKind.ACCOUNT_CREATED, account, "role=" + account.role());
        return temporary;
    }

    /** Creates an account whose password is already known (demo data, first administrator). */
    @Transactional
    public Account createWithHash(Account account, String passwordHash, boolean mustChange) {
        if (mustChange) {
            account.setTemporaryPassword(passwordHash);
        } else {
            account.setOwnPassword(passwordHash);
        }
        em.persist(account);
        return account;
    }

    /** A new temporary password; every open session of the account ends, on every instance. */
    @Transactional
    public String resetPassword(Account account) {
        Account managed = em.merge(account);
        String temporary = PasswordHash.temporary();
        managed.setTemporaryPassword(hash(temporary));
        throttle.forgive(managed.username());
        audited(AuditKind.PASSWORD_RESET, managed, "temporary password; open sessions ended");
        return temporary;
    }

    /** An audit entry about an account, filed under its school and, for staff, its person (never a password). */
    void audited(AuditKind kind, Account a, String after) {
        AccountHolders.Holder staff = holderOf(a);
        String school = staff != null ? staff.schoolCode() : a.schoolId() == null ? null : holders.schoolCodes(List.of(a.schoolId())).get(a.schoolId());
        audit.record(kind, school, staff == null ? null : staff.staffCode(), a.username(), null, after);
    }

    /** No sign-in any more, and every open session ends; false when it was disabled already. */
    @Transactional
    public boolean disable(Account account) {
        Account managed = em.merge(account);
        if (!managed.active()) {
            return false;
        }
        managed.disable();
        audited(AuditKind.ACCOUNT_DISABLED, managed, "disabled; open sessions ended");
        return true;
    }

    /** Sign-in allowed again (with the same password); false when it was enabled already. */
    @Transactional
    public boolean enable(Account account) {
        Account managed = em.merge(account);
        if (managed.active()) {
            return false;
        }
        managed.enable();
        audited(AuditKind.ACCOUNT_ENABLED, managed, "enabled");
        return true;
    }

    /** The outcome of a password change: done (with the account's new session generation), wrong, or wait. */
    public record PasswordChanged(boolean done, long waitSeconds, int generation) {
    }

    /**
     * Changes one's own password. Wrong current passwords are throttled like sign-ins (per account and address), so a
     * borrowed session cannot be used to guess the password; the account's other sessions end.
     */
    @Transactional
    public PasswordChanged changePassword(long accountId, String current, String next, String address) {
        Account a = em.find(Account.class, accountId);
        String key = "password-change:" + (a == null ? accountId : a.username());
        long wait = throttle.waitSeconds(key, address, true);
        if (wait > 0) {
            return new PasswordChanged(false, wait, 0);
        }
        if (a == null || !PasswordHash.verify(current.toCharArray(), a.passwordHash())) {
            throttle.failed(key, address);
            return new PasswordChanged(false, 0, 0);
        }
        throttle.succeeded(key, address);
        a.setOwnPassword(hash(next));
        return new PasswordChanged(true, 0, a.sessionGeneration());
    }

    public String hash(String password) {
        return PasswordHash.hash(password.toCharArray(), iterations);
    }

    private String dummyHash() {
        String d = dummyHash;
        if (d == null) {
            d = PasswordHash.hash("not-a-password".toCharArray(), iterations);
            dummyHash = d;
        }
        return d;
    }
}
