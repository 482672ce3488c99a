package vn.edu.taphuan.reporting.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import vn.edu.taphuan.directory.control.SchoolAccess;
import vn.edu.taphuan.directory.entity.School;
import vn.edu.taphuan.directory.entity.SchoolType;
import vn.edu.taphuan.directory.entity.StaffCategory;
import vn.edu.taphuan.platform.Messages;
import vn.edu.taphuan.platform.Problem;
import vn.edu.taphuan.reporting.control.CsvExport;
import vn.edu.taphuan.reporting.control.OfficialReport;
import vn.edu.taphuan.reporting.control.PdfExport;
import vn.edu.taphuan.reporting.control.Reporting;
import vn.edu.taphuan.reporting.control.XlsxExport;
import vn.edu.taphuan.reporting.entity.DistrictReport;
import vn.edu.taphuan.reporting.entity.Filter;
import vn.edu.taphuan.reporting.entity.Matrix;
import vn.edu.taphuan.reporting.entity.SchoolReport;
import vn.edu.taphuan.reporting.entity.StaffLine;
import vn.edu.taphuan.reporting.entity.Trend;
import vn.edu.taphuan.security.entity.Role;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A programme's reports (under {@code programmes/{id}/…}: Jersey merges resource classes with the same path,
 * so this class and {@link ProgrammesResource} share the root without shadowing each other), as of any day ({@code asOf}, default today): the district ranking, the topic × school
 * matrix and the weekly trend for district admins; one school's report for district admins and for that
 * school's principal; each as JSON, and the filed report as CSV, XLSX or PDF (docs/reporting.md).
 */
@Path("programmes")
@Produces(MediaType.APPLICATION_JSON)
public class ReportsResource {
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    Reporting reporting;

    @Inject
    SchoolAccess access;

    @Inject
    Messages messages;

    @GET
    @Path("{id}/report")
    @RolesAllowed(Role.Names.DISTRICT_ADMIN)
    public DistrictReport district(@PathParam("id") long id, @QueryParam("asOf") LocalDate asOf, @QueryParam("ward") String ward,
                                   @QueryParam("type") String type, @QueryParam("category") String category) {
        return reporting.districtWithSchoolChanges(id, asOf, filter(ward, type, category));
    }

    @GET
    @Path("{id}/report/matrix")
    @RolesAllowed(Role.Names.DISTRICT_ADMIN)
    public Matrix matrix(@PathParam("id") long id, @QueryParam("asOf") LocalDate asOf, @QueryParam("ward") String ward,
                         @QueryParam("type") String type, @QueryParam("category") String category) {
        return reporting.matrix(id, asOf, filter(ward, type, category));
    }

    @GET
    @Path("{id}/report/trend")
    @RolesAllowed(Role.Names.DISTRICT_ADMIN)
    public Trend trend(@PathParam("id") long id, @QueryParam("asOf") LocalDate asOf, @QueryParam("ward") String ward,
                       @QueryParam("type") String type, @QueryParam("category") String category) {
        return reporting.trend(id, asOf, filter(ward, type, category));
    }

    /** The district report to file: {@code format} is csv, xlsx or pdf. */
    @GET
    @Path("{id}/report.{format}")
    @Produces({"text/csv", XLSX, "application/pdf", MediaType.APPLICATION_JSON})
    @RolesAllowed(Role.Names.DISTRICT_ADMIN)
    public Response districtExport(@PathParam("id") long id, @PathParam("format") String format, @QueryParam("asOf") LocalDate asOf,
                                   @QueryParam("ward") String ward, @QueryParam("type") String type, @QueryParam("category") String category) {
        Format f = format(format);
        return f.respond(OfficialReport.of(reporting.district(id, asOf, filter(ward, type, category))));
    }

    @GET
    @Path("{id}/schools/{code}/report")
    @RolesAllowed({Role.Names.DISTRICT_ADMIN, Role.Names.SCHOOL_ADMIN})
    public SchoolReport school(@PathParam("id") long id, @PathParam("code") String code, @QueryParam("asOf") LocalDate asOf) {
        return reporting.school(id, access.school(code), asOf);
    }

    @GET
    @Path("{id}/schools/{code}/report.{format}")
    @Produces({"text/csv", XLSX, "application/pdf", MediaType.APPLICATION_JSON})
    @RolesAllowed({Role.Names.DISTRICT_ADMIN, Role.Names.SCHOOL_ADMIN})
    public Response schoolExport(@PathParam("id") long id, @PathParam("code") String code, @PathParam("format") String format,
                                 @QueryParam("asOf") LocalDate asOf) {
        Format f = format(format);
        School school = access.school(code);
        SchoolReport report = reporting.school(id, school, asOf);
        OfficialReport official = OfficialReport.of(report);
        if (f == Format.CSV) {
            // the school's CSV lists its people, not only its line (docs/reporting.md, "CSV files")
            List<StaffLine> staff = reporting.schoolStaff(id, school, report.asOf());
            return f.respond(official, out -> CsvExport.school(report, staff, out));
        }
        return f.respond(official);
    }

    private Filter filter(String ward, String type, String category) {
        return new Filter(ward, parse(SchoolType.class, "type", type), parse(StaffCategory.class, "category", category));
    }

    private <E extends Enum<E>> E parse(Class<E> kind, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(kind, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            String allowed = Arrays.toString(kind.getEnumConstants());
            throw new Problem(400, "INVALID_INPUT", messages.get("error.invalidInput"), java.util.List.of(
                    Problem.Detail.field(field, value, messages.get("report.filter.bad"), messages.get("report.filter.bad.fix", allowed))));
        }
    }

    private Format format(String name) {
        try {
            return Format.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw Problem.notFound(messages.get("report.format.unknown", name));
        }
    }

    /** The three export formats, each with its media type and file extension. */
    enum Format {
        CSV("text/csv; charset=UTF-8"), XLSX(ReportsResource.XLSX), PDF("application/pdf");

        private final String mediaType;

        Format(String mediaType) {
            this.mediaType = mediaType;
        }

        Response respond(OfficialReport report) {
            return respond(report, out -> {
                switch (this) {
                    case CSV -> CsvExport.write(report, out);
                    case XLSX -> XlsxExport.write(report, out);
                    case PDF -> PdfExport.write(report, out);
                }
            });
        }

        Response respond(OfficialReport report, StreamingOutput body) {
            String file = report.fileName() + "." + name().toLowerCase(Locale.ROOT);
            return Response.ok(body, mediaType).header("Content-Disposition", "attachment; filename=\"" + file + "\"").build();
        }
    }
}
