package vn.edu.taphuan.referral.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import vn.edu.taphuan.directory.control.SchoolAccess;
import vn.edu.taphuan.directory.entity.School;
import vn.edu.taphuan.platform.Messages;
import vn.edu.taphuan.platform.Page;
import vn.edu.taphuan.platform.Problem;
import vn.edu.taphuan.referral.control.ContactExport;
import vn.edu.taphuan.referral.control.ContactField;
import vn.edu.taphuan.referral.control.ContactGaps;
import vn.edu.taphuan.referral.control.ContactImport;
import vn.edu.taphuan.referral.control.LearnerContacts;
import vn.edu.taphuan.referral.control.ReferralDirectory;
import vn.edu.taphuan.referral.entity.ContactDraft;
import vn.edu.taphuan.referral.entity.ContactForm;
import vn.edu.taphuan.referral.entity.ContactGap;
import vn.edu.taphuan.referral.entity.ContactKind;
import vn.edu.taphuan.referral.entity.ContactLevel;
import vn.edu.taphuan.referral.entity.ContactView;
import vn.edu.taphuan.referral.entity.ReferralContact;
import vn.edu.taphuan.security.entity.Role;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The referral directory (docs/referral.md). District admins keep every entry (city, wards, schools); a principal
 * reads their school's entries with their ward's and the city's, and adds, changes and deletes their school's own.
 */
@Path("referral-contacts")
@Produces(MediaType.APPLICATION_JSON)
public class ReferralContactsResource {
    static final int MAX_FILE_BYTES = 5 * 1024 * 1024;

    @Inject
    ReferralDirectory directory;

    @Inject
    LearnerContacts learnerContacts;

    @Inject
    ContactGaps gaps;

    @Inject
    ContactImport importer;

    @Inject
    ContactExport export;

    @Inject
    SchoolAccess access;

    @Inject
    Messages messages;

    /** The kinds with their labels, and the kinds the gap checklist requires. */
    public record Vocabulary(Map<String, String> kinds, List<String> required) {
    }

    /** The checklist: open schools checked, the required kinds, and each school with what it lacks. */
    public record Gaps(List<String> required, long schoolsChecked, List<ContactGap> schools) {
    }

    @GET
    @RolesAllowed({Role.Names.DISTRICT_ADMIN, Role.Names.SCHOOL_ADMIN})
    public Page<ContactView> list(@QueryParam("level") String level, @QueryParam("ward") String ward,
                                  @QueryParam("school") String school, @QueryParam("kind") String kind,
                                  @QueryParam("q") String query,
                                  @QueryParam("page") @DefaultValue("0") int page,
                                  @QueryParam("size") @DefaultValue("50") int size) {
        Optional<School> own = access.own();
        if (own.isPresent()) {
            List<ContactView> items = directory.relevantTo(own.get(), List.of()).stream()
                    .map(c -> directory.view(c, mayChange(c, own))).toList();
            return new Page<>(items, items.size(), 0, Math.max(items.size(), 1));
        }
        var filter = new ReferralDirectory.Filter(level(level), ward, school, kind(kind), query);
        return directory.list(filter, Page.index(page), Page.size(size));
    }

