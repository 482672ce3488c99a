package vn.edu.taphuan.security.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.edu.taphuan.audit.control.AuditLog;
import vn.edu.taphuan.audit.entity.AuditKind;
import vn.edu.taphuan.directory.entity.School;
import vn.edu.taphuan.directory.entity.Staff;
import vn.edu.taphuan.security.entity.Account;
import vn.edu.taphuan.security.entity.Role;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;

/** Sign-in, throttling and the account life cycle (create with a temporary password, reset, change). */
@ApplicationScoped
public class Accounts {
    private static final Logger LOG = Logger.getLogger(Accounts.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    @ConfigProperty(name = "taphuan.password.iterations", defaultValue = "210000")
    int iterations;

    @Inject
    @ConfigProperty(name = "taphuan.signin.max-failures", defaultValue = "5")
    int maxFailures;

    @Inject
    @ConfigProperty(name = "taphuan.signin.lock-minutes", defaultValue = "15")
    int lockMinutes;

    @Inject
    AddressThrottle addresses;

    @Inject
    AuditLog audit;

    /** HTTP Basic signs in on every API request: a password that verified once is remembered (by account id). */
    private final VerifiedSecrets basicPasswords = new VerifiedSecrets();

    /** Why a sign-in failed; the caller turns it into a message without saying which part was wrong. */
    public enum Refusal { BAD_CREDENTIALS, LOCKED, TOO_MANY_FROM_ADDRESS }

    /** Either the user, or why not (and for how many minutes, when locked). */
    public record SignIn(SignedInUser user, Refusal refusal, long minutes) {
        public boolean ok() {
            return user != null;
        }
    }

    @Transactional
    public SignIn signIn(String username, String password, String address, boolean viaSession) {
        if (addresses.blocked(address)) {
            return new SignIn(null, Refusal.TOO_MANY_FROM_ADDRESS, addresses.windowMinutes());
        }
        Account account = find(username).orElse(null);
        LocalDateTime now = Account.now();
        if (account != null && account.lockedAt(now)) {
            return new SignIn(null, Refusal.LOCKED, Math.max(1, Duration.between(now, account.lockedUntil()).toMinutes() + 1));
        }
        boolean valid = account != null && !viaSession && password != null
                ? basicPasswords.verify(account.id().toString(), account.passwordHash(), password)
                : PasswordHash.verify(password == null ? new char[0] : password.toCharArray(), account == null ? DUMMY_HASH : account.passwordHash());
        if (account == null || !valid || !account.active()) {
            addresses.failed(address);
            if (account != null) {
                em.createNamedQuery(Account.FAILED_SIGN_IN).setParameter("id", account.id()).executeUpdate();
                em.createNamedQuery(Account.LOCK_AFTER_FAILURES).setParameter("id", account.id()).setParameter("max", maxFailures)
                        .setParameter("until", now.plusMinutes(lockMinutes)).executeUpdate();
                LOG.info(() -> "Failed sign-in for " + username + " from " + address);
            }
            return new SignIn(null, Refusal.BAD_CREDENTIALS, 0);
        }
        if (account.signInToRecord(now, viaSession)) {
            em.createNamedQuery(Account.SIGNED_IN).setParameter("id", account.id()).setParameter("now", now).executeUpdate();
        }
        return new SignIn(userOf(account, viaSession), null, 0);
    }

    SignedInUser userOf(Account a, boolean viaSession) {
        Long schoolId = a.schoolId();
        if (a.role() == Role.STAFF) {
            schoolId = em.find(Staff.class, a.staffId()).school().id();
        }
        return new SignedInUser(a.id(), a.username(), a.role(), schoolId, a.staffId(), a.displayName(),
                a.mustChangePassword(), viaSession ? UUID.randomUUID().toString() : null, viaSession);
    }

    public Optional<Account> find(String username) {
        if (username == null) {
            return Optional.empty();
        }
        return em.createNamedQuery(Account.BY_USERNAME, Account.class).setParameter("username", username.strip())
                .getResultStream().findFirst();
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

    @Transactional
    public String resetPassword(Account account) {
        Account managed = em.merge(account);
        String temporary = PasswordHash.temporary();
        managed.setTemporaryPassword(hash(temporary));
        audited(AuditKind.PASSWORD_RESET, managed, "temporary password");
        return temporary;
    }

    /** An audit entry about an account, filed under its school and, for staff, its person (never a password). */
    void audited(AuditKind kind, Account a, String after) {
        Staff staff = a.staffId() == null ? null : em.find(Staff.class, a.staffId());
        School school = staff != null ? staff.school() : a.schoolId() == null ? null : em.find(School.class, a.schoolId());
        audit.record(kind, school == null ? null : school.code(), staff == null ? null : staff.code(), a.username(), null, after);
    }

    /** Changes one's own password; false when the current password is wrong. */
    @Transactional
    public boolean changePassword(long accountId, String current, String next) {
        Account a = em.find(Account.class, accountId);
        if (a == null || !PasswordHash.verify(current.toCharArray(), a.passwordHash())) {
            return false;
        }
        a.setOwnPassword(hash(next));
        return true;
    }

    public String hash(String password) {
        return PasswordHash.hash(password.toCharArray(), iterations);
    }

    /** Compared against when the username is unknown, so a wrong name costs as much time as a wrong password. */
    private static final String DUMMY_HASH = PasswordHash.hash("not-a-password".toCharArray(), 210000);
}
