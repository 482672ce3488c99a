package vn.edu.taphuan.courses.control;

import vn.edu.taphuan.courses.entity.Choice;
import vn.edu.taphuan.courses.entity.CourseProblem;
import vn.edu.taphuan.courses.entity.Question;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The quality rules of a course's assessment and declared time (docs/authoring-courses.md, "What the loader
 * checks"): a pool large enough to draw from, every lesson tested, choices that do not give the answer away,
 * enough scenarios, and minutes that match the text. Some are errors (the course is refused), some warnings.
 */
final class AssessmentRules {
    static final int MIN_POOL = 30;
    static final int MIN_PER_LESSON = 2;
    static final int MAX_LONGEST_RIGHT_PERCENT = 40;
    static final int WORDS_PER_MINUTE = 180;
    static final int MINUTES_TOLERANCE_PERCENT = 25;

    /** What the rules look at: the course as read, with the lines its parts were written on. */
    record Input(Path folder, String courseFile, String questionsFile, Map<String, Integer> lessonLines,
                 List<Question> questions, Map<String, Integer> questionLines, int questionsLine,
                 int quizSize, int pretestSize, int minutes, int minutesLine) {
    }

    private final Input in;
    private final List<CourseProblem> problems;

    AssessmentRules(Input in, List<CourseProblem> problems) {
        this.in = in;
        this.problems = problems;
    }

    void check() {
        pool();
        lessonsTested();
        longestRight();
        onlyLastWrong();
        sameStem();
        scenarios();
        minutes();
    }

    private void add(boolean error, String file, int line, String key, Object... args) {
        problems.add(error ? CourseProblem.of(file, line, key, args) : CourseProblem.warning(file, line, key, args));
    }

    private void pool() {
        if (in.questions().size() < MIN_POOL) {
            add(true, in.questionsFile(), in.questionsLine(), "course.problem.smallPool", in.questions().size(), MIN_POOL);
        }
    }

    private void lessonsTested() {
        Map<String, Long> perLesson = in.questions().stream().collect(Collectors.groupingBy(Question::lesson, Collectors.counting()));
        in.lessonLines().forEach((lesson, line) -> {
            long n = perLesson.getOrDefault(lesson, 0L);
            if (n == 0) {
                add(true, in.courseFile(), line, "course.problem.lessonUntested", lesson);
            } else if (n < MIN_PER_LESSON) {
                add(false, in.courseFile(), line, "course.problem.lessonFewQuestions", lesson, n, MIN_PER_LESSON);
            }
        });
    }

    /** The right choice of a single-choice question is the strictly longest (Vietnamese, the reference text). */
    static boolean rightIsLongest(Question q) {
        int right = q.choices().stream().filter(Choice::correct).mapToInt(c -> length(c.text().vi())).max().orElse(0);
        return q.choices().stream().filter(c -> !c.correct()).allMatch(c -> length(c.text().vi()) < right);
    }

    private static int length(String s) {
        return s.codePointCount(0, s.length());
    }

    private void longestRight() {
        List<Question> singles = in.questions().stream().filter(q -> q.type() == Question.Type.SINGLE).toList();
        List<String> longest = singles.stream().filter(AssessmentRules::rightIsLongest).map(Question::id).toList();
        if (!singles.isEmpty() && longest.size() * 100 > MAX_LONGEST_RIGHT_PERCENT * singles.size()) {
            add(false, in.questionsFile(), in.questionsLine(), "course.problem.rightLongest", longest.size(), singles.size(),
                    longest.size() * 100 / singles.size(), MAX_LONGEST_RIGHT_PERCENT, String.join(", ", longest));
        }
    }

    private void onlyLastWrong() {
        for (Question q : in.questions()) {
            List<Choice> c = q.choices();
            if (q.type() == Question.Type.MULTIPLE && c.stream().filter(x -> !x.correct()).count() == 1 && !c.get(c.size() - 1).correct()) {
                add(false, in.questionsFile(), line(q), "course.problem.onlyLastWrong", q.id());
            }
        }
    }

    private void sameStem() {
        java.util.Set<String> reported = new java.util.HashSet<>();
        for (Function<Question, String> language : List.<Function<Question, String>>of(q -> q.text().vi(), q -> q.text().en())) {
            Map<String, Question> seen = new HashMap<>();
            for (Question q : in.questions()) {
                Question earlier = seen.putIfAbsent(stem(language.apply(q)), q);
                if (earlier != null && reported.add(q.id())) {
                    add(true, in.questionsFile(), line(q), "course.problem.sameStem", q.id(), earlier.id(), line(earlier));
                }
            }
        }
    }

    /** A stem compared without case, spacing or end punctuation: "Ai phải báo?" and "ai  phải báo" are the same. */
    static String stem(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ")
                .replaceAll("[\\s.?!:…]+$", "").strip();
    }

    private void scenarios() {
        List<Question> kinds = in.questions().stream().filter(q -> q.kind() != null).toList();
        long scenarios = kinds.stream().filter(q -> q.kind() == Question.Kind.SCENARIO).count();
        if (!kinds.isEmpty() && scenarios * 2 < in.questions().size()) {
            add(false, in.questionsFile(), in.questionsLine(), "course.problem.fewScenarios", scenarios, in.questions().size());
        }
    }

    /** Minutes the course should declare: reading time of the Vietnamese lessons plus the quiz and the pre-test. */
    static int expectedMinutes(long words, int quizSize, int pretestSize) {
        return (int) Math.ceil((double) words / WORDS_PER_MINUTE + quizSize + pretestSize * 0.5);
    }

    private void minutes() {
        long words = 0;
        for (String lesson : in.lessonLines().keySet()) {
            Path file = in.folder().resolve("lessons/" + lesson + ".vi.md");
            try {
                String text = Files.readString(file, StandardCharsets.UTF_8).strip();
                words += text.isEmpty() ? 0 : text.split("\\s+").length;
            } catch (IOException missing) {
                return; // reported with the lesson; no honest figure without every lesson
            }
        }
        int expected = expectedMinutes(words, in.quizSize(), in.pretestSize());
        if (Math.abs(in.minutes() - expected) * 100 > MINUTES_TOLERANCE_PERCENT * expected) {
            add(false, in.courseFile(), in.minutesLine(), "course.problem.minutes", in.minutes(), expected, words,
                    WORDS_PER_MINUTE, in.quizSize(), in.pretestSize(), MINUTES_TOLERANCE_PERCENT);
        }
    }

    private int line(Question q) {
        return in.questionLines().getOrDefault(q.id(), in.questionsLine());
    }
}
