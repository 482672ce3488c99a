package vn.edu.taphuan.courses.control;

import vn.edu.taphuan.courses.entity.Choice;
import vn.edu.taphuan.courses.entity.CourseProblem;
import vn.edu.taphuan.courses.entity.Question;
import vn.edu.taphuan.courses.entity.Text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads a course's {@code questions.yaml}: each question's fields, choices and the lesson it tests. */
final class QuestionBank {
    static final Pattern QUESTION_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    private static final Set<String> QUESTION_FIELDS = Set.of("id", "type", "text", "choices", "explanation", "lesson", "kind");
    private static final Set<String> CHOICE_FIELDS = Set.of("text", "correct");

    private final YamlFields bank;
    private final Set<String> lessonIds;
    /** The line each question starts on, by id: quality rules point at it. */
    private final Map<String, Integer> seen = new HashMap<>();

    /** @param lessonIds the course's lesson ids, or null when course.yaml could not be read (not checked then) */
    QuestionBank(YamlFields bank, Set<String> lessonIds) {
        this.bank = bank;
        this.lessonIds = lessonIds;
    }

    Map<String, Integer> lines() {
        return Map.copyOf(seen);
    }

    int line() {
        return bank.keyLine("questions");
    }

    List<Question> read() {
        List<Question> questions = new ArrayList<>();
        List<YamlFields> items = bank.list("questions", QUESTION_FIELDS);
        if (items.isEmpty() && bank.has("questions")) {
            problem(bank.lineOf("questions"), "course.problem.noQuestions");
        }
        for (YamlFields q : items) {
            question(q, "#" + (questions.size() + 1)).ifPresent(questions::add);
        }
        return List.copyOf(questions);
    }

    private void problem(int line, String key, Object... args) {
        bank.problems().add(CourseProblem.of(bank.file(), line, key, args));
    }

    private Optional<Question> question(YamlFields q, String position) {
        Optional<String> id = q.string("id").filter(v -> {
            if (!QUESTION_ID.matcher(v).matches()) {
                problem(q.lineOf("id"), "course.problem.badQuestionId", v);
                return false;
            }
            Integer earlier = seen.putIfAbsent(v, q.line());
            if (earlier != null) {
                problem(q.lineOf("id"), "course.problem.duplicateQuestion", v, earlier);
                return false;
            }
            return true;
        });
        String label = id.orElse(position);
        Optional<Question.Type> type = q.string("type").flatMap(t -> switch (t) {
            case "single" -> Optional.of(Question.Type.SINGLE);
            case "multiple" -> Optional.of(Question.Type.MULTIPLE);
            default -> {
                problem(q.lineOf("type"), "course.problem.badQuestionType", t);
                yield Optional.empty();
            }
        });
        Optional<Text> text = q.text("text");
        Optional<Text> explanation = q.text("explanation");
        Optional<List<Choice>> choices = choices(q, label, type.orElse(null));
        Optional<String> lesson = q.string("lesson").filter(l -> knownLesson(q, l));
        Optional<Question.Kind> kind = q.string("kind").flatMap(k -> kind(q, k));
        if (id.isEmpty() || type.isEmpty() || text.isEmpty() || explanation.isEmpty() || choices.isEmpty()
                || lesson.isEmpty() || kind.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Question(id.get(), type.get(), text.get(), choices.get(), explanation.get(), lesson.get(), kind.get()));
    }

    private boolean knownLesson(YamlFields q, String lesson) {
        if (lessonIds != null && !lessonIds.contains(lesson)) {
            problem(q.lineOf("lesson"), "course.problem.unknownLesson", lesson, String.join(", ", lessonIds));
            return false;
        }
        return true;
    }

    private Optional<Question.Kind> kind(YamlFields q, String k) {
        for (Question.Kind kind : Question.Kind.values()) {
            if (kind.key().equals(k)) {
                return Optional.of(kind);
            }
        }
        problem(q.lineOf("kind"), "course.problem.badQuestionKind", k.toLowerCase(Locale.ROOT));
        return Optional.empty();
    }

    /** The choices, checked for count and correct answers; empty when any is wrong. */
    private Optional<List<Choice>> choices(YamlFields q, String label, Question.Type type) {
        List<YamlFields> items = q.list("choices", CHOICE_FIELDS);
        List<Choice> choices = new ArrayList<>();
        boolean ok = true;
        for (YamlFields c : items) {
            Optional<Text> choiceText = c.text("text");
            Optional<Boolean> correct = c.bool("correct", false);
            if (choiceText.isPresent() && correct.isPresent()) {
                choices.add(new Choice(choiceText.get(), correct.get()));
            } else {
                ok = false;
            }
        }
        if (q.has("choices") && (items.size() < 2 || items.size() > 6)) {
            problem(q.lineOf("choices"), "course.problem.choiceCount", label, items.size());
            return Optional.empty();
        }
        if (ok && !items.isEmpty()) {
            long correct = choices.stream().filter(Choice::correct).count();
            if (correct == 0) {
                problem(q.line(), "course.problem.noCorrect", label);
            } else if (correct > 1 && type == Question.Type.SINGLE) {
                problem(q.lineOf("type"), "course.problem.singleManyCorrect", label, correct);
            }
        }
        return ok && !items.isEmpty() ? Optional.of(List.copyOf(choices)) : Optional.empty();
    }
}
