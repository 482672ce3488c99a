package vn.edu.taphuan.courses.control;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import vn.edu.taphuan.courses.entity.Course;
import vn.edu.taphuan.courses.entity.CourseProblem;
import vn.edu.taphuan.courses.entity.Lesson;
import vn.edu.taphuan.courses.entity.Question;
import vn.edu.taphuan.courses.entity.Source;
import vn.edu.taphuan.courses.entity.Text;
import vn.edu.taphuan.courses.entity.Topic;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads every course folder under a root and checks it against the format of docs/authoring-courses.md. A course
 * with any problem is refused as a whole (its problems say file, line and what is wrong); the others load.
 * Plain Java, no container: the loader tests run it on fixture folders.
 */
public final class CourseLoader {
    static final Pattern ID = Pattern.compile("[a-z0-9-]{1,64}");
    static final String COURSE_FILE = "course.yaml";
    static final String QUESTIONS_FILE = "questions.yaml";

    private static final Set<String> COURSE_FIELDS = Set.of("id", "version", "order", "topic", "title", "summary", "minutes",
            "masteryScore", "quizSize", "reviewNote", "lessons", "sources", "pretestSize");
    private static final Set<String> LESSON_FIELDS = Set.of("id", "title");
    private static final Set<String> QUESTIONS_FIELDS = Set.of("questions");

    /**
     * What a load found: the courses that passed (in catalogue order), per refused folder why, and per loaded
     * folder the warnings (quality rules it does not meet yet).
     */
    public record Result(List<Course> courses, Map<String, List<CourseProblem>> refused,
                         Map<String, List<CourseProblem>> warnings) {
        public List<CourseProblem> problems() {
            return refused.values().stream().flatMap(List::stream).toList();
        }

        public List<CourseProblem> allWarnings() {
            return warnings.values().stream().flatMap(List::stream).toList();
        }
    }

    public Result load(Path root) {
        List<Course> courses = new ArrayList<>();
        Map<String, List<CourseProblem>> refused = new LinkedHashMap<>();
        Map<String, List<CourseProblem>> warnings = new LinkedHashMap<>();
        Map<String, String> folderOfId = new HashMap<>();
        if (!Files.isDirectory(root)) {
            refused.put("", List.of(CourseProblem.of(root.toString(), null, "course.problem.noFolder")));
            return new Result(courses, refused, warnings);
        }
        List<Path> folders;
        try (Stream<Path> list = Files.list(root)) {
            folders = list.filter(Files::isDirectory).filter(p -> !p.getFileName().toString().startsWith(".")).sorted().toList();
        } catch (IOException e) {
            refused.put("", List.of(CourseProblem.of(root.toString(), null, "course.problem.unreadable", e.getMessage())));
            return new Result(courses, refused, warnings);
        }
        for (Path folder : folders) {
            String name = folder.getFileName().toString();
            List<CourseProblem> problems = new ArrayList<>();
            Optional<Course> course = loadCourse(folder, problems);
            if (course.isPresent() && folderOfId.containsKey(course.get().id())) {
                // unreachable while id = folder name holds on a case-sensitive file system; kept as the last guard
                problems.add(CourseProblem.of(name + "/" + COURSE_FILE, 1, "course.problem.duplicateCourse",
                        course.get().id(), folderOfId.get(course.get().id())));
            }
            if (!hasErrors(problems) && course.isPresent()) {
                courses.add(course.get());
                folderOfId.put(course.get().id(), name);
                if (!problems.isEmpty()) {
                    warnings.put(name, List.copyOf(problems));
                }
            } else {
                refused.put(name, List.copyOf(problems));
            }
        }
        courses.sort(Comparator.comparingInt(Course::order).thenComparing(Course::id));
        return new Result(List.copyOf(courses), refused, warnings);
    }

