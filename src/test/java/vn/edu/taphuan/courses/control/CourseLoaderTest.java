package vn.edu.taphuan.courses.control;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.edu.taphuan.courses.entity.Course;
import vn.edu.taphuan.courses.entity.CourseProblem;
import vn.edu.taphuan.courses.entity.Question;
import vn.edu.taphuan.courses.entity.Topic;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The course loader on fixture folders: src/test/resources/courses/valid and one broken folder per problem. */
class CourseLoaderTest {
    static CourseLoader.Result broken;
    static CourseLoader.Result warned;

    @BeforeAll
    static void loadBroken() {
        broken = new CourseLoader().load(fixture("broken"));
        warned = new CourseLoader().load(fixture("warnings"));
    }

    static Path fixture(String name) {
        try {
            return Path.of(CourseLoaderTest.class.getResource("/courses/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Course safeSchool() {
        return new CourseLoader().load(fixture("valid")).courses().stream().filter(c -> c.id().equals("safe-school")).findFirst().orElseThrow();
    }

    @Test
    void whenCoursesAreValidThenAllLoadInCatalogueOrder() {
        CourseLoader.Result result = new CourseLoader().load(fixture("valid"));
        assertTrue(result.refused().isEmpty(), () -> CourseLoader.describe(result.problems()));
        assertEquals(List.of("listening", "safe-school"), result.courses().stream().map(Course::id).toList());

        Course course = result.courses().get(1);
        assertEquals(2, course.version());
        assertEquals(Topic.GENDER_BASED_VIOLENCE, course.topic());
        assertEquals("Trường học an toàn", course.title().vi());
        assertEquals("A safe school", course.title().in(Locale.ENGLISH));
        assertEquals(60, course.masteryScore());
        assertEquals(3, course.quizSize());
        assertEquals(List.of("first-steps", "asking-for-help"), course.lessons().stream().map(l -> l.id()).toList());
        assertEquals(30, course.questions().size());
        Question multiple = course.question("q2").orElseThrow();
        assertEquals(Question.Type.MULTIPLE, multiple.type());
        assertEquals(Set.of(0, 1), multiple.correctChoices());
    }

    @Test
    void whenLessonIsRenderedThenImagesPointAtTheApiAndLinksAreSafe() {
        Course course = safeSchool();
        String html = course.lesson("first-steps").orElseThrow().html().vi();
        assertTrue(html.contains("<h2>Mở đầu</h2>"), html);
        assertTrue(html.contains("src=\"/api/courses/safe-school/images/referral.svg\""), html);
        assertTrue(html.contains("alt=\"Sơ đồ chuyển gửi\""), html);
        assertTrue(html.contains("rel=\"noopener noreferrer external\""), html);
        assertTrue(html.contains("<strong>mẫu</strong>"), html);
    }

    @Test
    void whenCourseHasSourcesAndAPretestThenTheyLoad() {
        Course course = safeSchool();
        assertEquals(2, course.pretestSize());
        assertEquals(List.of("luat-tre-em-2016", "nd-56-2017"), course.sources().stream().map(s -> s.key()).toList());
        assertEquals("Điều 51", course.sources().get(0).article());
        assertEquals(java.time.LocalDate.of(2026, 10, 1), course.sourcesVerifiedOn().orElseThrow());
        Question q1 = course.question("q1").orElseThrow();
        assertEquals("first-steps", q1.lesson());
        assertEquals(Question.Kind.SCENARIO, q1.kind());
    }

    @Test
    void whenLessonCitesSourcesThenCitationsLinkToTheLessonsSourceList() {
        Course course = safeSchool();
        String vi = course.lesson("asking-for-help").orElseThrow().html().vi();
        assertTrue(vi.contains("<a href=\"#source-luat-tre-em-2016\" class=\"cite\">[1]</a>"), vi);
        assertTrue(vi.contains("<a href=\"#source-nd-56-2017\" class=\"cite\">[2]</a>; nhắc lại <a href=\"#source-luat-tre-em-2016\" class=\"cite\">[1]</a>"), vi);
        assertTrue(vi.contains("<section class=\"sources\">\n<h2>Nguồn</h2>"), vi);
        assertTrue(vi.contains("<li id=\"source-luat-tre-em-2016\"><a href=\"https://vbpl.vn/example-law-on-children\" "
                + "rel=\"noopener noreferrer external\">Luật Trẻ em</a>, số 102/2016/QH13, Điều 51 (ban hành ngày 05/04/2016)</li>"), vi);
        assertFalse(vi.contains("2026"), "no verified-on date shown to learners: " + vi);
        String en = course.lesson("asking-for-help").orElseThrow().html().en();
        assertTrue(en.contains("<h2>Sources</h2>") && en.contains("No. 56/2017/NĐ-CP (issued 9 May 2017)"), en);
        assertFalse(course.lesson("first-steps").orElseThrow().html().vi().contains("class=\"sources\""), "no list without citations");
    }

    @Test
    void whenLessonHasAContactsBlockThenItBecomesThePlaceholderTheLearnerPageFills() {
        Course course = safeSchool();
        String vi = course.lesson("asking-for-help").orElseThrow().html().vi();
        assertTrue(vi.contains("<div class=\"contacts\" data-kinds=\"school-focal-point ward-police health-station\">"), vi);
        assertTrue(vi.contains("111") && !vi.contains("<pre>"), vi);
    }

    @Test
    void whenLessonHasATableThenItIsRenderedInsideAScrollingBox() {
        Course course = safeSchool();
        String vi = course.lesson("asking-for-help").orElseThrow().html().vi();
        assertTrue(vi.contains("<div class=\"table-scroll\" tabindex=\"0\" role=\"region\" aria-label=\"Bảng, có thể cuộn ngang\"><table>"), vi);
        assertTrue(vi.contains("<th>Việc</th>") && vi.contains("<td>Gọi 111</td>") && vi.contains("</table></div>"), vi);
    }

    @ParameterizedTest(name = "{0}: {1} in {2} line {3}")
    @CsvSource(nullValues = "-", value = {
            "unknown-field,                course.problem.unknownField,        course.yaml,          12",
            "duplicate-field,              course.problem.duplicateField,      course.yaml,          12",
            "missing-field,                course.problem.missingField,        course.yaml,          1",
            "missing-translation,          course.problem.missingTranslation,  course.yaml,          6",
            "wrong-type,                   course.problem.wrongType,           course.yaml,          11",
            "mastery-out-of-range,         course.problem.outOfRange,          course.yaml,          12",
            "quiz-too-big,                 course.problem.quizTooBig,          course.yaml,          13",
            "id-not-folder,                course.problem.idNotFolder,         course.yaml,          1",
            "bad-topic,                    course.problem.badTopic,            course.yaml,          4",
            "duplicate-lesson,             course.problem.duplicateLesson,     course.yaml,          22",
            "missing-lesson-file,          course.problem.missingFile,         lessons/one.en.md,    -",
            "missing-questions-file,       course.problem.missingFile,         questions.yaml,       -",
            "no-correct,                   course.problem.noCorrect,           questions.yaml,       2",
            "single-many-correct,          course.problem.singleManyCorrect,   questions.yaml,       3",
            "duplicate-question,           course.problem.duplicateQuestion,   questions.yaml,       14",
            "bad-question-type,            course.problem.badQuestionType,     questions.yaml,       3",
            "choice-count,                 course.problem.choiceCount,         questions.yaml,       8",
            "unknown-choice-field,         course.problem.unknownField,        questions.yaml,       10",
            "wrong-type-correct,           course.problem.wrongType,           questions.yaml,       9",
            "yes-for-correct,              course.problem.wrongType,           questions.yaml,       9",
            "missing-question-translation, course.problem.missingTranslation,  questions.yaml,       12",
            "raw-html,                     course.problem.rawHtml,             lessons/one.vi.md,    5",
            "heading-level,                course.problem.headingLevel,        lessons/one.en.md,    1",
            "missing-image,                course.problem.missingImage,        lessons/one.vi.md,    3",
            "link-target,                  course.problem.linkTarget,          lessons/one.en.md,    3",
            "Bad_Folder,                   course.problem.badId,               course.yaml,          1",
            "unknown-source,               course.problem.unknownSource,       lessons/asking-for-help.en.md, 7",
            "source-without-verified-on,   course.problem.missingField,        course.yaml,          36",
            "source-link,                  course.problem.sourceLink,          course.yaml,          40",
            "bad-source-date,              course.problem.wrongType,           course.yaml,          38",
            "unknown-contact-kind,         course.problem.unknownContactKind,  lessons/asking-for-help.vi.md, 14",
            "unknown-question-lesson,      course.problem.unknownLesson,       questions.yaml,       18",
            "bad-question-kind,            course.problem.badQuestionKind,     questions.yaml,       19",
            "small-pool,                   course.problem.smallPool,           questions.yaml,       1",
            "lesson-untested,              course.problem.lessonUntested,      course.yaml,          24",
            "same-stem,                    course.problem.sameStem,            questions.yaml,       97",
            "missing-question-lesson,      course.problem.missingField,        questions.yaml,       35",
            "missing-sources,              course.problem.missingField,        course.yaml,          2",
    })
    void whenCourseBreaksARuleThenItIsRefusedWithFileLineAndProblem(String folder, String key, String file, Integer line) {
        List<CourseProblem> problems = broken.refused().get(folder);
        assertNotNull(problems, folder + " should be refused");
        String expectedFile = folder + "/" + file;
        assertTrue(problems.stream().anyMatch(p -> p.key().equals(key) && p.file().equals(expectedFile) && java.util.Objects.equals(p.line(), line)),
                () -> "expected " + key + " at " + expectedFile + ":" + line + " but got\n" + CourseLoader.describe(problems));
        problems.forEach(p -> {
            assertFalse(p.message(Locale.ENGLISH).contains("course.problem"), p.message(Locale.ENGLISH));
            assertFalse(p.message(Locale.forLanguageTag("vi")).equals(p.key()), p.key());
        });
    }

    @ParameterizedTest(name = "{0}: {1} in {2} line {3}")
    @CsvSource({
            "lesson-few-questions, course.problem.lessonFewQuestions, course.yaml,    24",
            "right-longest,        course.problem.rightLongest,       questions.yaml, 1",
            "only-last-wrong,      course.problem.onlyLastWrong,      questions.yaml, 17",
            "few-scenarios,        course.problem.fewScenarios,       questions.yaml, 1",
            "minutes-off,          course.problem.minutes,            course.yaml,    12",
    })
    void whenCourseMissesAQualityRuleThenItLoadsWithThatOneWarning(String folder, String key, String file, int line) {
        assertTrue(warned.courses().stream().anyMatch(c -> c.id().equals(folder)), () -> folder + " refused:\n"
                + CourseLoader.describe(warned.refused().getOrDefault(folder, List.of())));
        List<CourseProblem> warnings = warned.warnings().getOrDefault(folder, List.of());
        assertEquals(1, warnings.size(), () -> CourseLoader.describe(warnings));
        CourseProblem w = warnings.get(0);
        assertTrue(w.warning() && w.key().equals(key) && w.file().equals(folder + "/" + file) && w.line() == line,
                () -> "expected " + key + " at " + folder + "/" + file + ":" + line + " but got " + w.describe(Locale.ENGLISH));
        assertFalse(w.message(Locale.forLanguageTag("vi")).contains("course.problem"), w.key());
    }

    @Test
    void whenTheCourseMeetsEveryRuleThenItHasNoWarning() {
        CourseLoader.Result result = new CourseLoader().load(fixture("valid"));
        assertTrue(result.courses().stream().anyMatch(c -> c.id().equals("safe-school")), () -> CourseLoader.describe(result.problems()));
        assertNull(result.warnings().get("safe-school"), () -> CourseLoader.describe(result.allWarnings()));
    }

    @Test
    void whenMinutesAreComputedThenReadingQuizAndPretestCount() {
        assertEquals(5, AssessmentRules.expectedMinutes(65, 3, 2));       // 0.36 + 3 + 1, rounded up
        assertEquals(26, AssessmentRules.expectedMinutes(2700, 10, 2));   // 15 + 10 + 1
        assertEquals(28, AssessmentRules.expectedMinutes(2701, 10, 5));   // 15.006 + 10 + 2.5, rounded up
    }

    @Test
    void whenStemsDifferOnlyInCaseSpacingOrEndPunctuationThenTheyAreTheSame() {
        assertEquals(AssessmentRules.stem("Ai phải báo tin?"), AssessmentRules.stem("ai  phải báo tin"));
        assertNotEquals(AssessmentRules.stem("Ai phải báo tin?"), AssessmentRules.stem("Ai phải báo tin ngay?"));
    }

    @Test
    void whenYamlIsBrokenThenTheProblemNamesTheFileAndALine() {
        List<CourseProblem> problems = broken.refused().get("yaml-syntax");
        CourseProblem p = problems.get(0);
        assertEquals("course.problem.yaml", p.key());
        assertEquals("yaml-syntax/course.yaml", p.file());
        assertNotNull(p.line());
    }

    @Test
    void whenProblemsAreReadThenTheyAreClearInBothLanguages() {
        CourseProblem p = broken.refused().get("missing-translation").stream()
                .filter(x -> x.key().equals("course.problem.missingTranslation")).findFirst().orElseThrow();
        assertEquals("\"title\" has no \"en\" text; write both vi and en.", p.message(Locale.ENGLISH));
        assertEquals("\"title\" thiếu bản \"en\"; cần viết cả vi và en.", p.message(Locale.forLanguageTag("vi")));
        CourseProblem type = broken.refused().get("wrong-type").get(0);
        assertEquals("Field \"minutes\" must be a whole number; found \"mười\".", type.message(Locale.ENGLISH));
    }

    @Test
    void whenEveryBrokenFolderIsLoadedThenNoneIsAccepted() {
        assertTrue(broken.courses().isEmpty(), () -> broken.courses().stream().map(Course::id).toList().toString());
    }

    @Test
    void whenOneCourseIsInvalidThenTheOthersStillLoad(@TempDir Path root) throws IOException {
        copy(fixture("valid").resolve("listening"), root.resolve("listening"));
        copy(fixture("broken").resolve("no-correct"), root.resolve("no-correct"));
        CourseLoader.Result result = new CourseLoader().load(root);
        assertEquals(List.of("listening"), result.courses().stream().map(Course::id).toList());
        assertEquals(Set.of("no-correct"), result.refused().keySet());
    }

    @Test
    void whenTheFolderIsMissingThenThatIsTheProblem(@TempDir Path root) {
        CourseLoader.Result result = new CourseLoader().load(root.resolve("nowhere"));
        assertTrue(result.courses().isEmpty());
        assertEquals("course.problem.noFolder", result.problems().get(0).key());
    }

    static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : files.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}
