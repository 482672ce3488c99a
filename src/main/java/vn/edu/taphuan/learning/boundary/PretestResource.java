package vn.edu.taphuan.learning.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import vn.edu.taphuan.courses.control.Catalogue;
import vn.edu.taphuan.courses.entity.Course;
import vn.edu.taphuan.learning.control.Pretests;
import vn.edu.taphuan.learning.control.Retry;
import vn.edu.taphuan.learning.control.WriteGate;
import vn.edu.taphuan.learning.entity.QuizAttempt;
import vn.edu.taphuan.platform.Messages;
import vn.edu.taphuan.platform.Problem;
import vn.edu.taphuan.security.control.CurrentUser;
import vn.edu.taphuan.security.entity.Role;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The short pre-test before a course's first lesson, for the signed-in staff member (learning/control/Pretests).
 * The result is the score only: no right choices, no explanations (the quiz may ask the same questions).
 */
@Path("courses/{courseId}/pretest")
@Produces(MediaType.APPLICATION_JSON)
public class PretestResource {

    @Inject
    Catalogue catalogue;

    @Inject
    Pretests pretests;

    @Inject
    WriteGate gate;

    @Inject
    CurrentUser currentUser;

    @Inject
    Messages messages;

    /** {@code firstLesson}: where the learner goes next. */
    public record PretestResult(String courseId, int scoreRaw, int scoreMax, int percent, String firstLesson) {
    }

    /** The pre-test to take: the open one, or a new draw; 409 once taken, or once the learner has begun the course. */
    @POST
    @RolesAllowed(Role.Names.STAFF)
    public QuizResource.QuizView start(@PathParam("courseId") String courseId) {
        Course course = course(courseId);
        long staffId = staffId();
        return QuizResource.view(course, gate.through(() -> Retry.once(() -> pretests.start(staffId, course))), messages.locale());
    }

    @POST
    @Path("{quizId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.STAFF)
    public PretestResult submit(@PathParam("courseId") String courseId, @PathParam("quizId") String quizId,
                                @NotNull QuizResource.Answers answers) {
        Course course = course(courseId);
        long staffId = staffId();
        Map<String, List<Integer>> picks = answers.answers() == null ? Map.of() : answers.answers();
        QuizAttempt pretest = gate.through(() -> pretests.submit(staffId, course, quizId, picks));
        return new PretestResult(course.id(), pretest.scoreRaw(), pretest.scoreMax(), pretest.percent(), course.lessons().get(0).id());
    }

    private Course course(String courseId) {
        return catalogue.course(courseId).orElseThrow(() -> Problem.notFound(messages.get("course.notFound", courseId)));
    }

    private long staffId() {
        return Optional.ofNullable(currentUser.require().staffId()).orElseThrow(() -> Problem.forbidden(messages.get("error.forbidden")));
    }
}
