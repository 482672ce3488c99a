package vn.edu.taphuan.xapi.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.edu.taphuan.security.control.PasswordHash;
import vn.edu.taphuan.security.control.VerifiedSecrets;
import vn.edu.taphuan.xapi.entity.LrsClient;
import vn.edu.taphuan.xapi.entity.LrsCredential;
import vn.edu.taphuan.xapi.entity.ReadScope;

import java.security.SecureRandom;
import java.util.List;
import java.util.Optional;

/**
 * LRS credentials: made by district admins, checked on every {@code /xapi/} request; a secret that verified once is
 * remembered ({@link VerifiedSecrets}). The credential row is still read on each request, so deactivation is immediate.
 */
@ApplicationScoped
public class LrsCredentials {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    @PersistenceContext
    EntityManager em;

    @Inject
    @ConfigProperty(name = "taphuan.password.iterations", defaultValue = "210000")
    int iterations;

    private final VerifiedSecrets verified = new VerifiedSecrets();

    /** A new credential; the secret is in the answer once and never again. */
    public record Issued(LrsCredential credential, String secret) {
    }

    @Transactional
    public Issued create(String label, boolean canWrite, ReadScope readScope, String createdBy) {
        String key = random(20);
        String secret = random(32);
        return new Issued(createWith(key, secret, label, canWrite, readScope, createdBy), secret);
    }

    /** A credential with a chosen key and secret (the demo credential documented in the README). */
    @Transactional
    public LrsCredential createWith(String key, String secret, String label, boolean canWrite, ReadScope readScope, String createdBy) {
        LrsCredential c = new LrsCredential(key, PasswordHash.hash(secret.toCharArray(), iterations), label, canWrite, readScope, createdBy);
        em.persist(c);
        return c;
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
        c.ifPresent(LrsCredential::deactivate);
        verified.forget(key);
        return c;
    }

    /** The client for a key and secret, when they match an active credential. */
    public Optional<LrsClient> authenticate(String key, String secret) {
        Optional<LrsCredential> found = find(key);
        if (found.isEmpty() || !found.get().active()) {
            return Optional.empty();
        }
        LrsCredential c = found.get();
        if (!verified.verify(key, c.secretHash(), secret)) {
            return Optional.empty();
        }
        return Optional.of(new LrsClient(c.id(), c.apiKey(), c.label(), c.canWrite(), c.readScope()));
    }

    private static String random(int length) {
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            sb.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }
}
