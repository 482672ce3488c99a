package vn.edu.taphuan.courses.entity;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** A question of a course's bank: single choice (one correct answer) or multiple choice (one or more). */
public record Question(String id, Type type, Text text, List<Choice> choices, Text explanation) {

    public enum Type { SINGLE, MULTIPLE }

    /** Positions (in the bank's order) of the correct choices. */
    public Set<Integer> correctChoices() {
        return IntStream.range(0, choices.size()).filter(i -> choices.get(i).correct()).boxed().collect(Collectors.toSet());
    }

    /** All or nothing: right when exactly the correct choices were picked. */
    public boolean isRight(Set<Integer> picked) {
        return picked.equals(correctChoices());
    }
}
