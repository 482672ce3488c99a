package vn.edu.taphuan.learning.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import vn.edu.taphuan.courses.control.Catalogue;
import vn.edu.taphuan.courses.entity.Course;
import vn.edu.taphuan.courses.entity.Question;
import vn.edu.taphuan.learning.control.Certificates;
import vn.edu.taphuan.learning.control.Quizzes;
import vn.edu.taphuan.learning.control.Retry;
import vn.edu.taphuan.learning.control.WriteGate;
import vn.edu.taphuan.learning.entity.Certificate;
import vn.edu.taphuan.learning.entity.QuizAttempt;
import vn.edu.taphuan.platform.Messages;
import vn.edu.taphuan.platform.Problem;
import vn.edu.taphuan.security.control.CurrentUser;
import vn.edu.taphuan.security.entity.Role;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * A course's quiz for the signed-in staff member. The questions go to the browser without anything that tells
 * which choice is correct (choices are numbered in the order shown, which is shuffled per draw); answers are
 * checked here. After a failed attempt the learner sees which questions were wrong and which lessons to read
 * again, never the right choices (the next draw may ask the same question); after a pass, the right choices and
 * the explanations.
 */
@Path("courses/{courseId}/quiz")
@Produces(MediaType.APPLICATION_JSON)
public class QuizResource {

    @Inject
    Catalogue catalogue;

    @Inject
    Quizzes quizzes;

    @Inject
    WriteGate gate;

    @Inject
    Certificates certificates;

    @Inject
    CurrentUser currentUser;

    @Inject
    Messages messages;

    /** A question as the learner sees it: text and choices, numbered 0.. in the order shown. */
    public record QuizQuestion(String id, String type, String text, List<String> choices) {
    }

    public record QuizView(String quizId, String courseId, String courseTitle, int attemptNo, int masteryScore,
                           List<QuizQuestion> questions) {
    }

    /** The answers: for each question id, the numbers of the choices picked (as shown). */
    public record Answers(@NotNull Map<String, List<Integer>> answers) {
        /** Written out to keep constraint annotations off the constructor parameters (see RequestRecordsTest). */
        public Answers(Map<String, List<Integer>> answers) {
            this.answers = answers;
        }

    }

    public record ChoiceResult(String text, boolean picked, boolean correct) {
    }

    /** A lesson to read again after a failed attempt (the page links to it). */
    public record LessonLink(String id, String title) {
    }

    /** One question of a result; after a failed attempt {@code choices} is empty and {@code explanation} null. */
    public record QuestionResult(String id, String type, String text, boolean right, LessonLink lesson,
                                 List<ChoiceResult> choices, String explanation) {
    }

    /** {@code reread}: the lessons of the questions answered wrong, in course order (empty after a pass). */
    public record ResultView(String quizId, String courseId, String courseTitle, int attemptNo, int scoreRaw, int scoreMax,
                             int percent, int masteryScore, boolean passed, boolean courseCompleted, String certificateCode,
                             List<QuestionResult> questions, List<LessonLink> reread) {
    }

    /** The quiz to take: the open draw, or a new one (after a submitted attempt, e.g. a retry after failing). */
    @POST
    @RolesAllowed(Role.Names.STAFF)
    public QuizView start(@PathParam("courseId") String courseId) {
        Course course = course(courseId);
        long staffId = staffId();
        return view(course, gate.through(() -> Retry.once(() -> quizzes.start(staffId, course))));
    }

