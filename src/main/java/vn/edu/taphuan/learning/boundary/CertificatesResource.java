package vn.edu.taphuan.learning.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import vn.edu.taphuan.directory.entity.Staff;
import vn.edu.taphuan.learning.control.Certificates;
import vn.edu.taphuan.learning.entity.Certificate;
import vn.edu.taphuan.platform.Messages;
import vn.edu.taphuan.platform.Problem;
import vn.edu.taphuan.security.control.CurrentUser;
import vn.edu.taphuan.security.control.SignedInUser;
import vn.edu.taphuan.security.entity.Role;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * Certificates: anyone holding a code can check it (the answer shows no more than needed: initials, course, date);
 * the PDF goes to its holder, their school's admin and district admins.
 */
@Path("certificates")
@Produces(MediaType.APPLICATION_JSON)
public class CertificatesResource {
    /** The report zone: the day a certificate shows is the school's day, as on the PDF. */
    @Inject
    ZoneId zone;

    @Inject
    Certificates certificates;

    @Inject
    CurrentUser currentUser;

    @Inject
    Messages messages;

    @PersistenceContext
    EntityManager em;

    /** What the public verification page shows. */
    public record Verification(boolean valid, String code, String holder, String courseId, String courseTitle, LocalDate issuedOn) {
    }

    @GET
    @Path("{code}")
    @PermitAll
    public Verification verify(@PathParam("code") String code) {
        Certificate c = certificates.find(code).orElseThrow(() -> new Problem(404, "CERTIFICATE_NOT_FOUND", messages.get("certificate.notFound")));
        String title = "en".equals(messages.locale().getLanguage()) ? c.courseTitleEn() : c.courseTitleVi();
        return new Verification(true, c.displayCode(), c.maskedHolder(), c.courseId(), title,
                c.issuedAt().atOffset(ZoneOffset.UTC).atZoneSameInstant(zone).toLocalDate());
    }

    @GET
    @Path("{code}/pdf")
    @Produces("application/pdf")
    @RolesAllowed({Role.Names.DISTRICT_ADMIN, Role.Names.SCHOOL_ADMIN, Role.Names.STAFF})
    public Response pdf(@PathParam("code") String code) {
        Certificate c = certificates.find(code).orElseThrow(() -> new Problem(404, "CERTIFICATE_NOT_FOUND", messages.get("certificate.notFound")));
        SignedInUser user = currentUser.require();
        boolean allowed = switch (user.role()) {
            case DISTRICT_ADMIN -> true;
            case SCHOOL_ADMIN -> Objects.equals(em.find(Staff.class, c.staffId()).school().id(), user.schoolId());
            case STAFF -> Objects.equals(user.staffId(), c.staffId());
        };
        if (!allowed) {
            // the same answer as for a code that does not exist: a certificate of someone else is not confirmed
            throw new Problem(404, "CERTIFICATE_NOT_FOUND", messages.get("certificate.notFound"));
        }
        return Response.ok(certificates.pdf(c), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"chung-nhan-" + c.courseId() + "-" + c.code() + ".pdf\"")
                .header("Cache-Control", "private, no-store").build();
    }
}
