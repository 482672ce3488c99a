package vn.edu.taphuan.learning.entity;

import org.junit.jupiter.api.Test;
import vn.edu.taphuan.courses.entity.Course;
import vn.edu.taphuan.courses.entity.Question;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.edu.taphuan.learning.entity.Fixtures.MONDAY;

/** Drawing and scoring quizzes on the fixture course (2 lessons, bank of 30, quiz of 3, pre-test of 2, mastery 60%). */
class QuizAttemptTest {
    final Course course = Fixtures.safeSchool();
    final CourseAttempt attempt = Fixtures.startedBy(7, course);

    QuizAttempt draw(long seed) {
        return QuizAttempt.draw(seed, attempt, course, 1, Set.of(), new Random(seed), MONDAY);
    }

    /** The shown positions that pick exactly the correct choices of this item. */
    List<Integer> rightAnswer(QuizItem item) {
        Set<Integer> correct = course.question(item.questionId()).orElseThrow().correctChoices();
        List<Integer> order = item.choiceOrder();
        return IntStream.range(0, order.size()).filter(i -> correct.contains(order.get(i))).boxed().toList();
    }

    List<Integer> wrongAnswer(QuizItem item) {
        Set<Integer> correct = course.question(item.questionId()).orElseThrow().correctChoices();
        List<Integer> order = item.choiceOrder();
        return List.of(IntStream.range(0, order.size()).filter(i -> !correct.contains(order.get(i))).findFirst().orElseThrow());
    }

    @Test
    void whenDrawnThenQuizSizeDistinctQuestionsOfTheBankWithEveryChoiceOnce() {
        QuizAttempt quiz = draw(1);
        assertEquals(3, quiz.items().size());
        assertEquals(3, quiz.scoreMax());
        assertEquals(3, quiz.items().stream().map(QuizItem::questionId).distinct().count());
        for (QuizItem item : quiz.items()) {
            Question q = course.question(item.questionId()).orElseThrow();
            assertEquals(IntStream.range(0, q.choices().size()).boxed().collect(java.util.stream.Collectors.toSet()), new HashSet<>(item.choiceOrder()));
        }
        assertTrue(quiz.fits(course));
    }

    @Test
    void whenDrawnManyTimesThenQuestionsAndChoicesAreShuffled() {
        Set<List<String>> questionOrders = new HashSet<>();
        Set<List<Integer>> choiceOrders = new HashSet<>();
        Random random = new Random(42);
        for (int n = 0; n < 400; n++) { // q1 is one of 30: drawn in about one quiz of ten
            QuizAttempt quiz = QuizAttempt.draw(n + 1, attempt, course, n + 1, Set.of(), random, MONDAY);
            questionOrders.add(quiz.items().stream().map(QuizItem::questionId).toList());
            quiz.items().stream().filter(i -> i.questionId().equals("q1")).forEach(i -> choiceOrders.add(i.choiceOrder()));
        }
        assertTrue(questionOrders.size() > 10, "question draws: " + questionOrders.size());
        assertTrue(choiceOrders.size() > 3, "choice orders of q1: " + choiceOrders.size());
    }

    @Test
    void whenEveryAnswerIsRightThenFullScoreAndPassed() {
        QuizAttempt quiz = draw(2);
        Map<String, List<Integer>> picks = new HashMap<>();
        quiz.items().forEach(i -> picks.put(i.questionId(), rightAnswer(i)));
        quiz.submit(course, picks, MONDAY.plusMinutes(4));
        assertEquals(3, quiz.scoreRaw());
        assertEquals(100, quiz.percent());
        assertTrue(quiz.passed());
        assertTrue(quiz.items().stream().allMatch(QuizItem::right));
        assertEquals(java.time.Duration.ofMinutes(4), quiz.duration());
    }

    @Test
    void whenTwoOfThreeAreRightThenSixtySixPercentPassesAMasteryOfSixty() {
        QuizAttempt quiz = draw(3);
        Map<String, List<Integer>> picks = new HashMap<>();
        List<QuizItem> items = quiz.items();
        picks.put(items.get(0).questionId(), rightAnswer(items.get(0)));
        picks.put(items.get(1).questionId(), rightAnswer(items.get(1)));
        picks.put(items.get(2).questionId(), wrongAnswer(items.get(2)));
        quiz.submit(course, picks, MONDAY);
        assertEquals(2, quiz.scoreRaw());
        assertEquals(66, quiz.percent(), "rounded down");
        assertTrue(quiz.passed());
    }

    @Test
    void whenOneOfThreeIsRightThenFailed() {
        QuizAttempt quiz = draw(4);
        Map<String, List<Integer>> picks = new HashMap<>();
        List<QuizItem> items = quiz.items();
        picks.put(items.get(0).questionId(), rightAnswer(items.get(0)));
        quiz.submit(course, picks, MONDAY);
        assertEquals(1, quiz.scoreRaw());
        assertFalse(quiz.passed());
        assertEquals(Set.of(), quiz.items().get(1).answer(), "unanswered counts as wrong");
        assertFalse(quiz.items().get(1).right());
    }