    @POST
    @Path("{quizId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.STAFF)
    public ResultView submit(@PathParam("courseId") String courseId, @PathParam("quizId") String quizId, @NotNull Answers answers) {
        Course course = course(courseId);
        long staffId = staffId();
        Map<String, List<Integer>> picks = answers.answers() == null ? Map.of() : answers.answers();
        Quizzes.Submitted s = gate.through(() -> quizzes.submit(staffId, course, quizId, picks));
        return result(course, s.quiz(), s.attempt().completed(), s.certificate().map(c -> c.code()).orElse(null));
    }

    /** A submitted quiz's result again (the result page); an open quiz is answered as the quiz. */
    @GET
    @Path("{quizId}")
    @RolesAllowed(Role.Names.STAFF)
    public Object get(@PathParam("courseId") String courseId, @PathParam("quizId") String quizId) {
        Course course = course(courseId);
        QuizAttempt quiz = quizzes.find(staffId(), course, quizId);
        if (!quiz.submitted()) {
            return view(course, quiz);
        }
        if (!quiz.fits(course)) {
            throw Problem.conflict("QUIZ_OUTDATED", messages.get("quiz.outdated"));
        }
        // the certificate comes with the result, so the result page needs no second request to offer it
        boolean completed = quiz.courseAttempt().completed();
        String certificate = completed ? certificates.ofAttempt(quiz.courseAttempt().id()).map(Certificate::code).orElse(null) : null;
        return result(course, quiz, completed, certificate);
    }

    private QuizView view(Course course, QuizAttempt quiz) {
        return view(course, quiz, messages.locale());
    }

    /** A draw as the learner sees it (the quiz, or the pre-test): no correctness in it. */
    static QuizView view(Course course, QuizAttempt quiz, Locale locale) {
        List<QuizQuestion> questions = quiz.items().stream().map(item -> {
            Question q = course.question(item.questionId()).orElseThrow();
            return new QuizQuestion(q.id(), q.type().name().toLowerCase(Locale.ROOT), q.text().in(locale),
                    item.choiceOrder().stream().map(i -> q.choices().get(i).text().in(locale)).toList());
        }).toList();
        return new QuizView(quiz.publicId(), course.id(), course.title().in(locale), quiz.attemptNo(), quiz.masteryScore(), questions);
    }

    private ResultView result(Course course, QuizAttempt quiz, boolean completed, String certificateCode) {
        Locale locale = messages.locale();
        boolean reveal = quiz.passed();
        List<QuestionResult> questions = quiz.items().stream().map(item -> {
            Question q = course.question(item.questionId()).orElseThrow();
            List<Integer> order = item.choiceOrder();
            List<ChoiceResult> choices = !reveal ? List.of() : IntStream.range(0, order.size()).mapToObj(shown -> {
                int bank = order.get(shown);
                return new ChoiceResult(q.choices().get(bank).text().in(locale), item.answer().contains(bank), q.choices().get(bank).correct());
            }).toList();
            return new QuestionResult(q.id(), q.type().name().toLowerCase(Locale.ROOT), q.text().in(locale), item.right(),
                    lessonLink(course, q.lesson(), locale), choices, reveal ? q.explanation().in(locale) : null);
        }).toList();
        Set<String> wrongLessons = questions.stream().filter(r -> !r.right() && r.lesson() != null).map(r -> r.lesson().id()).collect(Collectors.toSet());
        List<LessonLink> reread = course.lessons().stream().filter(l -> wrongLessons.contains(l.id()))
                .map(l -> new LessonLink(l.id(), l.title().in(locale))).toList();
        return new ResultView(quiz.publicId(), course.id(), course.title().in(locale), quiz.attemptNo(), quiz.scoreRaw(),
                quiz.scoreMax(), quiz.percent(), quiz.masteryScore(), quiz.passed(), completed, certificateCode, questions, reread);
    }

    private static LessonLink lessonLink(Course course, String lessonId, Locale locale) {
        return lessonId == null ? null : course.lesson(lessonId).map(l -> new LessonLink(l.id(), l.title().in(locale))).orElse(null);
    }

    private Course course(String courseId) {
        return catalogue.course(courseId).orElseThrow(() -> Problem.notFound(messages.get("course.notFound", courseId)));
    }

    private long staffId() {
        return Optional.ofNullable(currentUser.require().staffId()).orElseThrow(() -> Problem.forbidden(messages.get("error.forbidden")));
    }
}
