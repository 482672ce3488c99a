package vn.edu.taphuan.learning.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * One drawn question of a quiz: which bank question, its choices in the order shown (as bank positions), and
 * after submitting the bank positions picked and whether that was right. Replaced, never changed in place.
 */
@Embeddable
public class QuizItem {
    @Column(name = "question_id")
    private String questionId;
    @Column(name = "choice_order")
    private String choiceOrder;
    private String answer;
    @Column(name = "is_right")
    private Boolean right;

    protected QuizItem() {
    }

    public QuizItem(String questionId, List<Integer> choiceOrder) {
        this(questionId, join(choiceOrder), null, null);
    }

    private QuizItem(String questionId, String choiceOrder, String answer, Boolean right) {
        this.questionId = questionId;
        this.choiceOrder = choiceOrder;
        this.answer = answer;
        this.right = right;
    }

    public QuizItem answered(Set<Integer> bankPositions, boolean isRight) {
        return new QuizItem(questionId, choiceOrder, bankPositions.isEmpty() ? null : join(new TreeSet<>(bankPositions)), isRight);
    }

    public String questionId() { return questionId; }

    /** Bank positions of the choices, in the order the learner saw them. */
    public List<Integer> choiceOrder() { return split(choiceOrder); }

    /** Bank positions the learner picked (empty when not answered or not yet submitted). */
    public Set<Integer> answer() { return answer == null ? Set.of() : Set.copyOf(split(answer)); }

    public boolean right() { return Boolean.TRUE.equals(right); }

    private static String join(java.util.Collection<Integer> positions) {
        return positions.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    private static List<Integer> split(String s) {
        return s == null || s.isEmpty() ? List.of() : Arrays.stream(s.split(",")).map(Integer::valueOf).toList();
    }
}
