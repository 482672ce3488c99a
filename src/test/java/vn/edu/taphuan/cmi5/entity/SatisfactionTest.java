package vn.edu.taphuan.cmi5.entity;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** cmi5 §13.1.4 moveOn usage: AUs by their rule, blocks by all their AUs (nested too), the course by every AU. */
class SatisfactionTest {
    private static final Title T = new Title("t", "t");
    // block 1 holds AU 1 (Completed) and block 2; block 2 holds AU 2 (Passed, masteryScore 0.8); AU 3 (NotApplicable) at the top
    private static final List<Block> BLOCKS = List.of(new Block(1, "https://b/1", null, T), new Block(2, "https://b/2", 1, T));
    private static final List<AssignableUnit> AUS = List.of(
            au(1, 1, MoveOn.COMPLETED, null), au(2, 2, MoveOn.PASSED, new BigDecimal("0.8")), au(3, null, MoveOn.NOT_APPLICABLE, null));

    static AssignableUnit au(int no, Integer block, MoveOn moveOn, BigDecimal mastery) {
        return new AssignableUnit(no, "https://au/" + no, block, T, "https://au/" + no + ".html", "AnyWindow", moveOn, mastery, null, null);
    }

    @Test
    void whenNothingHappenedYetThenOnlyNotApplicableAusAreSatisfiedAndNoBlock() {
        Satisfaction s = Satisfaction.of(BLOCKS, AUS, Set.of(), Set.of());
        assertEquals(List.of(), s.satisfiedBlocks());
        assertFalse(s.courseSatisfied());
    }

    @Test
    void whenTheInnerBlocksAuPassesThenThatBlockIsSatisfiedButNotItsParent() {
        Satisfaction s = Satisfaction.of(BLOCKS, AUS, Set.of(2), Set.of(2));
        assertEquals(List.of(2), s.satisfiedBlocks(), "AU 2 passed; AU 1 was completed? no: only passed counts for it");
        assertFalse(s.courseSatisfied());
    }

    @Test
    void whenEveryAuMeetsItsRuleThenEveryBlockAndTheCourseAreSatisfied() {
        Satisfaction s = Satisfaction.of(BLOCKS, AUS, Set.of(1), Set.of(2));
        assertEquals(List.of(1, 2), s.satisfiedBlocks());
        assertTrue(s.courseSatisfied());
    }

    @Test
    void whenAPassedAuIsOnlyCompletedThenTheCourseWaits() {
        assertFalse(Satisfaction.of(BLOCKS, AUS, Set.of(1, 2), Set.of()).courseSatisfied());
    }
}
