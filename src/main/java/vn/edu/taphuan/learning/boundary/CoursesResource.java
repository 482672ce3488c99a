package vn.edu.taphuan.learning.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import vn.edu.taphuan.courses.control.Approvals;
import vn.edu.taphuan.courses.control.Catalogue;
import vn.edu.taphuan.courses.entity.Course;
import vn.edu.taphuan.courses.entity.Lesson;
import vn.edu.taphuan.learning.control.Pretests;
import vn.edu.taphuan.learning.control.Progress;
import vn.edu.taphuan.learning.control.Retry;
import vn.edu.taphuan.learning.control.WriteGate;
import vn.edu.taphuan.learning.entity.CourseAttempt;
import vn.edu.taphuan.learning.entity.CourseStatus;
import vn.edu.taphuan.learning.entity.PastCompletion;
import vn.edu.taphuan.learning.entity.ProgrammeStanding;
import vn.edu.taphuan.platform.Messages;
import vn.edu.taphuan.platform.Problem;
import vn.edu.taphuan.security.control.CurrentUser;
import vn.edu.taphuan.security.control.SignedInUser;
import vn.edu.taphuan.security.entity.Role;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Reading the courses: my courses with their status, a course with its lessons, a lesson's content, launching and
 * retraining. Texts come in the request's language (Vietnamese unless the page asks for English).
 * The catalogue's admin view and lesson images are courses' own endpoints ({@code courses/boundary}).
 */
@Path("courses")
@Produces(MediaType.APPLICATION_JSON)
public class CoursesResource {
    /**
     * What picks the language of an answer (platform/Messages: the {@code lang} cookie, then Accept-Language): a
     * cached lesson varies by both, so switching the language never shows the other language's copy.
     */
    static final String LANGUAGE_SELECTORS = "Cookie, Accept-Language";

    @Inject
    Clock clock;

    @Inject
    Catalogue catalogue;

    @Inject
    Progress progress;

    @Inject
    WriteGate gate;

    @Inject
    Pretests pretests;

    @Inject
    Approvals approvals;

    @Inject
    CurrentUser currentUser;

    @Inject
    Messages messages;

    /**
     * One course in "my courses"; the status fields are null for admins (they have no progress of their own).
     * {@code draft}: the version in force is not approved by the education office yet. {@code completedThrough}:
     * ONLINE, IN_PERSON or EXTERNAL when completed (learning/entity/CourseStatus.CompletedThrough), else null.
     * {@code programmes}: the learner's standing for each running programme that requires the course of them (empty
     * for admins and for courses no running programme requires of the person).
     */
    public record CourseCard(String id, int version, String topic, String title, String summary, int minutes, int lessonCount,
                             int quizSize, int masteryScore, String state, Integer lessonsRead, Integer scorePercent,
                             LocalDateTime completedAt, String certificateCode, String resumeLesson, boolean draft,
                             String completedThrough, List<Standing> programmes) {
    }

    public record ProgrammeRef(long id, String name) {
    }

    /**
     * A course's standing for one running programme: {@code countsForProgramme} when a completion of the person
     * counts for it ({@code completedAt}: the first that does), {@code earlierCompletions} made before its window
     * (history, newest first), {@code retrainDue} when the learner is offered to retrain for it and
     * {@code retraining} while such a run is under way.
     */
    public record Standing(ProgrammeRef programme, boolean countsForProgramme, LocalDateTime completedAt, boolean retrainDue,
                           boolean retraining, List<PastCompletion> earlierCompletions) {
        static Standing of(ProgrammeStanding s) {
            return new Standing(new ProgrammeRef(s.programmeId(), s.programmeName()), s.countsForProgramme(), s.completedAt(),
                    s.retrainDue(), s.retraining(), s.earlierCompletions());
        }
    }

    public record LessonItem(String id, String title, boolean read) {
    }

    /**
     * {@code pretestState}: NONE (the course has no pre-test), DUE (to take before the first lesson), OPEN (begun),
     * DONE, TOO_LATE (the learner began the course without it); null for admins.
     */
    public record CourseDetail(CourseCard course, String reviewNote, List<LessonItem> lessons, int pretestSize,
                               String pretestState, List<PastCompletion> history) {
    }

    public record LessonView(String courseId, String courseTitle, String id, String title, String html, int number,
                             int count, String previous, String next) {
    }

    public record ReadView(String courseId, String lessonId, int lessonsRead, int lessonCount, String next,
                           boolean completed, String certificateCode) {
    }

