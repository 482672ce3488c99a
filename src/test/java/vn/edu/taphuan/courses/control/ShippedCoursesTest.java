package vn.edu.taphuan.courses.control;

import org.junit.jupiter.api.Test;
import vn.edu.taphuan.courses.entity.Course;
import vn.edu.taphuan.courses.entity.Topic;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every course shipped in courses/ loads without a single problem, and together they cover the four reported topics. */
class ShippedCoursesTest {

    @Test
    void whenShippedCoursesAreLoadedThenEveryOneIsValid() {
        CourseLoader.Result result = new CourseLoader().load(Path.of("courses"));
        assertTrue(result.refused().isEmpty(), () -> "refused:\n" + CourseLoader.describe(result.problems()));
        for (Course c : result.courses()) {
            assertTrue(c.lessons().size() >= 4 && c.lessons().size() <= 8, c.id() + " lessons: " + c.lessons().size());
            assertTrue(c.questions().size() >= 12, c.id() + " bank: " + c.questions().size());
            assertEquals(10, c.quizSize(), c.id());
        }
        // the four reported topics each have a course; the student programme (fifth, optional) may be there
        assertTrue(result.courses().stream().map(Course::topic).collect(Collectors.toSet()).containsAll(
                Arrays.stream(Topic.values()).filter(t -> t != Topic.STUDENT_EDUCATION).toList()), "one course per topic");
        assertEquals(result.courses().size(), result.courses().stream().map(Course::topic).distinct().count(), "one course per topic");
    }
}
