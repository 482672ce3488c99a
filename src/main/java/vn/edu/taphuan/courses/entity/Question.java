package vn.edu.taphuan.courses.entity;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * A question of a course's bank: single choice (one correct answer) or multiple choice (one or more).
 *
 * @param lesson the id of the lesson it tests (null only in a bank written before questions named their lesson)
 * @param kind   what it asks of the learner (null likewise)
 */
public record Question(String id, Type type, Text text, List<Choice> choices, Text explanation, String lesson, Kind kind) {

    public enum Type { SINGLE, MULTIPLE }

    /** A scenario asks what to do in a situation; a concept, why or what something means; recall, a fact. */
    public enum Kind {
        SCENARIO, CONCEPT, RECALL;

        public String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** Positions (in the bank's order) of the correct choices. */
    public Set<Integer> correctChoices() {
        return IntStream.range(0, choices.size()).filter(i -> choices.get(i).correct()).boxed().collect(Collectors.toSet());
    }

    /** All or nothing: right when exactly the correct choices were picked. */
    public boolean isRight(Set<Integer> picked) {
        return picked.equals(correctChoices());
    }
}
