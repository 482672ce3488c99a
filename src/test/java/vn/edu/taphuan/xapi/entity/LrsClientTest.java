package vn.edu.taphuan.xapi.entity;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Who may change a completion (issue 11, docs/xapi.md §9): the rules a credential's rights decide. */
class LrsClientTest {
    private static LrsClient client(boolean allSchools, Set<Long> schools, boolean complete, boolean voidOthers) {
        return new LrsClient(7, "k", "Moodle", true, ReadScope.OWN, new LrsCredential.Rights(allSchools, schools, complete, voidOthers));
    }

    @Test
    void whenTheCredentialHasNoCompletionRightThenNothingCountsWhateverItsScope() {
        assertEquals(UncountedReason.RIGHT, client(true, Set.of(), false, false).uncounted(1));
        assertEquals(UncountedReason.RIGHT, client(false, Set.of(1L), false, false).uncounted(1));
    }

    @Test
    void whenTheCredentialHasTheRightThenOnlyStaffOfSchoolsInItsScopeCount() {
        LrsClient school5 = client(false, Set.of(5L), true, false);
        assertNull(school5.uncounted(5));
        assertEquals(UncountedReason.SCOPE, school5.uncounted(6));
        assertNull(client(true, Set.of(), true, false).uncounted(6), "all schools");
    }

    @Test
    void whenVoidingThenACredentialMayVoidOnlyItsOwnStatementsUnlessGrantedTheRight() {
        LrsClient own = client(false, Set.of(5L), true, false);
        assertTrue(own.mayVoid(7L));
        assertFalse(own.mayVoid(8L), "another credential's statement");
        assertFalse(own.mayVoid(null), "the service's own statement (authority system)");
        assertTrue(client(false, Set.of(5L), false, true).mayVoid(null));
    }

    @Test
    void whenAClientIsMadeWithoutRightsThenItHasNone() {
        LrsClient plain = new LrsClient(1, "k", "x", true, ReadScope.ALL);
        assertEquals(UncountedReason.RIGHT, plain.uncounted(1));
        assertFalse(plain.mayVoid(2L));
    }
}
