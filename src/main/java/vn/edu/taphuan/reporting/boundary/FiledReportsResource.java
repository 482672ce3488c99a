package vn.edu.taphuan.reporting.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.edu.taphuan.directory.control.SchoolAccess;
import vn.edu.taphuan.directory.entity.School;
import vn.edu.taphuan.platform.Messages;
import vn.edu.taphuan.platform.Problem;
import vn.edu.taphuan.reporting.control.FiledRecords;
import vn.edu.taphuan.reporting.control.FiledReports;
import vn.edu.taphuan.reporting.entity.FiledChanges;
import vn.edu.taphuan.reporting.entity.FiledReport;
import vn.edu.taphuan.reporting.entity.FilingForm;
import vn.edu.taphuan.security.entity.Role;

import java.util.List;
import java.util.Locale;

/**
 * Filed reports of a programme (under {@code programmes/{id}/filed}; Jersey merges this class with the others on
 * {@code programmes}): file the district's or a school's report, list them, download a filed PDF or XLSX exactly as
 * filed, and see what changed since (docs/reporting.md, "Filed reports").
 */
@Path("programmes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Filed reports", description = "Reports frozen when filed, downloaded as filed forever")
public class FiledReportsResource {

    @Inject
    FiledReports filed;

    @Inject
    SchoolAccess access;

    @Inject
    Messages messages;

    @POST
    @Path("{id}/filed")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.DISTRICT_ADMIN)
    @Operation(summary = "File the district report (\"Nộp báo cáo\")",
            description = "Freezes the whole district's report as of `asOf` (default: the deadline once passed, else today) with its "
                    + "number, signer, figures, the people counted and the PDF and XLSX as produced now.")
    @APIResponse(responseCode = "201", description = "Filed; Location is the filed report")
    @APIResponse(responseCode = "400", description = "An as-of date in the future, or a signer title of more than three lines")
    @APIResponse(responseCode = "409", description = "The figures changed while filing; nothing was filed, file again")
    public Response fileDistrict(@PathParam("id") long id, @Valid FilingForm form, @Context UriInfo uri) {
        return created(filed.fileDistrict(id, form == null ? FilingForm.DEFAULTS : form), uri);
    }

    @POST
    @Path("{id}/schools/{code}/filed")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.DISTRICT_ADMIN, Role.Names.SCHOOL_ADMIN})
    @Operation(summary = "File a school's own report", description = "A principal files their own school's report; the district may file any school's.")
    @APIResponse(responseCode = "201", description = "Filed; Location is the filed report")
    @APIResponse(responseCode = "403", description = "Another school's report")
    public Response fileSchool(@PathParam("id") long id, @PathParam("code") String code, @Valid FilingForm form, @Context UriInfo uri) {
        School school = access.school(code);
        return created(filed.fileSchool(id, school, form == null ? FilingForm.DEFAULTS : form), uri);
    }

    @GET
    @Path("{id}/filed")
    @RolesAllowed({Role.Names.DISTRICT_ADMIN, Role.Names.SCHOOL_ADMIN})
    @Operation(summary = "The programme's filed reports, newest first", description = "District admins see all; a principal their own school's.")
    public List<FiledReport> list(@PathParam("id") long id) {
        return filed.list(id);
    }

    @GET
    @Path("{id}/filed/{filedId}")
    @RolesAllowed({Role.Names.DISTRICT_ADMIN, Role.Names.SCHOOL_ADMIN})
    @Operation(summary = "One filed report: number, dates, signer, totals")
    public FiledReport get(@PathParam("id") long id, @PathParam("filedId") long filedId) {
        return filed.filing(id, filedId).view(FiledReports.FORMATS);
    }

    @GET
    @Path("{id}/filed/{filedId}.{format}")
    @Produces({"application/pdf", ReportsResource.XLSX, MediaType.APPLICATION_JSON})
    @RolesAllowed({Role.Names.DISTRICT_ADMIN, Role.Names.SCHOOL_ADMIN})
    @Operation(summary = "A filed report's PDF or XLSX, byte for byte as filed")
    @APIResponse(responseCode = "200", description = "The file as filed; ETag is its SHA-256")
    @APIResponse(responseCode = "404", description = "No such filed report or format (pdf and xlsx are kept)")
    public Response download(@PathParam("id") long id, @PathParam("filedId") long filedId, @PathParam("format") String format) {
        String f = format.toLowerCase(Locale.ROOT);
        if (!f.equals("pdf") && !f.equals("xlsx")) {
            throw Problem.notFound(messages.get("filed.format.unknown", format));
        }
        FiledRecords.StoredFile file = filed.file(id, filedId, f);
        return Response.ok(file.content(), f.equals("pdf") ? "application/pdf" : ReportsResource.XLSX)
                .header("Content-Disposition", "attachment; filename=\"" + file.fileName() + "\"")
                .header("Cache-Control", "private, no-store").build();
    }

    @GET
    @Path("{id}/filed/{filedId}/schools/{code}/people")
    @RolesAllowed({Role.Names.DISTRICT_ADMIN, Role.Names.SCHOOL_ADMIN})
    @Operation(summary = "The people a filed report counted at one school", description = "Trained or not, with code, name, "
            + "category and gender as they were when filed; by name. Empty when the school was not in the filed report.")
    public List<FiledChanges.Counted> people(@PathParam("id") long id, @PathParam("filedId") long filedId, @PathParam("code") String code) {
        return filed.people(id, filedId, code);
    }

    @GET
    @Path("{id}/filed/{filedId}/changes")
    @RolesAllowed({Role.Names.DISTRICT_ADMIN, Role.Names.SCHOOL_ADMIN})
    @Operation(summary = "What changed since filing", description = "The report as of the filed day recomputed now, per school that "
            + "differs: who came into scope, who left, whose training was voided or newly counted, the % then and now, and the audit entries "
            + "of those schools since filing.")
    public FiledChanges changes(@PathParam("id") long id, @PathParam("filedId") long filedId) {
        return filed.changes(id, filedId);
    }

    private static Response created(FiledReport r, UriInfo uri) {
        return Response.created(uri.getBaseUriBuilder().path("programmes").path(Long.toString(r.programmeId())).path("filed")
                .path(Long.toString(r.id())).build()).entity(r).build();
    }
}
