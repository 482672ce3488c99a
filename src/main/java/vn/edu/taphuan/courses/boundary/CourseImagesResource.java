package vn.edu.taphuan.courses.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Response;
import vn.edu.taphuan.courses.control.Catalogue;
import vn.edu.taphuan.courses.entity.Course;
import vn.edu.taphuan.platform.Messages;
import vn.edu.taphuan.platform.Problem;
import vn.edu.taphuan.security.entity.Role;

import java.nio.file.Files;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A lesson's images, part of the course's content folder. Root path {@code courses/{courseId}/images}: more literal
 * than the learner's {@code courses}, so JAX-RS picks this class for image URLs (unchanged since they were served there).
 */
@Path("courses/{courseId}/images")
public class CourseImagesResource {
    private static final Pattern IMAGE_FILE = Pattern.compile("[A-Za-z0-9._-]+\\.(svg|png|jpg|jpeg)");
    private static final Map<String, String> IMAGE_TYPES = Map.of("svg", "image/svg+xml", "png", "image/png", "jpg", "image/jpeg", "jpeg", "image/jpeg");

    @Inject
    Catalogue catalogue;

    @Inject
    Messages messages;

    /** An image of a lesson, from the course's images folder. SVG is served so that it can never run script. */
    @GET
    @Path("{file}")
    @RolesAllowed({Role.Names.DISTRICT_ADMIN, Role.Names.SCHOOL_ADMIN, Role.Names.STAFF})
    public Response image(@PathParam("courseId") String courseId, @PathParam("file") String file) {
        Course course = catalogue.course(courseId).orElseThrow(() -> Problem.notFound(messages.get("course.notFound", courseId)));
        java.nio.file.Path path = course.folder().resolve("images").resolve(file);
        if (!IMAGE_FILE.matcher(file).matches() || !Files.isRegularFile(path)) {
            throw Problem.notFound(messages.get("course.imageNotFound", file));
        }
        String extension = file.substring(file.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        CacheControl cache = new CacheControl();
        cache.setPrivate(true);
        cache.setMaxAge(86400);
        return Response.ok(path.toFile(), IMAGE_TYPES.get(extension)).cacheControl(cache)
                .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; sandbox")
                .header("X-Content-Type-Options", "nosniff").build();
    }
}
