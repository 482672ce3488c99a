package vn.edu.taphuan.courses.control;

import org.junit.jupiter.api.Test;
import vn.edu.taphuan.courses.entity.Course;
import vn.edu.taphuan.courses.entity.Lesson;
import vn.edu.taphuan.courses.entity.Topic;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
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

    /** A GFM table's delimiter row: {@code |---|:---:|}, with or without the outer pipes, at least one pipe. */
    static final Pattern DELIMITER_ROW = Pattern.compile("^\\s*\\|?\\s*:?-+:?\\s*(\\|\\s*:?-+:?\\s*)+\\|?\\s*$");

    /**
     * Issue 13: lessons showed their tables as raw Markdown ({@code | Trường hợp | Căn cứ | … |---|}). Every table
     * written in a shipped lesson, in both languages, renders as an HTML table in its scrolling box, and no row of
     * pipes is left in the text a learner reads.
     */
    @Test
    void whenShippedLessonsAreRenderedThenEveryMarkdownTableIsATableAndNoRawPipeRowIsLeft() throws IOException {
        CourseLoader.Result result = new CourseLoader().load(Path.of("courses"));
        List<String> problems = new ArrayList<>();
        int lessonsWithTables = 0;
        for (Course c : result.courses()) {
            for (Lesson l : c.lessons()) {
                for (String lang : List.of("vi", "en")) {
                    String file = c.id() + "/lessons/" + l.id() + "." + lang + ".md";
                    long written = Files.readString(Path.of("courses", file)).lines().filter(DELIMITER_ROW.asPredicate()).count();
                    String html = lang.equals("vi") ? l.html().vi() : l.html().en();
                    long rendered = html.split("<div class=\"table-scroll\"[^>]*><table>", -1).length - 1;
                    if (rendered != written) {
                        problems.add(file + ": " + written + " table(s) written, " + rendered + " rendered");
                    }
                    String text = html.replaceAll("<[^>]+>", "");
                    text.lines().map(String::strip).filter(line -> line.contains("|---") || line.contains("| ---")
                            || line.startsWith("|") && line.endsWith("|") && line.length() > 1)
                            .forEach(line -> problems.add(file + ": raw Markdown table row left: " + line));
                    lessonsWithTables += lang.equals("vi") && written > 0 ? 1 : 0;
                }
            }
        }
        assertEquals(List.of(), problems);
        assertTrue(lessonsWithTables >= 12, "the shipped lessons with tables: " + lessonsWithTables);
    }
}
