package vn.edu.taphuan.security.control;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Known-device tokens, re-hashing of weak password hashes and the leaving rule of sessions. */
class KnownDeviceTest {
    static final String HASH = PasswordHash.hash("mật khẩu".toCharArray(), 1000);

    @Test
    void aTokenMatchesItsAccountUnderTheSamePasswordOnly() {
        String token = KnownDevice.token(42, HASH);
        assertTrue(KnownDevice.matches(token, 42, HASH));
        assertFalse(KnownDevice.matches(token, 43, HASH), "another account");
        assertFalse(KnownDevice.matches(token, 42, PasswordHash.hash("mật khẩu".toCharArray(), 1000)), "after a password change");
        assertFalse(KnownDevice.matches("42.forged", 42, HASH));
        assertFalse(KnownDevice.matches(null, 42, HASH));
    }

    @Test
    void aHashWithFewerIterationsThanConfiguredIsWeakerAndIsHashedAgain() {
        assertTrue(PasswordHash.weakerThan(PasswordHash.hash("x".toCharArray(), 1000), 600_000));
        assertFalse(PasswordHash.weakerThan(PasswordHash.hash("x".toCharArray(), 1000), 1000));
        assertFalse(PasswordHash.weakerThan("PBKDF2WithHmacSHA256:600000:c2FsdA==:aGFzaA==", 600_000));
        assertTrue(PasswordHash.weakerThan("PBKDF2WithHmacSHA256:210000:c2FsdA==:aGFzaA==", 600_000), "the old default");
        assertTrue(PasswordHash.weakerThan("garbage", 1000));
    }

    @Test
    void staffLeaveFromTheirEndDateOrAtOnceWhenMarkedLeftWithoutOne() {
        LocalDate today = LocalDate.of(2026, 12, 6);
        assertTrue(EndedSessions.left("ACTIVE", today, today), "from the end date on");
        assertTrue(EndedSessions.left("LEFT", today.minusDays(1), today));
        assertFalse(EndedSessions.left("LEFT", today.plusDays(1), today), "leaving later: still signs in");
        assertTrue(EndedSessions.left("LEFT", null, today));
        assertFalse(EndedSessions.left("ACTIVE", null, today));
        assertFalse(EndedSessions.left(null, null, today), "not a staff account");
    }
}
