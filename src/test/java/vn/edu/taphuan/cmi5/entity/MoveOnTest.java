package vn.edu.taphuan.cmi5.entity;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** cmi5 §13.1.4 moveOn: which of completed / passed satisfies an AU. */
class MoveOnTest {

    @Test
    void whenEachRuleMeetsEachOutcomeThenTheSpecsTableHolds() {
        assertTrue(MoveOn.PASSED.satisfiedBy(false, true));
        assertFalse(MoveOn.PASSED.satisfiedBy(true, false));
        assertTrue(MoveOn.COMPLETED.satisfiedBy(true, false));
        assertFalse(MoveOn.COMPLETED.satisfiedBy(false, true));
        assertTrue(MoveOn.COMPLETED_AND_PASSED.satisfiedBy(true, true));
        assertFalse(MoveOn.COMPLETED_AND_PASSED.satisfiedBy(true, false));
        assertFalse(MoveOn.COMPLETED_AND_PASSED.satisfiedBy(false, true));
        assertTrue(MoveOn.COMPLETED_OR_PASSED.satisfiedBy(true, false));
        assertTrue(MoveOn.COMPLETED_OR_PASSED.satisfiedBy(false, true));
        assertFalse(MoveOn.COMPLETED_OR_PASSED.satisfiedBy(false, false));
        assertTrue(MoveOn.NOT_APPLICABLE.satisfiedBy(false, false));
    }

    @Test
    void whenTheXmlValueIsReadThenItMapsBothWays() {
        for (MoveOn m : MoveOn.values()) {
            assertEquals(m, MoveOn.of(m.value()));
        }
        assertThrows(IllegalArgumentException.class, () -> MoveOn.of("completed"));
    }
}
