package vn.edu.taphuan.courses.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import vn.edu.taphuan.courses.control.Approvals;
import vn.edu.taphuan.courses.control.Catalogue;
import vn.edu.taphuan.courses.entity.CourseApproval;
import vn.edu.taphuan.courses.entity.CourseProblem;
import vn.edu.taphuan.platform.Messages;
import vn.edu.taphuan.security.entity.Role;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The catalogue as the district sees it (the admin courses page): what the course folder loaded, with sources and
 * approval, what it refused and why (file and line), and a reload after an author changed it. URLs under
 * {@code courses/catalogue}; a more literal root path than the learner's {@code courses/{courseId}}, so JAX-RS picks
 * this class for them.
 */
@Path("courses/catalogue")
@Produces(MediaType.APPLICATION_JSON)
public class CatalogueResource {
    @Inject
    Clock clock;

    @Inject
    Catalogue catalogue;

    @Inject
    Approvals approvals;

    @Inject
    Messages messages;

    /** What the catalogue holds and, per refused course folder, every problem with file and line. */
    public record FileProblem(String file, Integer line, String message) {
    }

    public record Refused(String folder, List<FileProblem> problems) {
    }

    /**
     * A course in force: {@code sourcesVerifiedOn} is its oldest source's verified-on date (null: no sources),
     * {@code sourcesStale} when that is more than {@value #SOURCES_FRESH_MONTHS} months ago; {@code approvedBy}
     * and {@code approvedAt} are those of its current version's approval (null: still a draft).
     */
    public record Loaded(String id, int version, String title, int lessons, int questions, int quizSize, int masteryScore,
                         int pretestSize, LocalDate sourcesVerifiedOn, boolean sourcesStale, String approvedBy,
                         LocalDateTime approvedAt) {
    }

    static final int SOURCES_FRESH_MONTHS = 6;

    /** Refused: problems that keep a folder out; warnings: quality rules a loaded course does not meet yet. */
    public record CatalogueView(String folder, Instant loadedAt, List<Loaded> courses, List<Refused> refused,
                                List<Refused> warnings) {
    }

    @GET
    @RolesAllowed(Role.Names.DISTRICT_ADMIN)
    public CatalogueView catalogue() {
        return view(catalogue.snapshot());
    }

    /** Reads the course folder again (after an author changed it); answers what loaded and what was refused. */
    @POST
    @Path("reload")
    @RolesAllowed(Role.Names.DISTRICT_ADMIN)
    public CatalogueView reload() {
        return view(catalogue.reload());
    }

    private CatalogueView view(Catalogue.Snapshot s) {
        Locale locale = messages.locale();
        Map<String, CourseApproval> current = new HashMap<>();
        approvals.all().forEach(a -> current.putIfAbsent(a.courseId() + "@" + a.courseVersion(), a));
        LocalDate staleBefore = LocalDate.now(clock).minusMonths(SOURCES_FRESH_MONTHS);
        return new CatalogueView(s.folder(), s.loadedAt(),
                s.courses().stream().map(c -> {
                    LocalDate verified = c.sourcesVerifiedOn().orElse(null);
                    CourseApproval a = current.get(c.id() + "@" + c.version());
                    return new Loaded(c.id(), c.version(), c.title().in(locale), c.lessons().size(), c.questions().size(),
                            c.quizSize(), c.masteryScore(), c.pretestSize(), verified, verified != null && verified.isBefore(staleBefore),
                            a == null ? null : a.approvedBy(), a == null ? null : a.approvedAt());
                }).toList(),
                folders(s.refused(), locale), folders(s.warnings(), locale));
    }

    private static List<Refused> folders(Map<String, List<CourseProblem>> problems, Locale locale) {
        return problems.entrySet().stream().map(e -> new Refused(e.getKey(), e.getValue().stream()
                .map(p -> new FileProblem(p.file(), p.line(), p.message(locale))).toList())).toList();
    }
}
