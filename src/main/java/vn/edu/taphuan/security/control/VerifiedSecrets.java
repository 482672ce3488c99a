package vn.edu.taphuan.security.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Secrets checked on every request (HTTP Basic: API accounts, LRS credentials). PBKDF2 is slow on purpose — with the
 * default 210,000 iterations about a tenth of a second of CPU — far too slow to run on each of many requests a second,
 * so a secret that verified once is remembered, per key, as a SHA-256 of (stored hash, secret): a changed password or
 * secret has another stored hash and no longer matches, and the remembered value is of no use without the secret. The
 * caller still reads its row on each request, so deactivation and locking take effect at once. A wrong secret always
 * costs a full PBKDF2 check.
 */
public final class VerifiedSecrets {
    private final Map<String, String> proofs = new ConcurrentHashMap<>();

    /** Whether {@code secret} matches {@code storedHash} (a {@link PasswordHash}); remembered under {@code key} when it does. */
    public boolean verify(String key, String storedHash, String secret) {
        String proof = proof(storedHash, secret);
        if (proof.equals(proofs.get(key))) {
            return true;
        }
        if (!PasswordHash.verify(secret.toCharArray(), storedHash)) {
            return false;
        }
        proofs.put(key, proof);
        return true;
    }

    /** Forgets what was verified for {@code key} (deactivated, password reset). */
    public void forget(String key) {
        proofs.remove(key);
    }

    private static String proof(String storedHash, String secret) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest((storedHash + "\u0000" + secret).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