    /** Loads one course folder; empty when it has problems (all of them added to {@code problems}). */
    Optional<Course> loadCourse(Path folder, List<CourseProblem> problems) {
        String name = folder.getFileName().toString();
        String courseFile = name + "/" + COURSE_FILE;
        String questionsFile = name + "/" + QUESTIONS_FILE;
        if (!ID.matcher(name).matches()) {
            problems.add(CourseProblem.of(name, null, "course.problem.badFolder", name));
        }
        Optional<YamlFields> meta = compose(folder.resolve(COURSE_FILE), courseFile, problems)
                .flatMap(n -> YamlFields.open(courseFile, "", n, COURSE_FIELDS, problems));
        Optional<YamlFields> bank = compose(folder.resolve(QUESTIONS_FILE), questionsFile, problems)
                .flatMap(n -> YamlFields.open(questionsFile, "", n, QUESTIONS_FIELDS, problems));
        if (meta.isEmpty()) {
            bank.ifPresent(b -> new QuestionBank(b, null).read());
            return Optional.empty();
        }
        YamlFields m = meta.get();
        Optional<String> id = courseId(m, name);
        Optional<Integer> version = m.integer("version", 1, Integer.MAX_VALUE);
        Optional<Integer> order = m.integer("order");
        Optional<Topic> topic = topic(m);
        Optional<Text> title = m.text("title");
        Optional<Text> summary = m.text("summary");
        Optional<Integer> minutes = m.integer("minutes", 1, 600);
        Optional<Integer> mastery = m.integer("masteryScore", 1, 100);
        Optional<Integer> quizSize = m.integer("quizSize", 1, 1000);
        Optional<Text> reviewNote = m.text("reviewNote");
        Map<String, Source> sources = CourseSources.read(m);
        Optional<Integer> pretestSize = m.has("pretestSize") ? m.integer("pretestSize", 0, 1000) : Optional.of(0);
        List<Lesson> lessons = lessons(m, folder, id.orElse(name), sources);
        Map<String, Integer> lessonLines = m.listedIds("lessons"); // what a question may name
        Optional<QuestionBank> reader = bank.map(b -> new QuestionBank(b, lessonLines.keySet()));
        List<Question> questions = reader.map(QuestionBank::read).orElse(List.of());
        if (bank.isPresent()) {
            notLargerThanBank(m, "quizSize", quizSize, questions.size(), "course.problem.quizTooBig");
            notLargerThanBank(m, "pretestSize", pretestSize, questions.size(), "course.problem.pretestTooBig");
        }
        if (hasErrors(problems)) {
            return Optional.empty();
        }
        new AssessmentRules(new AssessmentRules.Input(folder, courseFile, questionsFile, lessonLines, questions,
                reader.get().lines(), reader.get().line(), quizSize.get(), pretestSize.get(), minutes.get(), m.lineOf("minutes")),
                problems).check();
        if (hasErrors(problems)) {
            return Optional.empty();
        }
        return Optional.of(new Course(id.get(), version.get(), order.get(), topic.get(), title.get(), summary.get(),
                minutes.get(), mastery.get(), quizSize.get(), reviewNote.get(), lessons, questions, folder,
                List.copyOf(sources.values()), pretestSize.get()));
    }

    /**
     * An id (of a lesson, of a source) that is well formed and not given before in this list; else a problem at its
     * line: {@code course.problem.badId}, or {@code duplicateProblem} naming the line of the first.
     */
    static boolean newId(YamlFields f, String field, String id, Map<String, Integer> seen, String duplicateProblem) {
        if (!ID.matcher(id).matches()) {
            f.problems().add(CourseProblem.of(f.file(), f.lineOf(field), "course.problem.badId", id));
            return false;
        }
        Integer earlier = seen.putIfAbsent(id, f.lineOf(field));
        if (earlier != null) {
            f.problems().add(CourseProblem.of(f.file(), f.lineOf(field), duplicateProblem, id, earlier));
            return false;
        }
        return true;
    }

    /** The course id: well formed and the same as the folder name. */
    private static Optional<String> courseId(YamlFields m, String folderName) {
        return m.string("id").filter(v -> {
            if (!ID.matcher(v).matches()) {
                m.problems().add(CourseProblem.of(m.file(), m.lineOf("id"), "course.problem.badId", v));
                return false;
            }
            if (!v.equals(folderName)) {
                m.problems().add(CourseProblem.of(m.file(), m.lineOf("id"), "course.problem.idNotFolder", v, folderName));
                return false;
            }
            return true;
        });
    }

    private static Optional<Topic> topic(YamlFields m) {
        return m.string("topic").flatMap(t -> {
            Optional<Topic> found = Topic.of(t);
            if (found.isEmpty()) {
                m.problems().add(CourseProblem.of(m.file(), m.lineOf("topic"), "course.problem.badTopic", t,
                        String.join(", ", Arrays.stream(Topic.values()).map(Topic::key).toList())));
            }
            return found;
        });
    }

