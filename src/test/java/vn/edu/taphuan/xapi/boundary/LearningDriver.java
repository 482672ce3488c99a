package vn.edu.taphuan.xapi.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.core.MediaType;
import vn.edu.taphuan.directory.control.Roster;
import vn.edu.taphuan.directory.entity.Staff;
import vn.edu.taphuan.xapi.control.Completions;
import vn.edu.taphuan.xapi.control.LearningRecord;
import vn.edu.taphuan.xapi.entity.LearningEvent;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Test only, added to the WAR that {@code ForwardingIT} runs as a process: stands in for the learning capability,
 * which reports a staff member's progress to {@link LearningRecord} in its own transaction. A course completed here
 * produces the same events as a learner reading every lesson and passing the quiz.
 */
@ApplicationPath("it-driver")
public class LearningDriver extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(Learner.class);
    }

    @Path("learners")
    @RequestScoped
    public static class Learner {
        @Inject
        LearningRecord record;

        @Inject
        Roster roster;

        @Inject
        Completions completions;

        /** The staff member takes the course from launch to completion; answers the statement ids. */
        @POST
        @Path("{staff}/courses/{course}")
        @Produces(MediaType.APPLICATION_JSON)
        @Transactional
        public List<String> complete(@PathParam("staff") String staffCode, @PathParam("course") String course) {
            Staff staff = roster.staff(staffCode);
            UUID registration = UUID.randomUUID();
            Instant now = Instant.now();
            List<String> ids = new ArrayList<>();
            for (LearningEvent.Kind kind : List.of(LearningEvent.Kind.COURSE_LAUNCHED, LearningEvent.Kind.LESSON_READ,
                    LearningEvent.Kind.QUESTION_ANSWERED, LearningEvent.Kind.QUIZ_PASSED, LearningEvent.Kind.COURSE_COMPLETED)) {
                boolean scored = kind == LearningEvent.Kind.QUIZ_PASSED || kind == LearningEvent.Kind.COURSE_COMPLETED;
                String part = kind == LearningEvent.Kind.LESSON_READ ? "overview" : kind == LearningEvent.Kind.QUESTION_ANSWERED ? "q01" : null;
                ids.add(record.record(new LearningEvent(kind, staff.id(), course, 1, part, registration, scored ? 9 : null,
                        scored ? 10 : null, kind == LearningEvent.Kind.QUESTION_ANSWERED ? Boolean.TRUE : null,
                        Duration.ofMinutes(3), now)).toString());
            }
            return ids;
        }

        @GET
        @Path("{staff}/completions")
        @Produces(MediaType.APPLICATION_JSON)
        public int completions(@PathParam("staff") String staffCode) {
            return completions.of(roster.staff(staffCode).id()).size();
        }
    }
}
