package vn.edu.taphuan.learning.boundary;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import vn.edu.taphuan.courses.control.CourseLoader;
import vn.edu.taphuan.courses.entity.Choice;
import vn.edu.taphuan.courses.entity.Course;
import vn.edu.taphuan.courses.entity.Question;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The answer key, for tests only: what a learner who knows (or does not know) the answers picks. It reads the
 * shipped course files, as the WAR under test was built from them; the service never sends correctness.
 */
public final class QuizKey {
    private final List<Course> courses = new CourseLoader().load(Path.of("courses")).courses();

    public List<Course> courses() {
        return courses;
    }

    public Course course(String id) {
        return courses.stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    /** Positions (as shown) that are right for a question with these shown choice texts. */
    public List<Integer> right(String courseId, String questionId, List<String> shownChoices, Locale locale) {
        Question q = course(courseId).question(questionId).orElseThrow();
        List<String> correct = q.choices().stream().filter(Choice::correct).map(c -> c.text().in(locale)).toList();
        return IntStream.range(0, shownChoices.size()).filter(i -> correct.contains(shownChoices.get(i))).boxed().toList();
    }

    /** One shown position that is wrong. */
    public List<Integer> wrong(String courseId, String questionId, List<String> shownChoices, Locale locale) {
        List<Integer> right = right(courseId, questionId, shownChoices, locale);
        return List.of(IntStream.range(0, shownChoices.size()).filter(i -> !right.contains(i)).findFirst().orElseThrow());
    }

    /** The JSON body answering a quiz payload (from the API) all right or all wrong. */
    public String answers(JsonObject quiz, boolean allRight, Locale locale) {
        String courseId = quiz.getString("courseId");
        List<String> parts = new ArrayList<>();
        for (var v : quiz.getJsonArray("questions")) {
            JsonObject q = v.asJsonObject();
            List<String> shown = q.getJsonArray("choices").getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
            List<Integer> picked = allRight ? right(courseId, q.getString("id"), shown, locale) : wrong(courseId, q.getString("id"), shown, locale);
            parts.add("\"" + q.getString("id") + "\":" + picked);
        }
        return "{\"answers\":{" + parts.stream().collect(Collectors.joining(",")) + "}}";
    }
}
