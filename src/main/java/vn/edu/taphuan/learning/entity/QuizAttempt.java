package vn.edu.taphuan.learning.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.edu.taphuan.courses.entity.Course;
import vn.edu.taphuan.courses.entity.Question;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;

/**
 * One quiz: {@code quizSize} questions drawn from the course's bank per lesson ({@link QuizDraw}), each with its
 * choices shuffled. The draw is kept, so the page can be reloaded without a new draw, and scoring uses what the
 * learner saw. Each question is all or nothing; the quiz passes at the course's mastery score.
 * <p>
 * A pre-test is the same thing before the first lesson ({@code pretestSize} questions, attempt number 0): it is
 * scored but neither passed nor failed, and never counts toward completion.
 */
@Entity
@Table(name = "quiz_attempt")
@NamedQuery(name = QuizAttempt.BY_PUBLIC_ID, query = "SELECT q FROM QuizAttempt q WHERE q.publicId = :id")
@NamedQuery(name = QuizAttempt.OF_COURSE_ATTEMPT, query = "SELECT q FROM QuizAttempt q WHERE q.courseAttempt = :attempt AND q.pretest = FALSE ORDER BY q.attemptNo DESC")
@NamedQuery(name = QuizAttempt.PRETEST_OF, query = "SELECT q FROM QuizAttempt q WHERE q.courseAttempt = :attempt AND q.pretest = TRUE")
@NamedQuery(name = QuizAttempt.PASSED_SCORES, query = "SELECT NEW vn.edu.taphuan.learning.entity.QuizAttempt$Score(q.scoreRaw, q.scoreMax) "
        + "FROM QuizAttempt q WHERE q.courseAttempt = :attempt AND q.passed = TRUE")
public class QuizAttempt {
    public static final String BY_PUBLIC_ID = "QuizAttempt.byPublicId";
    public static final String OF_COURSE_ATTEMPT = "QuizAttempt.ofCourseAttempt";
    public static final String PRETEST_OF = "QuizAttempt.pretestOf";
    /** The attempt number of a pre-test: quizzes count from 1. */
    public static final int PRETEST_NO = 0;
    /** The scores of a course attempt's passed quizzes, without loading the quizzes and their items. */
    public static final String PASSED_SCORES = "QuizAttempt.passedScores";

    /** A submitted quiz's score. */
    public record Score(Integer raw, int max) {
        /** Whole percent, rounded down: 7 of 9 is 77, never shown as a pass it is not. */
        public int percent() {
            return raw == null || max == 0 ? 0 : raw * 100 / max;
        }
    }