    @Test
    void whenAMultipleChoiceQuestionIsPartlyRightThenItCountsAsWrong() {
        QuizAttempt quiz = drawWith("q2");
        QuizItem q2 = quiz.items().stream().filter(i -> i.questionId().equals("q2")).findFirst().orElseThrow();
        List<Integer> both = rightAnswer(q2);
        assertEquals(2, both.size());
        quiz.submit(course, Map.of("q2", List.of(both.get(0))), MONDAY);
        assertFalse(quiz.items().stream().filter(i -> i.questionId().equals("q2")).findFirst().orElseThrow().right());
    }

    @Test
    void whenAnswersAreStoredThenTheyAreBankPositionsNotShownPositions() {
        QuizAttempt quiz = drawWith("q2");
        QuizItem q2 = quiz.items().stream().filter(i -> i.questionId().equals("q2")).findFirst().orElseThrow();
        quiz.submit(course, Map.of("q2", rightAnswer(q2)), MONDAY);
        QuizItem answered = quiz.items().stream().filter(i -> i.questionId().equals("q2")).findFirst().orElseThrow();
        assertEquals(Set.of(0, 1), answered.answer());
        assertTrue(answered.right());
    }

    @Test
    void whenAnswersAreMalformedThenTheyAreRefused() {
        QuizAttempt quiz = draw(5);
        String first = quiz.items().get(0).questionId();
        assertThrows(IllegalArgumentException.class, () -> draw(5).submit(course, Map.of("nope", List.of(0)), MONDAY));
        assertThrows(IllegalArgumentException.class, () -> draw(5).submit(course, Map.of(first, List.of(9)), MONDAY));
        QuizAttempt single = drawWith("q1");
        assertThrows(IllegalArgumentException.class, () -> single.submit(course, Map.of("q1", List.of(0, 1)), MONDAY));
        quiz.submit(course, Map.of(), MONDAY);
        assertThrows(IllegalStateException.class, () -> quiz.submit(course, Map.of(), MONDAY));
    }

    @Test
    void whenMasteryIsAHundredThenOneWrongAnswerFails() {
        Course strict = new Course(course.id(), 1, 1, course.topic(), course.title(), course.summary(), 10, 100, 3,
                course.reviewNote(), course.lessons(), course.questions(), course.folder(), course.sources(), course.pretestSize());
        assertTrue(strict.passes(3, 3));
        assertFalse(strict.passes(2, 3));
        assertTrue(course.passes(2, 3));
        assertFalse(course.passes(1, 3));
        assertFalse(course.passes(0, 0));
    }

    private QuizAttempt drawWith(String questionId) {
        for (long seed = 0; ; seed++) {
            QuizAttempt quiz = draw(seed);
            if (quiz.items().stream().anyMatch(i -> i.questionId().equals(questionId))) {
                return quiz;
            }
        }
    }

    @Test
    void whenTheBankChangesThenAnOldDrawNoLongerFits() {
        QuizAttempt quiz = draw(6);
        List<Question> fewer = new ArrayList<>(course.questions());
        fewer.removeIf(q -> q.id().equals(quiz.items().get(0).questionId()));
        Course changed = new Course(course.id(), 3, 1, course.topic(), course.title(), course.summary(), 10, 60, 3,
                course.reviewNote(), course.lessons(), fewer, course.folder(), course.sources(), course.pretestSize());
        assertFalse(quiz.fits(changed));
        assertNotEquals(course.version(), changed.version());
    }

    @Test
    void whenAPretestIsDrawnThenItHasPretestSizeQuestionsOneOfEachLessonAndIsNumberZero() {
        QuizAttempt pretest = QuizAttempt.pretest(99, attempt, course, new Random(3), MONDAY);
        assertTrue(pretest.pretest());
        assertEquals(QuizAttempt.PRETEST_NO, pretest.attemptNo());
        assertEquals(2, pretest.items().size());
        assertEquals(Set.of("first-steps", "asking-for-help"), pretest.items().stream()
                .map(i -> course.question(i.questionId()).orElseThrow().lesson()).collect(java.util.stream.Collectors.toSet()));
    }

    @Test
    void whenAPretestIsSubmittedAllRightThenItIsScoredButNeitherPassedNorFailed() {
        QuizAttempt pretest = QuizAttempt.pretest(99, attempt, course, new Random(3), MONDAY);
        Map<String, List<Integer>> all = new java.util.HashMap<>();
        pretest.items().forEach(i -> all.put(i.questionId(), rightAnswer(i)));
        pretest.submit(course, all, MONDAY.plusMinutes(2));
        assertEquals(2, pretest.scoreRaw());
        assertEquals(100, pretest.percent());
        assertFalse(pretest.passed(), "a pre-test never passes: it cannot complete the course");
    }

    @Test
    void whenANewQuizIsDrawnThenItAvoidsThePreviousQuestions() {
        for (long seed = 0; seed < 50; seed++) {
            QuizAttempt first = draw(seed);
            QuizAttempt second = QuizAttempt.draw(seed + 100, attempt, course, 2, first.questionIds(), new Random(seed + 7), MONDAY);
            assertTrue(java.util.Collections.disjoint(first.questionIds(), second.questionIds()), "seed " + seed);
        }
    }
}
