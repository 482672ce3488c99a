package vn.edu.taphuan.cmi5.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What moveOn makes of a registration's outcomes (cmi5 §13.1.4 "moveOn", usage): an AU is satisfied by its own rule;
 * a block when every AU inside it (nested blocks included) is; the course when every AU is.
 */
public record Satisfaction(List<Integer> satisfiedBlocks, boolean courseSatisfied) {

    /** Judges the structure against the AUs completed and passed so far (by AU number). */
    public static Satisfaction of(List<Block> blocks, List<AssignableUnit> aus, Set<Integer> completed, Set<Integer> passed) {
        Map<Integer, Integer> parent = new HashMap<>();
        blocks.forEach(b -> parent.put(b.blockNo(), b.parentNo()));
        Map<Integer, Boolean> blockDone = new HashMap<>();
        blocks.forEach(b -> blockDone.put(b.blockNo(), true));
        boolean course = true;
        for (AssignableUnit au : aus) {
            if (au.moveOn().satisfiedBy(completed.contains(au.auNo()), passed.contains(au.auNo()))) {
                continue;
            }
            course = false;
            for (Integer b = au.blockNo(); b != null; b = parent.get(b)) {
                blockDone.put(b, false);
            }
        }
        List<Integer> satisfied = new ArrayList<>();
        blocks.stream().filter(b -> blockDone.get(b.blockNo())).forEach(b -> satisfied.add(b.blockNo()));
        return new Satisfaction(satisfied, course);
    }
}
