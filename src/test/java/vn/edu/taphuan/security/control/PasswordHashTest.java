package vn.edu.taphuan.security.control;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PasswordHashTest {

    @Test
    void whenTheSamePasswordIsHashedTwiceThenTheSaltsDifferAndBothVerify() {
        String a = PasswordHash.hash("mật khẩu".toCharArray(), 1000);
        String b = PasswordHash.hash("mật khẩu".toCharArray(), 1000);
        assertNotEquals(a, b);
        assertTrue(PasswordHash.verify("mật khẩu".toCharArray(), a));
        assertTrue(PasswordHash.verify("mật khẩu".toCharArray(), b));
        assertFalse(PasswordHash.verify("mat khau".toCharArray(), a));
    }

    @Test
    void theHashNamesAlgorithmAndIterationsAndNeverHoldsThePassword() {
        String h = PasswordHash.hash("secret-123".toCharArray(), 1234);
        String[] parts = h.split(":");
        assertEquals(4, parts.length);
        assertEquals("PBKDF2WithHmacSHA256", parts[0]);
        assertEquals("1234", parts[1]);
        assertFalse(h.contains("secret"));
    }

    @Test
    void whenTheStoredValueIsMalformedThenNothingVerifies() {
        assertFalse(PasswordHash.verify("x".toCharArray(), null));
        assertFalse(PasswordHash.verify("x".toCharArray(), "plain-text"));
        assertFalse(PasswordHash.verify("x".toCharArray(), "MD5:1:AA==:AA=="));
    }

    @Test
    void temporaryPasswordsAreLongUnambiguousAndDistinct() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            String t = PasswordHash.temporary();
            assertEquals(10, t.length());
            assertFalse(t.matches(".*[0O1lI].*"), t);
            seen.add(t);
        }
        assertEquals(200, seen.size());
    }
}
