package vn.edu.taphuan.courses.control;

import org.junit.jupiter.api.Test;
import vn.edu.taphuan.courses.entity.Course;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every course shipped in courses/ loads without a single problem. */
class ShippedCoursesTest {

    @Test
    void whenShippedCoursesAreLoadedThenEveryOneIsValid() {
        CourseLoader.Result result = new CourseLoader().load(Path.of("courses"));
        assertTrue(result.refused().isEmpty(), () -> "refused:\n" + CourseLoader.describe(result.problems()));
        for (Course c : result.courses()) {
            assertTrue(c.lessons().size() >= 4 && c.lessons().size() <= 6, c.id() + " lessons: " + c.lessons().size());
            assertTrue(c.questions().size() >= 12, c.id() + " bank: " + c.questions().size());
            assertEquals(10, c.quizSize(), c.id());
        }
        assertTrue(result.courses().size() >= 3, "shipped courses: " + result.courses().size());
    }
}
