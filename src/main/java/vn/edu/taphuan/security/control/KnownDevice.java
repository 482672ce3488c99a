package vn.edu.taphuan.security.control;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;

/**
 * A browser that signed in to an account before (OWASP's "device cookie"): after each successful form sign-in it
 * gets a cookie naming the account and signed with a key only the server knows — the account's stored password
 * hash — so any instance can check it without a table, and a password change or reset makes every old one void.
 * A known device skips the delays that guessers elsewhere caused for the account ({@link SignInThrottle}).
 */
public final class KnownDevice {
    public static final String COOKIE = "TAPHUAN_DEVICE";
    /** How long a browser stays known: a school year and a half. */
    public static final int MAX_AGE_SECONDS = 540 * 24 * 3600;

    private KnownDevice() {
    }

    public static String token(long accountId, String passwordHash) {
        return accountId + "." + mac(accountId, passwordHash);
    }

    /** Whether {@code token} was issued to this account under its current password. */
    public static boolean matches(String token, long accountId, String passwordHash) {
        if (token == null || !token.startsWith(accountId + ".")) {
            return false;
        }
        byte[] expected = mac(accountId, passwordHash).getBytes(StandardCharsets.US_ASCII);
        byte[] actual = token.substring(token.indexOf('.') + 1).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, actual);
    }

    private static String mac(long accountId, String passwordHash) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(passwordHash.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] d = mac.doFinal(("known-device:" + accountId).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(d);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
