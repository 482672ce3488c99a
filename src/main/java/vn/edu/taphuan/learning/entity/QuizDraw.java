package vn.edu.taphuan.learning.entity;

import vn.edu.taphuan.courses.entity.Question;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Which questions a quiz (or pre-test) asks: drawn per lesson so every lesson is tested — one question of each
 * lesson first (of as many lessons as the size allows), the rest spread over the lessons in turn — and, where the
 * bank allows, none that the learner was asked last time. A bank whose questions name no lesson (written before
 * questions named their lesson) is one group, drawn at random.
 */
public final class QuizDraw {

    private QuizDraw() {
    }

    /**
     * @param avoid the question ids of the previous draw: asked again only when the fresh ones cannot fill the quiz
     *              (or are the only ones left of a lesson: every lesson tested comes first)
     * @return {@code size} distinct questions (fewer only when the bank is smaller), in random order
     */
    public static List<Question> pick(List<Question> bank, int size, Set<String> avoid, Random random) {
        List<Deque<Question>> lessons = groups(bank, avoid, random);
        List<Question> picked = new ArrayList<>(size);
        for (Deque<Question> lesson : lessons) { // one of each lesson, a fresh one where there is one
            if (picked.size() < size) {
                picked.add(lesson.poll());
            }
        }
        roundRobin(lessons, picked, size, q -> !avoid.contains(q.id()));
        roundRobin(lessons, picked, size, q -> true);
        Collections.shuffle(picked, random);
        return List.copyOf(picked);
    }

    /** Takes the next question of each lesson in turn, while it passes {@code allowed}, until {@code size} are picked. */
    private static void roundRobin(List<Deque<Question>> lessons, List<Question> picked, int size, Predicate<Question> allowed) {
        boolean any = true;
        while (picked.size() < size && any) {
            any = false;
            for (Deque<Question> lesson : lessons) {
                if (picked.size() < size && !lesson.isEmpty() && allowed.test(lesson.peek())) {
                    picked.add(lesson.poll());
                    any = true;
                }
            }
        }
    }

    /** The bank grouped by lesson, lessons in random order; in each, the fresh questions (shuffled) before the avoided. */
    private static List<Deque<Question>> groups(List<Question> bank, Set<String> avoid, Random random) {
        Map<String, List<Question>> byLesson = new LinkedHashMap<>();
        for (Question q : bank) {
            byLesson.computeIfAbsent(q.lesson() == null ? "" : q.lesson(), k -> new ArrayList<>()).add(q);
        }
        List<Deque<Question>> groups = new ArrayList<>();
        for (List<Question> questions : byLesson.values()) {
            Collections.shuffle(questions, random);
            questions.sort(Comparator.comparing(q -> avoid.contains(q.id()))); // stable: false (fresh) first
            groups.add(new ArrayDeque<>(questions));
        }
        Collections.shuffle(groups, random);
        return groups;
    }
}
