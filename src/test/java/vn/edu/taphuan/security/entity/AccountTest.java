package vn.edu.taphuan.security.entity;

import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which successful sign-ins are written: every form sign-in; HTTP Basic requests at most once a minute. */
class AccountTest {
    static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 30, 9, 0);

    @Test
    void theFirstSignInIsAlwaysWritten() {
        Account account = new Account("gv00001", Role.STAFF, 1L, 1L, "Nguyễn Thị Hoa");

        assertTrue(account.signInToRecord(NOW, false));
        assertTrue(account.signInToRecord(NOW, true));
    }

    @Test
    void aBasicRequestWithinAMinuteOfTheLastSignInIsNotWrittenAFormSignInIs() {
        Account account = signedInAt(NOW.minusSeconds(59), 0, null);

        assertFalse(account.signInToRecord(NOW, false));
        assertTrue(account.signInToRecord(NOW, true));
        assertTrue(account.signInToRecord(NOW.plusSeconds(2), false), "a minute later it is written again");
    }

    @Test
    void failuresOrALockToClearAreWrittenAtOnce() {
        assertTrue(signedInAt(NOW.minusSeconds(5), 2, null).signInToRecord(NOW, false));
        assertTrue(signedInAt(NOW.minusSeconds(5), 0, NOW.minusMinutes(1)).signInToRecord(NOW, false));
    }

    /** An account as read from the database, through the JPA field access the service itself relies on. */
    private static Account signedInAt(LocalDateTime last, int failures, LocalDateTime lockedUntil) {
        Account account = new Account("gv00001", Role.STAFF, 1L, 1L, "Nguyễn Thị Hoa");
        set(account, "lastSignInAt", last);
        set(account, "failedSignIns", failures);
        set(account, "lockedUntil", lockedUntil);
        return account;
    }

    private static void set(Account account, String field, Object value) {
        try {
            var f = Account.class.getDeclaredField(field);
            f.setAccessible(true);
            f.set(account, value);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
