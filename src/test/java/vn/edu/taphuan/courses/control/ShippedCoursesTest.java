package vn.edu.taphuan.courses.control;

import org.junit.jupiter.api.Test;
import vn.edu.taphuan.courses.entity.Course;
import vn.edu.taphuan.courses.entity.Topic;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every course shipped in courses/ loads without a single problem or warning (the content contract and the quality
 * rules of docs/authoring-courses.md), and together they cover the four reported topics and the student programme.
 */
class ShippedCoursesTest {

    @Test
    void whenShippedCoursesAreLoadedThenEveryOneIsValid() {
        CourseLoader.Result result = new CourseLoader().load(Path.of("courses"));
        assertTrue(result.refused().isEmpty(), () -> "refused:\n" + CourseLoader.describe(result.problems()));
        assertTrue(result.warnings().isEmpty(), () -> "warnings:\n" + CourseLoader.describe(result.allWarnings()));
        for (Course c : result.courses()) {
            assertTrue(c.lessons().size() >= 4 && c.lessons().size() <= 8, c.id() + " lessons: " + c.lessons().size());
            assertTrue(c.questions().size() >= 30, c.id() + " bank: " + c.questions().size());
            assertEquals(10, c.quizSize(), c.id());
            assertEquals(5, c.pretestSize(), c.id());
            assertFalse(c.sources().isEmpty(), c.id() + " cites no source");
        }
        // the four reported topics and the optional student programme: one course each
        assertEquals(Arrays.stream(Topic.values()).collect(Collectors.toSet()),
                result.courses().stream().map(Course::topic).collect(Collectors.toSet()), "one course per topic");
        assertEquals(Topic.values().length, result.courses().size());
        assertEquals("reintegration-and-students", result.courses().stream().filter(c -> c.topic() == Topic.COMMUNITY_REINTEGRATION)
                .findFirst().orElseThrow().id(), "course 4 keeps its id: statements and programmes name it");
    }
}