    /** From a block of numbers (platform/NumberBlocks), not Derby's identity generator: see migration V9. */
    @Id
    private Long id;
    @Column(name = "public_id")
    private String publicId;
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "course_attempt_id")
    private CourseAttempt courseAttempt;
    @Column(name = "attempt_no")
    private int attemptNo;
    @Column(name = "course_version")
    private int courseVersion;
    @Column(name = "mastery_score")
    private int masteryScore;
    @Column(name = "started_at")
    private LocalDateTime startedAt;
    @Column(name = "submitted_at")
    private LocalDateTime submittedAt;
    @Column(name = "score_raw")
    private Integer scoreRaw;
    @Column(name = "score_max")
    private int scoreMax;
    private Boolean passed;
    private boolean pretest;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "quiz_item", joinColumns = @JoinColumn(name = "quiz_attempt_id"))
    @OrderColumn(name = "item_no")
    private List<QuizItem> items = new ArrayList<>();
    @Version
    @Column(name = "row_version")
    private int version;

    protected QuizAttempt() {
    }

    /**
     * A new quiz: {@code quizSize} questions of the bank, every lesson tested, none of {@code avoid} (the previous
     * draw) where the bank allows, in random order, each with shuffled choices.
     */
    public static QuizAttempt draw(long id, CourseAttempt courseAttempt, Course course, int attemptNo, Set<String> avoid,
                                   java.util.Random random, LocalDateTime now) {
        return drawn(id, courseAttempt, course, attemptNo, QuizDraw.pick(course.questions(), course.quizSize(), avoid, random), random, now);
    }

    /** The pre-test: {@code pretestSize} questions, one per lesson first. */
    public static QuizAttempt pretest(long id, CourseAttempt courseAttempt, Course course, java.util.Random random, LocalDateTime now) {
        QuizAttempt quiz = drawn(id, courseAttempt, course, PRETEST_NO, QuizDraw.pick(course.questions(), course.pretestSize(), Set.of(), random), random, now);
        quiz.pretest = true;
        return quiz;
    }

    private static QuizAttempt drawn(long id, CourseAttempt courseAttempt, Course course, int attemptNo, List<Question> questions,
                                     java.util.Random random, LocalDateTime now) {
        QuizAttempt quiz = new QuizAttempt();
        quiz.id = id;
        quiz.publicId = UUID.randomUUID().toString();
        quiz.courseAttempt = courseAttempt;
        quiz.attemptNo = attemptNo;
        quiz.courseVersion = course.version();
        quiz.masteryScore = course.masteryScore();
        quiz.startedAt = now;
        for (Question q : questions) {
            List<Integer> order = new ArrayList<>(IntStream.range(0, q.choices().size()).boxed().toList());
            Collections.shuffle(order, random);
            quiz.items.add(new QuizItem(q.id(), order));
        }
        quiz.scoreMax = quiz.items.size();
        return quiz;
    }

    /** The ids of the questions drawn: what the next draw avoids. */
    public Set<String> questionIds() {
        return items.stream().map(QuizItem::questionId).collect(java.util.stream.Collectors.toSet());
    }

    /** Every drawn question is still in the course's bank (a reload may have removed one). */
    public boolean fits(Course course) {
        return items.stream().allMatch(i -> course.question(i.questionId())
                .map(q -> q.choices().size() == i.choiceOrder().size()).orElse(false));
    }

    /**
     * Scores the answers. {@code shownPicks} maps a question id to the positions picked <em>as shown</em>; they are
     * turned back into bank positions with the stored choice order. A question left out counts as wrong.
     *
     * @throws IllegalArgumentException for a question not in this quiz or a position out of range
     */
    public void submit(Course course, Map<String, List<Integer>> shownPicks, LocalDateTime now) {
        if (submitted()) {
            throw new IllegalStateException("already submitted");
        }
        for (String questionId : shownPicks.keySet()) {
            if (items.stream().noneMatch(i -> i.questionId().equals(questionId))) {
                throw new IllegalArgumentException(questionId);
            }
        }
        List<QuizItem> answered = new ArrayList<>();
        int right = 0;
        for (QuizItem item : items) {
            Question question = course.question(item.questionId()).orElseThrow();
            List<Integer> order = item.choiceOrder();
            Set<Integer> picked = new java.util.HashSet<>();
            for (Integer shown : shownPicks.getOrDefault(item.questionId(), List.of())) {
                if (shown == null || shown < 0 || shown >= order.size()) {
                    throw new IllegalArgumentException(item.questionId());
                }
                picked.add(order.get(shown));
            }
            if (question.type() == Question.Type.SINGLE && picked.size() > 1) {
                throw new IllegalArgumentException(item.questionId());
            }
            boolean isRight = question.isRight(picked);
            right += isRight ? 1 : 0;
            answered.add(item.answered(picked, isRight));
        }
        items = answered;
        scoreRaw = right;
        passed = pretest ? null : course.passes(right, scoreMax);
        submittedAt = now;
    }

    /** Whole percent, rounded down ({@link Score#percent()}). */
    public int percent() {
        return new Score(scoreRaw, scoreMax).percent();
    }

    public Duration duration() {
        return submittedAt == null ? Duration.ZERO : Duration.between(startedAt, submittedAt);
    }

    public Long id() { return id; }
    public String publicId() { return publicId; }
    public CourseAttempt courseAttempt() { return courseAttempt; }
    public int attemptNo() { return attemptNo; }
    public int courseVersion() { return courseVersion; }
    public int masteryScore() { return masteryScore; }
    public LocalDateTime startedAt() { return startedAt; }
    public LocalDateTime submittedAt() { return submittedAt; }
    public boolean submitted() { return submittedAt != null; }
    public Integer scoreRaw() { return scoreRaw; }
    public int scoreMax() { return scoreMax; }
    public boolean passed() { return Boolean.TRUE.equals(passed); }
    public boolean pretest() { return pretest; }
    public List<QuizItem> items() { return List.copyOf(items); }
}
