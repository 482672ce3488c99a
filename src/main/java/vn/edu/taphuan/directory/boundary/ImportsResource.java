package vn.edu.taphuan.directory.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.edu.taphuan.directory.control.ImportJobs;
import vn.edu.taphuan.directory.control.ImportTemplate;
import vn.edu.taphuan.directory.control.RosterImport;
import vn.edu.taphuan.directory.entity.ImportJobView;
import vn.edu.taphuan.directory.entity.ImportKind;
import vn.edu.taphuan.platform.Messages;
import vn.edu.taphuan.platform.Problem;
import vn.edu.taphuan.security.control.CurrentUser;
import vn.edu.taphuan.security.control.SignedInUser;
import vn.edu.taphuan.security.entity.Role;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Bulk import of schools and staff (see docs/import.md). {@code POST /api/imports/{schools|staff}} takes the
 * file itself as the request body (CSV or XLSX, told apart by content), with its name in {@code ?name=}.
 * <ul>
 * <li>Small files (up to {@code taphuan.import.sync-max-bytes}, about 3,000 staff rows) are answered when done:
 * 200 with the result, or 400 with every problem.</li>
 * <li>Larger files, or any file with {@code ?async=true}, get 202 with the job and its {@code Location}; poll
 * {@code GET /api/imports/{id}} for phase, rows processed/total, and the result or the problems.
 * {@code ?async=false} forces waiting.</li>
 * </ul>
 */
@Path("imports")
@Produces(MediaType.APPLICATION_JSON)
public class ImportsResource {
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    RosterImport rosterImport;

    @Inject
    ImportJobs jobs;

    @Inject
    CurrentUser currentUser;

    @Inject
    Messages messages;

    @Inject
    @ConfigProperty(name = "taphuan.import.max-bytes", defaultValue = "52428800")
    long maxBytes;

    @Inject
    @ConfigProperty(name = "taphuan.import.sync-max-bytes", defaultValue = "262144")
    long syncMaxBytes;

    @POST
    @Path("{kind}")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Role.Names.DISTRICT_ADMIN, Role.Names.SCHOOL_ADMIN})
    public Response upload(@PathParam("kind") String kindName, @QueryParam("name") String name,
                           @HeaderParam("X-File-Name") String headerName, @QueryParam("async") Boolean async,
                           InputStream body, @Context UriInfo uri) {
        ImportKind kind = kind(kindName);
        SignedInUser user = currentUser.require();
        if (kind == ImportKind.SCHOOLS && user.role() != Role.DISTRICT_ADMIN) {
            throw Problem.forbidden(messages.get("import.schools.districtOnly"));
        }
        byte[] bytes = read(body);
        String fileName = name != null ? name : headerName == null ? null : URLDecoder.decode(headerName, StandardCharsets.UTF_8);
        var upload = new RosterImport.Upload(kind, bytes, fileName, user, messages.locale());
        boolean background = async != null ? async : bytes.length > syncMaxBytes;
        if (background) {
            String id = rosterImport.start(upload);
            ImportJobView job = jobs.find(id, null, messages.locale()).orElseThrow();
            return Response.accepted(job).location(uri.getBaseUriBuilder().path("imports").path(id).build()).build();
        }
        ImportJobView job = rosterImport.runNow(upload);
        if (job.failed()) {
            Problem.Body p = job.problem();
            throw new Problem(p.status(), p.code(), p.message(), p.details());
        }
        return Response.ok(job).build();
    }

    /** An import's phase and progress; its result or problems once finished. Only its uploader (or the district) sees it. */
    @GET
    @Path("{id: [0-9a-f-]{36}}")
    @RolesAllowed({Role.Names.DISTRICT_ADMIN, Role.Names.SCHOOL_ADMIN})
    public ImportJobView job(@PathParam("id") String id) {
        SignedInUser user = currentUser.require();
        Long owner = user.role() == Role.DISTRICT_ADMIN ? null : user.accountId();
        return jobs.find(id, owner, messages.locale())
                .orElseThrow(() -> Problem.notFound(messages.get("import.job.notFound", id)));
    }

    /** The template: header row and one example row; {@code ?lang=en} for English headers and values. */
    @GET
    @Path("template/{kind}.{format}")
    @Produces({"text/csv", XLSX})
    @RolesAllowed({Role.Names.DISTRICT_ADMIN, Role.Names.SCHOOL_ADMIN})
    public Response template(@PathParam("kind") String kindName, @PathParam("format") String format, @QueryParam("lang") String lang) {
        ImportKind kind = kind(kindName);
        Locale locale = lang == null ? messages.locale() : "en".equalsIgnoreCase(lang) ? Locale.ENGLISH : Messages.VIETNAMESE;
        String base = ("en".equals(locale.getLanguage()) ? kind.path() + "-import-template" : "mau-nhap-" + (kind == ImportKind.STAFF ? "nhan-su" : "truong"));
        return switch (format.toLowerCase(Locale.ROOT)) {
            case "csv" -> Response.ok(ImportTemplate.csv(kind, locale), "text/csv; charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"" + base + ".csv\"").build();
            case "xlsx" -> Response.ok(ImportTemplate.xlsx(kind, locale), XLSX)
                    .header("Content-Disposition", "attachment; filename=\"" + base + ".xlsx\"").build();
            default -> throw Problem.notFound(messages.get("import.template.format", format));
        };
    }

    private ImportKind kind(String name) {
        return ImportKind.fromPath(name).orElseThrow(() -> Problem.notFound(messages.get("import.kind.unknown", name)));
    }

    private byte[] read(InputStream body) {
        try (InputStream in = body) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (bytes.length > maxBytes) {
                throw new Problem(413, "IMPORT_TOO_BIG", messages.get("import.tooBig", maxBytes / (1024 * 1024)));
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
