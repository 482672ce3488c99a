package vn.edu.taphuan.cmi5.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import vn.edu.taphuan.cmi5.control.Launches;
import vn.edu.taphuan.cmi5.control.PackageContent;
import vn.edu.taphuan.cmi5.control.PackageFiles;
import vn.edu.taphuan.cmi5.control.PackageImport;
import vn.edu.taphuan.cmi5.entity.CourseView;
import vn.edu.taphuan.cmi5.entity.Launch;
import vn.edu.taphuan.cmi5.entity.LaunchMode;
import vn.edu.taphuan.cmi5.entity.PackageProblem;
import vn.edu.taphuan.cmi5.entity.PackageVersion;
import vn.edu.taphuan.platform.DatabaseFailure;
import vn.edu.taphuan.platform.Messages;
import vn.edu.taphuan.platform.Problem;
import vn.edu.taphuan.platform.Retry;
import vn.edu.taphuan.security.control.CurrentUser;
import vn.edu.taphuan.security.control.SignedInUser;
import vn.edu.taphuan.security.entity.Role;

import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * cmi5 course packages (docs/xapi.md §13): district admins import them; everyone signed in lists the courses and
 * loads the files of a zipped package (the AUs run from there, under our origin, with the learner's session).
 */
@Path("cmi5")
@Produces(MediaType.APPLICATION_JSON)
public class Cmi5Resource {

    @Inject
    PackageImport packageImport;

    @Inject
    PackageContent content;

    @Inject
    Launches launches;

    @Inject
    CurrentUser currentUser;

    @Inject
    Messages messages;

    /**
     * A cmi5 package as the body: a zip with cmi5.xml at its root, or a cmi5.xml alone (cmi5 §14). All or nothing:
     * 400 with every problem (file:line) when it is refused; 201 with the new version otherwise.
     */
    @POST
    @Path("packages")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Role.Names.DISTRICT_ADMIN)
    public Response importPackage(byte[] body) {
        if (body == null || body.length == 0) {
            throw new Problem(400, "CMI5_PACKAGE_EMPTY", messages.get("cmi5.empty"));
        }
        try {
            PackageVersion v = packageImport.importPackage(body, currentUser.require().username());
            return Response.created(URI.create("cmi5/courses/" + v.courseId())).entity(v).build();
        } catch (PackageProblem.Rejected e) {
            List<Problem.Detail> details = e.problems().stream().map(this::detail).toList();
            throw new Problem(400, "CMI5_PACKAGE_INVALID", messages.get("cmi5.invalid", details.size()), details);
        } catch (PackageFiles.TooBig e) {
            throw new Problem(413, "CMI5_PACKAGE_TOO_BIG", messages.get("cmi5.tooBig", e.limit() / 1024 / 1024));
        }
    }

    private Problem.Detail detail(PackageProblem p) {
        Object[] args = p.detail() != null ? new Object[]{p.detail()} : p.args().toArray();
        return new Problem.Detail(p.line() > 0 ? p.line() : null, p.where(), null, messages.get("cmi5.problem." + p.key(), args), null);
    }

    /** The cmi5 courses, newest version each. */
    @GET
    @Path("courses")
    @RolesAllowed({Role.Names.DISTRICT_ADMIN, Role.Names.SCHOOL_ADMIN, Role.Names.STAFF})
    public List<PackageVersion> courses() {
        return content.courses();
    }

    /** One cmi5 course: its newest version's blocks and AUs, and every version kept. */
    @GET
    @Path("courses/{courseId}")
    @RolesAllowed({Role.Names.DISTRICT_ADMIN, Role.Names.SCHOOL_ADMIN, Role.Names.STAFF})
    public CourseView course(@PathParam("courseId") String courseId) {
        return content.course(courseId).orElseThrow(() -> Problem.notFound(messages.get("cmi5.notFound", courseId)));
    }

    /**
     * Launches an AU for the signed-in learner (cmi5 §8.1): their registration in the course (made at the first
     * launch), a new session, LMS.LaunchData, the "launched" statement; answers the URL to open. {@code mode}
     * Normal (default), Browse or Review (cmi5 §10 launchMode). Only people on the roster launch.
     */
    @POST
    @Path("courses/{courseId}/aus/{auNo}/launch")
    @RolesAllowed({Role.Names.DISTRICT_ADMIN, Role.Names.SCHOOL_ADMIN, Role.Names.STAFF})
    public Launch launch(@PathParam("courseId") String courseId, @PathParam("auNo") int auNo, @QueryParam("mode") String mode) {
        SignedInUser user = currentUser.require();
        if (user.staffId() == null) {
            throw Problem.forbidden(messages.get("cmi5.notALearner"));
        }
        LaunchMode launchMode;
        try {
            launchMode = mode == null || mode.isBlank() ? LaunchMode.Normal : LaunchMode.valueOf(mode.strip());
        } catch (IllegalArgumentException e) {
            throw new Problem(400, "CMI5_LAUNCH_MODE", messages.get("cmi5.launchMode", mode));
        }
        Launches.Request request = new Launches.Request(user.staffId(), courseId, auNo, launchMode, "en".equals(messages.locale().getLanguage()));
        return launchOnce(request).orElseThrow(() -> Problem.notFound(messages.get("cmi5.auNotFound", courseId, auNo)));
    }

    /**
     * One launch, each attempt its own transaction. Launches at the same moment race to make what the first one makes:
     * a learner's registration in a course (a double tap, two tabs: the unique key on learner and course) and, after a
     * deploy, the AU sessions' shared LRS credential (its unique key). The key lets one in and refuses the others,
     * whose second attempt finds what the first made and joins it; Derby may report the same race as a lock time-out.
     */
    private Optional<Launch> launchOnce(Launches.Request request) {
        try {
            return Retry.onContention("Launching a cmi5 AU", 3, () -> launches.launch(request));
        } catch (RuntimeException e) {
            if (!DatabaseFailure.duplicateIn(e)) {
                throw e;
            }
            return Retry.onContention("Launching a cmi5 AU", 3, () -> launches.launch(request));
        }
    }

    /** A file of a zipped package, as the AU's pages load it. */
    @GET
    @Path("content/{packageId}/{path: .+}")
    @Produces(MediaType.WILDCARD)
    @RolesAllowed({Role.Names.DISTRICT_ADMIN, Role.Names.SCHOOL_ADMIN, Role.Names.STAFF})
    public Response file(@PathParam("packageId") long packageId, @PathParam("path") String path) {
        return content.file(packageId, path)
                .map(f -> Response.ok(f.content(), f.contentType()).header("Cache-Control", "private, max-age=3600").build())
                .orElseThrow(() -> Problem.notFound(messages.get("cmi5.fileNotFound", path)));
    }
}
