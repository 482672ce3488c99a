package vn.edu.taphuan.security.control;

import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The growing delays of the sign-in throttle, on a clock the test moves. */
class SignInThrottleTest {
    static final String SCHOOL = "203.0.113.7";
    static final String ELSEWHERE = "198.51.100.9";

    final AtomicLong now = new AtomicLong(1_000_000);
    final SignInThrottle throttle = new SignInThrottle(now::get);

    @Test
    void whenThreeAttemptsFailThenTheFourthWaitsASecondAndTheDelayDoubles() {
        fail("gv00001", SCHOOL, 3);
        assertEquals(1, throttle.waitSeconds("gv00001", SCHOOL, false));
        now.addAndGet(1000);
        assertEquals(0, throttle.waitSeconds("gv00001", SCHOOL, false));
        fail("gv00001", SCHOOL, 1);
        assertEquals(2, throttle.waitSeconds("gv00001", SCHOOL, false));
        fail("gv00001", SCHOOL, 5);
        assertEquals(64, throttle.waitSeconds("gv00001", SCHOOL, false));
        fail("gv00001", SCHOOL, 20);
        assertEquals(900, throttle.waitSeconds("gv00001", SCHOOL, false), "never more than 15 minutes");
    }

    @Test
    void whenFiftyFailuresComeFromOneSchoolAddressThenOtherAccountsThereWaitSecondsNotMinutes() {
        for (int i = 0; i < 60; i++) {
            fail("gv" + i, SCHOOL, 1);
        }
        long wait = throttle.waitSeconds("gv00099", SCHOOL, false);
        assertTrue(wait >= 1 && wait <= 10, "a short wait for the next person behind the address: " + wait);
        now.addAndGet(10_000);
        assertEquals(0, throttle.waitSeconds("gv00099", SCHOOL, false));
    }

    @Test
    void whenAnyoneGuessesTheAdminsPasswordThenTheAdminElsewhereGetsInAndNeverWaitsMoreThanAMinute() {
        fail("admin", "192.0.2.66", 5);
        assertEquals(0, throttle.waitSeconds("admin", ELSEWHERE, false), "five failures elsewhere lock nobody out");
        for (int i = 0; i < 40; i++) {
            fail("admin", "192.0.2." + i, 1);
        }
        assertTrue(throttle.waitSeconds("admin", ELSEWHERE, false) <= 60);
        assertEquals(0, throttle.waitSeconds("admin", ELSEWHERE, true), "a known device skips the name's delay");
    }

    @Test
    void whenTheRightPasswordComesThenThePairStartsAgainButTheNameKeepsItsCount() {
        for (int i = 0; i < 12; i++) {
            fail("admin", "192.0.2." + i, 1);
        }
        throttle.succeeded("admin", ELSEWHERE);
        assertTrue(throttle.waitSeconds("admin", "192.0.2.200", false) > 0, "the guessers gain nothing from the owner's sign-in");
    }

    @Test
    void unknownAndKnownNamesAreTreatedAlikeAndCaseDoesNotMatter() {
        fail("GV00001", SCHOOL, 4);
        fail("no-such-person", SCHOOL, 4);
        assertEquals(throttle.waitSeconds("gv00001", SCHOOL, false), throttle.waitSeconds("no-such-person", SCHOOL, false));
        assertEquals(2, throttle.waitSeconds(" gv00001 ", SCHOOL, false));
    }

    @Test
    void fifteenMinutesAfterTheLastFailureEverythingIsForgotten() {
        fail("gv00001", SCHOOL, 10);
        now.addAndGet(SignInThrottle.FORGET_MILLIS + 1);
        assertEquals(0, throttle.waitSeconds("gv00001", SCHOOL, false));
        fail("gv00001", SCHOOL, 1);
        assertEquals(0, throttle.waitSeconds("gv00001", SCHOOL, false), "counting started again");
    }

    @Test
    void aResetForgivesTheNameEverywhere() {
        fail("gv00001", SCHOOL, 8);
        fail("gv00001", ELSEWHERE, 8);
        throttle.forgive("GV00001");
        assertEquals(0, throttle.waitSeconds("gv00001", SCHOOL, false));
        assertEquals(0, throttle.waitSeconds("gv00001", ELSEWHERE, false));
    }

    private void fail(String name, String address, int times) {
        for (int i = 0; i < times; i++) {
            throttle.failed(name, address);
        }
    }
}