    /** A number of questions to draw (quiz or pre-test) cannot be larger than the bank. */
    private static void notLargerThanBank(YamlFields m, String field, Optional<Integer> size, int bank, String key) {
        if (size.isPresent() && size.get() > bank) {
            m.problems().add(CourseProblem.of(m.file(), m.lineOf(field), key, size.get(), bank));
        }
    }

    static boolean hasErrors(List<CourseProblem> problems) {
        return problems.stream().anyMatch(p -> !p.warning());
    }

    private List<Lesson> lessons(YamlFields m, Path folder, String courseId, Map<String, Source> sources) {
        List<Lesson> lessons = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        List<YamlFields> items = m.list("lessons", LESSON_FIELDS);
        if (items.isEmpty() && m.has("lessons")) {
            m.problems().add(CourseProblem.of(m.file(), m.lineOf("lessons"), "course.problem.noLessons"));
        }
        for (YamlFields l : items) {
            Optional<String> id = l.string("id").filter(v -> newId(l, "id", v, seen, "course.problem.duplicateLesson"));
            Optional<Text> title = l.text("title");
            if (id.isPresent()) {
                String vi = lessonHtml(folder, courseId, id.get(), "vi", sources, m.problems());
                String en = lessonHtml(folder, courseId, id.get(), "en", sources, m.problems());
                if (title.isPresent() && vi != null && en != null) {
                    lessons.add(new Lesson(id.get(), title.get(), new Text(vi, en)));
                }
            }
        }
        return List.copyOf(lessons);
    }

    private String lessonHtml(Path folder, String courseId, String lessonId, String language, Map<String, Source> sources,
                              List<CourseProblem> problems) {
        String relative = "lessons/" + lessonId + "." + language + ".md";
        String file = folder.getFileName() + "/" + relative;
        Path path = folder.resolve(relative);
        if (!Files.isRegularFile(path)) {
            problems.add(CourseProblem.of(file, null, "course.problem.missingFile", file));
            return null;
        }
        try {
            String markdown = read(path);
            if (markdown.isBlank()) {
                problems.add(CourseProblem.of(file, 1, "course.problem.emptyLesson"));
                return null;
            }
            return LessonMarkdown.render(markdown, new LessonMarkdown.Context(file, courseId, folder.resolve("images"), sources,
                    Locale.forLanguageTag(language), problems));
        } catch (IOException e) {
            problems.add(CourseProblem.of(file, null, "course.problem.unreadable", e.getMessage()));
            return null;
        }
    }

    /** Composes a YAML file to its node tree (line numbers kept, no objects built). */
    private static Optional<Node> compose(Path path, String file, List<CourseProblem> problems) {
        if (!Files.isRegularFile(path)) {
            problems.add(CourseProblem.of(file, null, "course.problem.missingFile", file));
            return Optional.empty();
        }
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(true); // we report duplicates ourselves, with both lines
        options.setMaxAliasesForCollections(10);
        try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            Node node = new Yaml(options).compose(reader);
            if (node == null) {
                problems.add(CourseProblem.of(file, 1, "course.problem.emptyFile"));
                return Optional.empty();
            }
            if (node instanceof ScalarNode) {
                problems.add(CourseProblem.of(file, YamlFields.line(node), "course.problem.notMapping", "—", YamlFields.describe(node)));
                return Optional.empty();
            }
            return Optional.of(node);
        } catch (MarkedYAMLException e) {
            var mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            problems.add(CourseProblem.of(file, mark == null ? null : mark.getLine() + 1, "course.problem.yaml",
                    String.valueOf(e.getProblem())));
        } catch (YAMLException | CharacterCodingException e) {
            problems.add(CourseProblem.of(file, null, "course.problem.yaml", e.getMessage()));
        } catch (IOException e) {
            problems.add(CourseProblem.of(file, null, "course.problem.unreadable", e.getMessage()));
        }
        return Optional.empty();
    }

    private static String read(Path path) throws IOException {
        return new String(Files.readAllBytes(path), StandardCharsets.UTF_8).replace("\r\n", "\n");
    }

    /** Lists every problem for the log, in English. */
    public static String describe(List<CourseProblem> problems) {
        return String.join("\n", problems.stream().map(p -> "  " + p.describe(Locale.ENGLISH)).toList());
    }
}
