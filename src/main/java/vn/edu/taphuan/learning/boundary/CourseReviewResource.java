package vn.edu.taphuan.learning.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.apache.commons.csv.CSVPrinter;
import vn.edu.taphuan.courses.control.Approvals;
import vn.edu.taphuan.courses.control.Catalogue;
import vn.edu.taphuan.courses.entity.ApprovalForm;
import vn.edu.taphuan.courses.entity.Course;
import vn.edu.taphuan.courses.entity.CourseApproval;
import vn.edu.taphuan.learning.control.LearningGain;
import vn.edu.taphuan.platform.CsvCells;
import vn.edu.taphuan.platform.VietnameseText;
import vn.edu.taphuan.platform.Messages;
import vn.edu.taphuan.platform.Problem;
import vn.edu.taphuan.security.control.CurrentUser;
import vn.edu.taphuan.security.entity.Role;

import java.net.URI;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;

/**
 * For district admins, the education office's view of the courses beyond their files: the learning gain each
 * course brings (pre-test against first quiz, per course and school, on screen and as CSV) and the approvals of
 * course versions (recording one, listing them).
 */
@Path("course-review")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Names.DISTRICT_ADMIN)
public class CourseReviewResource {

    @Inject
    Catalogue catalogue;

    @Inject
    LearningGain gain;

    @Inject
    Approvals approvals;

    @Inject
    CurrentUser currentUser;

    @Inject
    Messages messages;

    /** Gain figures with the course title; {@code gain} is in percentage points. */
    public record GainRow(String courseId, String courseTitle, String schoolCode, String schoolName, long pretested,
                          Double pretestAverage, long paired, Double pairedPretest, Double firstQuiz, Double gain) {
    }

    public record GainView(List<GainRow> courses, List<GainRow> schools) {
    }

    public record ApprovalView(String courseId, int version, String approvedBy, LocalDateTime approvedAt, String note) {
        static ApprovalView of(CourseApproval a) {
            return new ApprovalView(a.courseId(), a.courseVersion(), a.approvedBy(), a.approvedAt(), a.note());
        }
    }

    @GET
    @Path("gain")
    @RolesAllowed(Role.Names.DISTRICT_ADMIN)
    public GainView gain() {
        Locale locale = messages.locale();
        return new GainView(gain.perCourse().stream().map(g -> row(g, locale)).toList(),
                gain.perSchool().stream().map(g -> row(g, locale)).toList());
    }

    /** The per-school gain as CSV, in the service's convention for spreadsheet programs (platform/CsvCells). */
    @GET
    @Path("gain.csv")
    @Produces("text/csv; charset=UTF-8")
    @RolesAllowed(Role.Names.DISTRICT_ADMIN)
    public Response gainCsv() {
        List<GainRow> rows = gain().schools();
        StreamingOutput body = out -> {
            try (CSVPrinter csv = CsvCells.printer(out)) {
                csv.printRecord(messages.get("gain.csv.header").split("\\|"));
                for (GainRow r : rows) {
                    csv.printRecord(CsvCells.safe(r.courseId(), r.courseTitle(), r.schoolCode(), r.schoolName(), r.pretested(),
                            round(r.pretestAverage()), r.paired(), round(r.pairedPretest()), round(r.firstQuiz()), round(r.gain())));
                }
            }
        };
        return Response.ok(body).header("Content-Disposition", "attachment; filename=\"learning-gain.csv\"").build();
    }

    @GET
    @Path("approvals")
    @RolesAllowed(Role.Names.DISTRICT_ADMIN)
    public List<ApprovalView> approvals() {
        return approvals.all().stream().map(ApprovalView::of).toList();
    }

    /** Records the approval of the version in force of a course (400 for another version, 409 when already approved). */
    @POST
    @Path("approvals")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.DISTRICT_ADMIN)
    public Response approve(@Valid @NotNull ApprovalForm form) {
        Course course = catalogue.course(form.courseId())
                .orElseThrow(() -> Problem.notFound(messages.get("course.notFound", form.courseId())));
        CourseApproval approval = approvals.approve(course, form.version(), currentUser.require().username(), form.note());
        return Response.created(URI.create("course-review/approvals")).entity(ApprovalView.of(approval)).build();
    }

    private GainRow row(LearningGain.Gain g, Locale locale) {
        String title = catalogue.course(g.courseId()).map(c -> c.title().in(locale)).orElse(g.courseId());
        return new GainRow(g.courseId(), title, g.schoolCode(), g.schoolName(), g.pretested(), g.pretestAverage(), g.paired(),
                g.pairedPretest(), g.firstQuiz(), g.gain());
    }

    /** One decimal, half-up; CsvCells writes it with a decimal comma. */
    private static java.math.BigDecimal round(Double percent) {
        return percent == null ? null : VietnameseText.rounded(java.math.BigDecimal.valueOf(percent), null);
    }
}
