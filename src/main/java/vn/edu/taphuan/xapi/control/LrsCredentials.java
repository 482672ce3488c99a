package vn.edu.taphuan.xapi.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import vn.edu.taphuan.directory.control.Roster;
import vn.edu.taphuan.directory.entity.School;
import vn.edu.taphuan.security.control.Accounts;
import vn.edu.taphuan.security.control.SignInThrottle;
import vn.edu.taphuan.security.control.VerifiedSecrets;
import vn.edu.taphuan.xapi.entity.LrsClient;
import vn.edu.taphuan.xapi.entity.LrsCredential;
import vn.edu.taphuan.xapi.entity.ReadScope;

import java.security.SecureRandom;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * LRS credentials: made and changed by district admins, checked on every {@code /xapi/} request; a secret that
 * verified once is remembered ({@link VerifiedSecrets}). The credential row is still read on each request, so
 * deactivation and a change of rights apply at once. Every creation and change is audited ({@link LrsAudit});
 * a change of the school scope or completion right re-judges the credential's completions
 * ({@link CredentialCompletions}) in the same transaction.
 */
@ApplicationScoped
public class LrsCredentials {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    @PersistenceContext
    EntityManager em;

    /** Secrets are hashed as passwords are, with the one configured strength ({@code taphuan.password.iterations}). */
    @Inject
    Accounts accounts;

    @Inject
    CredentialCompletions completions;

    @Inject
    LrsAudit audit;

    @Inject
    Roster roster;

    @Inject
    SignInThrottle throttle;

    private final VerifiedSecrets verified = new VerifiedSecrets();

    /** A new credential; the secret is in the answer once and never again. */
    public record Issued(LrsCredential credential, String secret) {
    }

    /** What a district admin sets on a credential. */
    public record Settings(String label, boolean canWrite, ReadScope readScope, LrsCredential.Rights rights) {
    }

    @Transactional
    public Issued create(Settings settings, String createdBy) {
        String secret = random(32);
        return new Issued(createWith(random(20), secret, settings, createdBy), secret);
    }

    /** A credential with a chosen key and secret (the demo credential documented in the README). */
    @Transactional
    public LrsCredential createWith(String key, String secret, Settings settings, String createdBy) {
        LrsCredential c = new LrsCredential(key, accounts.hash(secret), settings.label(),
                settings.canWrite(), settings.readScope(), createdBy);
        c.change(settings.label(), settings.canWrite(), settings.readScope(), settings.rights());
        em.persist(c);
        audit.credentialCreated(c, schoolsText(c));
        return c;
    }

    /**
     * Changes what the credential may do. When its school scope or completion right changed, its completions are
     * judged again: what now counts enters the programme figures, what no longer counts leaves them.
     */
    @Transactional
    public Optional<LrsCredential> change(String key, Settings settings) {
        Optional<LrsCredential> found = find(key);
        found.ifPresent(c -> {
            String before = LrsAudit.describe(c, schoolsText(c));
            LrsCredential.Rights old = c.rights();
            c.change(settings.label(), settings.canWrite(), settings.readScope(), settings.rights());
            String moved = "";
            if (old.mayComplete() != c.mayComplete() || old.allSchools() != c.allSchools() || !old.schoolIds().equals(c.schoolIds())) {
                em.flush();
                CredentialCompletions.Moved m = completions.rejudge(c.id(), c.rights());
                moved = "; completions moved into the figures=" + m.intoFigures() + ", out of them=" + m.outOfFigures();
            }
            audit.credentialChanged(c, before, LrsAudit.describe(c, schoolsText(c)) + moved);
        });
        return found;
    }

    /** A new secret for the credential; the old one stops working at once. */
    @Transactional
    public Optional<Issued> rotateSecret(String key) {
        return find(key).map(c -> {
            String secret = random(32);
            c.rotateSecret(accounts.hash(secret));
            verified.forget(key);
            audit.secretRotated(c);
            return new Issued(c, secret);
        });
    }

    public Optional<LrsCredential> find(String key) {
        return em.createNamedQuery(LrsCredential.BY_KEY, LrsCredential.class).setParameter("key", key)
                .getResultStream().findFirst();
    }

    public List<LrsCredential> all() {
        return em.createNamedQuery(LrsCredential.ALL, LrsCredential.class).setMaxResults(1000).getResultList();
    }

    @Transactional
    public Optional<LrsCredential> deactivate(String key) {
        Optional<LrsCredential> c = find(key);
        c.filter(LrsCredential::active).ifPresent(x -> {
            x.deactivate();
            audit.deactivated(x);
        });
        verified.forget(key);
        return c;
    }

    /** Seconds a client guessing at {@code key} from {@code address} must still wait (SignInThrottle's curves); 0 = none. */
    public long waitSeconds(String key, String address) {
        return throttle.waitSeconds("lrs:" + key, address, false);
    }

    /**
     * The client for a key and secret, when they match an active credential. Wrong secrets count in the sign-in
     * throttle under the key and the address (the caller asks {@link #waitSeconds} first).
     */
    public Optional<LrsClient> authenticate(String key, String secret, String address) {
        Optional<LrsCredential> found = find(key);
        if (found.isEmpty() || !found.get().active() || !verified.verify(key, found.get().secretHash(), secret)) {
            throttle.failed("lrs:" + key, address);
            return Optional.empty();
        }
        LrsCredential c = found.get();
        return Optional.of(LrsClient.of(c));
    }

    /** The ids of the schools with these codes; the codes no school has are returned in {@code unknown}. */
    public Set<Long> schoolIds(Collection<String> codes, Set<String> unknown) {
        Set<Long> ids = new java.util.HashSet<>();
        for (String code : codes) {
            roster.findSchool(code).ifPresentOrElse(s -> ids.add(s.id()), () -> unknown.add(code));
        }
        return ids;
    }

    /** The codes of the schools in the credential's scope, sorted; empty when it covers all schools. */
    public Set<String> schoolCodes(LrsCredential c) {
        Set<String> codes = new TreeSet<>();
        for (Long id : c.allSchools() ? Set.<Long>of() : c.schoolIds()) {
            School school = roster.schoolById(id);
            if (school != null) {
                codes.add(school.code());
            }
        }
        return codes;
    }

    private String schoolsText(LrsCredential c) {
        return c.allSchools() ? "all" : String.join(",", schoolCodes(c));
    }

    private static String random(int length) {
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            sb.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }
}
