package vn.edu.taphuan.security.control;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Salted PBKDF2-HMAC-SHA256, stored as {@code PBKDF2WithHmacSHA256:iterations:salt:hash} (Base64) — the same
 * layout as Jakarta Security's Pbkdf2PasswordHash, so hashes stay readable by it. The iteration count is stored
 * with each hash; a hash with fewer iterations than configured is replaced at the owner's next successful sign-in
 * ({@link #weakerThan}), when the password is at hand.
 * <p>
 * Why not Jakarta Security's {@code Pbkdf2PasswordHash} itself (issue 14 asked): the implementation Payara 6.2025.10
 * ships (Soteria's {@code Pbkdf2PasswordHashImpl}) writes this very layout and, set to 16-byte salts and 32-byte keys,
 * would read every stored hash, so the format is not the obstacle. But it refuses fewer than 1024 iterations (the tests
 * and the learning benchmark hash with 1000, and databases made by them hold such hashes), it throws on a stored value
 * it cannot parse where sign-in needs a plain "no", and it is a CDI bean set up once per instance with
 * {@code initialize(Map)}, while the unit tests of accounts, devices and LRS keys hash without a container, where the
 * implementation (inside Payara, not in the API jar) is absent. Forty lines over the JDK's {@code SecretKeyFactory} cost
 * less than those three changes.
 */
public final class PasswordHash {
    private static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    private static final int SALT_BYTES = 16;
    private static final int KEY_BITS = 256;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private PasswordHash() {
    }

    public static String hash(char[] password, int iterations) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        Base64.Encoder b64 = Base64.getEncoder();
        return ALGORITHM + ":" + iterations + ":" + b64.encodeToString(salt) + ":" + b64.encodeToString(derive(password, salt, iterations));
    }

    public static boolean verify(char[] password, String stored) {
        String[] parts = stored == null ? new String[0] : stored.split(":");
        if (parts.length != 4 || !ALGORITHM.equals(parts[0])) {
            return false;
        }
        Base64.Decoder b64 = Base64.getDecoder();
        byte[] expected = b64.decode(parts[3]);
        byte[] actual = derive(password, b64.decode(parts[2]), Integer.parseInt(parts[1]));
        return MessageDigest.isEqual(expected, actual);
    }

    /** Whether {@code stored} was made with fewer than {@code iterations} (or is unreadable): hash it again. */
    public static boolean weakerThan(String stored, int iterations) {
        String[] parts = stored == null ? new String[0] : stored.split(":");
        if (parts.length != 4 || !ALGORITHM.equals(parts[0])) {
            return true;
        }
        try {
            return Integer.parseInt(parts[1]) < iterations;
        } catch (NumberFormatException e) {
            return true;
        }
    }

    /** A temporary password that is easy to read aloud or type on a phone: no 0/O, 1/l/I. */
    public static String temporary() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            sb.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }

    private static byte[] derive(char[] password, byte[] salt, int iterations) {
        try {
            return SecretKeyFactory.getInstance(ALGORITHM)
                    .generateSecret(new PBEKeySpec(password, salt, iterations, KEY_BITS)).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
