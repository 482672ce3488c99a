package vn.edu.taphuan.audit.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.StreamingOutput;
import vn.edu.taphuan.audit.control.AuditContext;
import vn.edu.taphuan.audit.control.AuditCsv;
import vn.edu.taphuan.audit.control.AuditTrail;
import vn.edu.taphuan.audit.entity.AuditEntry;
import vn.edu.taphuan.audit.entity.AuditFilter;
import vn.edu.taphuan.audit.entity.AuditKind;
import vn.edu.taphuan.platform.Messages;
import vn.edu.taphuan.platform.Page;
import vn.edu.taphuan.platform.Problem;
import vn.edu.taphuan.security.entity.Role;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Reading the audit log: district admins read every school's entries, a principal only their own school's (the
 * filter is forced to it; asking for another school is refused). Read-only by design: this resource has GET methods
 * only, and nothing in the application changes or removes an entry.
 */
@Path("audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    @Inject
    AuditTrail trail;

    @Inject
    AuditContext context;

    @Inject
    Messages messages;

    @Context
    SecurityContext security;

    /** Entries newest first; {@code bySchool=true}: only a school's own figure-moving changes (the district report's list). */
    @GET
    @RolesAllowed({Role.Names.DISTRICT_ADMIN, Role.Names.SCHOOL_ADMIN})
    public Page<AuditEntry> list(@QueryParam("school") String school, @QueryParam("staff") String staff,
                                 @QueryParam("kind") String kind, @QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to,
                                 @QueryParam("job") String job, @QueryParam("bySchool") @DefaultValue("false") boolean bySchool,
                                 @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("50") int size) {
        return trail.page(filter(school, staff, kind, from, to, job, bySchool), Page.index(page), Page.size(size));
    }

    /** The same entries as CSV (UTF-8 with a byte-order mark, cells safe for spreadsheets), at most 100,000. */
    @GET
    @Path("export.csv")
    @Produces({"text/csv", MediaType.APPLICATION_JSON})
    @RolesAllowed({Role.Names.DISTRICT_ADMIN, Role.Names.SCHOOL_ADMIN})
    public Response export(@QueryParam("school") String school, @QueryParam("staff") String staff,
                           @QueryParam("kind") String kind, @QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to,
                           @QueryParam("job") String job, @QueryParam("bySchool") @DefaultValue("false") boolean bySchool) {
        List<AuditEntry> entries = trail.all(filter(school, staff, kind, from, to, job, bySchool));
        StreamingOutput body = out -> AuditCsv.write(entries, out);
        return Response.ok(body, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"nhat-ky-thay-doi.csv\"").build();
    }

    private AuditFilter filter(String school, String staff, String kind, LocalDate from, LocalDate to, String job, boolean bySchool) {
        if (from != null && to != null && to.isBefore(from)) {
            throw new Problem(400, "INVALID_INPUT", messages.get("error.invalidInput"), List.of(Problem.Detail.field("to", to.toString(),
                    messages.get("audit.dates.order"), messages.get("audit.dates.order.fix"))));
        }
        return new AuditFilter(scope(school), blankToNull(staff), kind(kind), from, to, blankToNull(job), bySchool);
    }

    /** The school a request may read: any for district admins; the principal's own, whatever they asked for. */
    private String scope(String requested) {
        String wanted = blankToNull(requested);
        if (security.isUserInRole(Role.Names.DISTRICT_ADMIN)) {
            return wanted;
        }
        String own = context.actor().schoolCode();
        if (own == null || (wanted != null && !Objects.equals(wanted, own))) {
            throw Problem.forbidden(messages.get("error.otherSchool"));
        }
        return own;
    }

    private AuditKind kind(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return AuditKind.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new Problem(400, "INVALID_INPUT", messages.get("error.invalidInput"), List.of(Problem.Detail.field("kind", value,
                    messages.get("audit.kind.bad"), messages.get("audit.kind.bad.fix", Arrays.toString(AuditKind.values())))));
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