    @GET
    @Path("kinds")
    @RolesAllowed({Role.Names.DISTRICT_ADMIN, Role.Names.SCHOOL_ADMIN, Role.Names.STAFF})
    public Vocabulary kinds() {
        return new Vocabulary(directory.labels(), gaps.required().stream().map(ContactKind::key).toList());
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Role.Names.DISTRICT_ADMIN, Role.Names.SCHOOL_ADMIN})
    public ContactView get(@PathParam("id") long id) {
        ReferralContact c = directory.contact(id);
        Optional<School> own = access.own();
        if (own.isPresent() && directory.relevantTo(own.get(), List.of(c.kind())).stream().noneMatch(r -> r.id().equals(c.id()))) {
            throw Problem.forbidden(messages.get("contact.notYours"));
        }
        return directory.view(c, mayChange(c, own));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.DISTRICT_ADMIN, Role.Names.SCHOOL_ADMIN})
    public Response create(ContactForm form, @Context UriInfo uri) {
        ContactDraft draft = allowed(directory.checked(values(form)));
        ReferralContact c = directory.create(draft);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(c.id())).build())
                .entity(directory.view(c, true)).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.DISTRICT_ADMIN, Role.Names.SCHOOL_ADMIN})
    public ContactView update(@PathParam("id") long id, ContactForm form) {
        requireChangeable(directory.contact(id));
        ContactDraft draft = allowed(directory.checked(values(form)));
        return directory.view(directory.update(id, draft), true);
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({Role.Names.DISTRICT_ADMIN, Role.Names.SCHOOL_ADMIN})
    public Response delete(@PathParam("id") long id) {
        requireChangeable(directory.contact(id));
        directory.delete(id);
        return Response.noContent().build();
    }

    /** The directory (a principal: their school's entries) as CSV UTF-8, in the import's columns. */
    @GET
    @Path("export.csv")
    @Produces("text/csv; charset=UTF-8")
    @RolesAllowed({Role.Names.DISTRICT_ADMIN, Role.Names.SCHOOL_ADMIN})
    public Response exportCsv(@QueryParam("level") String level, @QueryParam("ward") String ward,
                              @QueryParam("school") String school, @QueryParam("kind") String kind) {
        Optional<School> own = access.own();
        var filter = own.isPresent()
                ? new ReferralDirectory.Filter(ContactLevel.SCHOOL, null, own.get().code(), null, null)
                : new ReferralDirectory.Filter(level(level), ward, school, kind(kind), null);
        return Response.ok(export.csv(filter))
                .header("Content-Disposition", "attachment; filename=\"danh-ba-ho-tro.csv\"").build();
    }

    /** A CSV UTF-8 (or .xlsx) file, the request body: all rows or none (docs/import.md, "Referral contacts"). */
    @POST
    @Path("import")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Role.Names.DISTRICT_ADMIN, Role.Names.SCHOOL_ADMIN})
    public ContactImport.Result importFile(byte[] body, @QueryParam("name") String name) {
        if (body == null || body.length > MAX_FILE_BYTES) {
            throw new Problem(body == null ? 400 : 413, "IMPORT_TOO_BIG", messages.get("import.tooBig", MAX_FILE_BYTES / 1024 / 1024));
        }
        return importer.run(body, name, access.own().map(School::code).orElse(null));
    }

    /** Schools without an entry of a required kind at any level; a principal sees their own school's line. */
    @GET
    @Path("gaps")
    @RolesAllowed({Role.Names.DISTRICT_ADMIN, Role.Names.SCHOOL_ADMIN})
    public Gaps gaps(@QueryParam("ward") String ward) {
        Long schoolId = access.ownId().orElse(null);
        String w = ward == null || ward.isBlank() ? null : ward.strip();
        return new Gaps(gaps.required().stream().map(ContactKind::key).toList(), gaps.schoolsChecked(w, schoolId),
                gaps.gaps(w, schoolId));
    }

    private ContactKind kind(String key) {
        return key == null || key.isBlank() ? null : learnerContacts.kinds(key).get(0);
    }

    private ContactLevel level(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return ContactLevel.valueOf(text.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new Problem(400, "INVALID_INPUT", messages.get("contact.level") + " " + messages.get("contact.level.fix"));
        }
    }

    /** A district admin may change any entry; a principal only their own school's. */
    private static boolean mayChange(ReferralContact c, Optional<School> own) {
        return own.isEmpty() || (c.level() == ContactLevel.SCHOOL && c.school().id().equals(own.get().id()));
    }

    private void requireChangeable(ReferralContact c) {
        if (!mayChange(c, access.own())) {
            throw Problem.forbidden(messages.get("contact.notYours"));
        }
    }

    private ContactDraft allowed(ContactDraft d) {
        Optional<School> own = access.own();
        if (own.isPresent() && (d.level() != ContactLevel.SCHOOL || !d.school().id().equals(own.get().id()))) {
            throw Problem.forbidden(messages.get("contact.notYours"));
        }
        return d;
    }

    private Map<ContactField, String> values(ContactForm f) {
        if (f == null) {
            throw Problem.badRequest("INVALID_INPUT", messages.get("error.invalidInput"));
        }
        Map<ContactField, String> v = new EnumMap<>(ContactField.class);
        put(v, ContactField.KIND, f.kind());
        put(v, ContactField.LEVEL, f.level());
        put(v, ContactField.WARD, f.ward());
        put(v, ContactField.SCHOOL, f.schoolCode());
        put(v, ContactField.NAME, f.name());
        put(v, ContactField.PHONE, f.phone());
        put(v, ContactField.ADDRESS, f.address());
        put(v, ContactField.HOURS, f.hours());
        put(v, ContactField.NOTE, f.note());
        put(v, ContactField.EXAMPLE, Boolean.TRUE.equals(f.example()) ? "true" : null);
        return v;
    }

    private static void put(Map<ContactField, String> v, ContactField field, String value) {
        if (value != null) {
            v.put(field, value);
        }
    }
}