    /** Every course in force, in catalogue order; for a staff member with their status in each. */
    @GET
    @RolesAllowed({Role.Names.DISTRICT_ADMIN, Role.Names.SCHOOL_ADMIN, Role.Names.STAFF})
    public List<CourseCard> list() {
        List<Course> courses = catalogue.snapshot().courses();
        Locale locale = messages.locale();
        Long staffId = currentUser.require().staffId();
        if (staffId == null) {
            Set<String> approved = approvals.approvedVersions();
            return courses.stream().map(c -> card(c, null, locale, approved)).toList();
        }
        List<CourseStatus> statuses = progress.statuses(staffId, courses);
        Set<String> approved = approvals.approvedVersions();
        return java.util.stream.IntStream.range(0, courses.size()).mapToObj(i -> card(courses.get(i), statuses.get(i), locale, approved)).toList();
    }

    @GET
    @Path("{courseId}")
    @RolesAllowed({Role.Names.DISTRICT_ADMIN, Role.Names.SCHOOL_ADMIN, Role.Names.STAFF})
    public CourseDetail get(@PathParam("courseId") String courseId) {
        Course course = course(courseId);
        SignedInUser user = currentUser.require();
        if (user.staffId() == null) {
            return detail(course, null, null, false);
        }
        return detail(course, progress.statuses(user.staffId(), List.of(course)).get(0), progress.find(user.staffId(), courseId).orElse(null), true);
    }

    /** A staff member opens the course: records the launch and answers the course with their progress. */
    @POST
    @Path("{courseId}/launch")
    @RolesAllowed(Role.Names.STAFF)
    public CourseDetail launch(@PathParam("courseId") String courseId) {
        Course course = course(courseId);
        long staffId = staffId();
        CourseAttempt attempt = gate.through(() -> Retry.once(() -> progress.launch(staffId, course)));
        return detail(course, progress.statuses(staffId, List.of(course)).get(0), attempt, true);
    }

    /**
     * A staff member retrains for a running programme: the course was completed before the programme's window, so a
     * new run starts (its own xAPI registration, lessons read again, a new quiz); completing it counts for the
     * programme. Answers the course as {@code launch} does. 400 when the programme does not require the course of
     * the person or does not run today; 409 when a completion already counts for it or there is nothing to retrain
     * (the course was never completed: it is simply taken).
     */
    @POST
    @Path("{courseId}/retrain/{programmeId}")
    @RolesAllowed(Role.Names.STAFF)
    public CourseDetail retrain(@PathParam("courseId") String courseId, @PathParam("programmeId") String programme) {
        Course course = course(courseId);
        long programmeId = programmeId(programme);
        long staffId = staffId();
        ProgrammeStanding standing = progress.statuses(staffId, List.of(course)).get(0).programmes().stream()
                .filter(s -> s.programmeId() == programmeId).findFirst()
                .orElseThrow(() -> new Problem(400, "PROGRAMME_NOT_APPLICABLE", messages.get("retrain.notApplicable", String.valueOf(programmeId), courseId),
                        List.of(Problem.Detail.field("programmeId", String.valueOf(programmeId), messages.get("retrain.notApplicable", String.valueOf(programmeId), courseId),
                                messages.get("retrain.notApplicable.fix")))));
        if (!standing.retrainDue() && !standing.retraining()) {
            throw Problem.conflict("RETRAIN_NOT_DUE", standing.countsForProgramme() ? messages.get("retrain.alreadyCounts", standing.programmeName())
                    : messages.get("retrain.nothingToRetrain", standing.programmeName()));
        }
        gate.through(() -> Retry.once(() -> progress.retrain(staffId, course, programmeId)));
        CourseAttempt attempt = gate.through(() -> Retry.once(() -> progress.launch(staffId, course)));
        return detail(course, progress.statuses(staffId, List.of(course)).get(0), attempt, true);
    }

