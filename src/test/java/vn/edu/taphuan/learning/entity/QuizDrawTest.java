package vn.edu.taphuan.learning.entity;

import org.junit.jupiter.api.Test;
import vn.edu.taphuan.courses.entity.Choice;
import vn.edu.taphuan.courses.entity.Question;
import vn.edu.taphuan.courses.entity.Text;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The per-lesson draw on made-up banks: every lesson tested, the rest spread, the previous draw avoided. */
class QuizDrawTest {

    /** A bank with {@code counts[i]} questions for lesson "l{i}", ids "l{i}-q{n}". */
    static List<Question> bank(int... counts) {
        List<Question> bank = new ArrayList<>();
        for (int l = 0; l < counts.length; l++) {
            for (int n = 0; n < counts[l]; n++) {
                Text t = new Text("câu " + l + "-" + n, "question " + l + "-" + n);
                bank.add(new Question("l" + l + "-q" + n, Question.Type.SINGLE, t,
                        List.of(new Choice(new Text("a", "a"), true), new Choice(new Text("b", "b"), false)), t, "l" + l, Question.Kind.SCENARIO));
            }
        }
        return bank;
    }

    static Map<String, Long> perLesson(List<Question> drawn) {
        return drawn.stream().collect(Collectors.groupingBy(Question::lesson, Collectors.counting()));
    }

    @Test
    void whenDrawnThenEveryLessonIsTestedAndTheRestSpread() {
        List<Question> bank = bank(12, 3, 3, 3, 9); // lopsided: most questions on lessons 0 and 4
        for (long seed = 0; seed < 200; seed++) {
            List<Question> drawn = QuizDraw.pick(bank, 10, Set.of(), new Random(seed));
            assertEquals(10, drawn.size());
            assertEquals(10, new HashSet<>(drawn).size(), "distinct");
            Map<String, Long> counts = perLesson(drawn);
            assertEquals(5, counts.size(), "every lesson: " + counts);
            assertTrue(counts.values().stream().allMatch(n -> n == 2), "spread two each: " + counts);
        }
    }

    @Test
    void whenTheQuizIsSmallerThanTheLessonsThenNoLessonHasTwoQuestions() {
        Map<String, Long> counts = perLesson(QuizDraw.pick(bank(4, 4, 4, 4, 4, 4), 5, Set.of(), new Random(1)));
        assertEquals(5, counts.size());
    }

    @Test
    void whenThePoolAllowsThenTheQuestionsOfThePreviousDrawAreNotAskedAgain() {
        List<Question> bank = bank(6, 6, 6, 6, 6);
        for (long seed = 0; seed < 100; seed++) {
            Set<String> previous = ids(QuizDraw.pick(bank, 10, Set.of(), new Random(seed)));
            List<Question> next = QuizDraw.pick(bank, 10, previous, new Random(seed + 1000));
            assertTrue(ids(next).stream().noneMatch(previous::contains), "seed " + seed);
            assertEquals(5, perLesson(next).size());
        }
    }

    @Test
    void whenTheFreshQuestionsRunOutThenTheQuizIsFilledFromThePreviousOnesWithEveryLessonStillTested() {
        List<Question> bank = bank(2, 2, 8);
        Set<String> previous = Set.of("l0-q0", "l0-q1", "l1-q0", "l2-q0", "l2-q1");
        List<Question> next = QuizDraw.pick(bank, 8, previous, new Random(5));
        assertEquals(8, next.size());
        assertEquals(3, perLesson(next).size(), "lesson 0 has only avoided questions and is still tested");
        Set<String> fresh = ids(bank).stream().filter(id -> !previous.contains(id)).collect(Collectors.toSet());
        assertTrue(ids(next).containsAll(fresh), "all 7 fresh questions first: " + ids(next));
    }

    @Test
    void whenQuestionsNameNoLessonThenTheDrawIsPlainRandom() {
        List<Question> bank = bank(20).stream().map(q -> new Question(q.id(), q.type(), q.text(), q.choices(), q.explanation(), null, null)).toList();
        assertEquals(10, new HashSet<>(QuizDraw.pick(bank, 10, Set.of(), new Random(2))).size());
    }

    static Set<String> ids(List<Question> questions) {
        return questions.stream().map(Question::id).collect(Collectors.toSet());
    }

}
