package vn.edu.taphuan.learning.entity;

import vn.edu.taphuan.courses.control.CourseLoader;
import vn.edu.taphuan.courses.entity.Course;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDateTime;

/** Named test data for the learning rules: the fixture course "safe-school" (2 lessons, bank of 4, quiz of 3, 60%). */
public final class Fixtures {
    public static final LocalDateTime MONDAY = LocalDateTime.of(2026, 3, 2, 8, 0);

    private Fixtures() {
    }

    public static Course safeSchool() {
        try {
            Path root = Path.of(Fixtures.class.getResource("/courses/valid").toURI());
            return new CourseLoader().load(root).courses().stream().filter(c -> c.id().equals("safe-school")).findFirst().orElseThrow();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static CourseAttempt startedBy(long staffId, Course course) {
        return new CourseAttempt(1, staffId, course, MONDAY);
    }
}