    /**
     * A lesson's content; the same for everyone who reads it in one language, so it carries a validator and may be
     * kept by the browser a while — varying by what selects the language.
     */
    @GET
    @Path("{courseId}/lessons/{lessonId}")
    @RolesAllowed({Role.Names.DISTRICT_ADMIN, Role.Names.SCHOOL_ADMIN, Role.Names.STAFF})
    public Response lesson(@PathParam("courseId") String courseId, @PathParam("lessonId") String lessonId, @Context Request request) {
        Course course = course(courseId);
        Lesson lesson = course.lesson(lessonId).orElseThrow(() -> Problem.notFound(messages.get("course.lessonNotFound", courseId, lessonId)));
        Locale locale = messages.locale();
        EntityTag tag = new EntityTag(courseId + "-" + course.version() + "-" + lessonId + "-" + locale.getLanguage() + "-"
                + catalogue.snapshot().loadedAt().toEpochMilli());
        CacheControl cache = new CacheControl();
        cache.setPrivate(true);
        cache.setMaxAge(300);
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        if (notModified != null) {
            return notModified.cacheControl(cache).header(HttpHeaders.VARY, LANGUAGE_SELECTORS).build();
        }
        int i = course.lessonIndex(lessonId);
        List<Lesson> lessons = course.lessons();
        LessonView view = new LessonView(courseId, course.title().in(locale), lessonId, lesson.title().in(locale), lesson.html().in(locale),
                i + 1, lessons.size(), i > 0 ? lessons.get(i - 1).id() : null, i + 1 < lessons.size() ? lessons.get(i + 1).id() : null);
        return Response.ok(view).tag(tag).cacheControl(cache).header(HttpHeaders.VARY, LANGUAGE_SELECTORS).build();
    }

    /** The learner finished reading a lesson: progress, resume point and, when it was the last step, completion. */
    @POST
    @Path("{courseId}/lessons/{lessonId}/read")
    @RolesAllowed(Role.Names.STAFF)
    public ReadView read(@PathParam("courseId") String courseId, @PathParam("lessonId") String lessonId) {
        Course course = course(courseId);
        if (course.lesson(lessonId).isEmpty()) {
            throw Problem.notFound(messages.get("course.lessonNotFound", courseId, lessonId));
        }
        long staffId = staffId();
        Progress.Reading reading = gate.through(() -> Retry.once(() -> progress.read(staffId, course, lessonId)));
        CourseAttempt attempt = reading.attempt();
        return new ReadView(courseId, lessonId, (int) attempt.lessonsReadOf(course), course.lessons().size(),
                attempt.resumeAt(course).orElse(null), attempt.completed(),
                reading.certificate().map(c -> c.code()).orElse(null));
    }


    private CourseDetail detail(Course course, CourseStatus status, CourseAttempt attempt, boolean learner) {
        Locale locale = messages.locale();
        Set<String> read = attempt == null ? Set.of() : attempt.lessonsRead().keySet();
        return new CourseDetail(card(course, status, locale, approvals.approvedVersions()), course.reviewNote().in(locale), course.lessons().stream()
                .map(l -> new LessonItem(l.id(), l.title().in(locale), read.contains(l.id()))).toList(),
                course.pretestSize(), learner ? pretests.state(course, attempt).name() : null, status == null ? List.of() : status.history());
    }

    static CourseCard card(Course c, CourseStatus s, Locale locale, Set<String> approved) {
        return new CourseCard(c.id(), c.version(), c.topic().key(), c.title().in(locale), c.summary().in(locale), c.minutes(),
                c.lessons().size(), c.quizSize(), c.masteryScore(),
                s == null ? null : s.state().name(), s == null ? null : s.lessonsRead(), s == null ? null : s.scorePercent(),
                s == null ? null : s.completedAt(), s == null ? null : s.certificateCode(), s == null ? null : s.resumeLesson(),
                !Approvals.isApproved(approved, c), s == null || s.completedThrough() == null ? null : s.completedThrough().name(),
                s == null ? List.of() : s.programmes().stream().map(Standing::of).toList());
    }

    /**
     * The programme of a retraining, read here rather than as a typed ({@code long}) path parameter: the API promises
     * a 400 for a bad typed parameter whoever calls (SecurityIT checks it as a district admin), and on this learners'
     * endpoint the role check answers anyone else 403 first. Read here, a learner still gets the same 400.
     */
    private long programmeId(String value) {
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            String message = messages.get("param.integer", "programmeId", value);
            throw new Problem(400, "BAD_PARAMETER", message, List.of(Problem.Detail.field("programmeId", value, message,
                    messages.get("param.integer.fix", "programmeId", value))));
        }
    }

    Course course(String courseId) {
        return catalogue.course(courseId).orElseThrow(() -> Problem.notFound(messages.get("course.notFound", courseId)));
    }

    private long staffId() {
        return Optional.ofNullable(currentUser.require().staffId()).orElseThrow(() -> Problem.forbidden(messages.get("error.forbidden")));
    }
}
