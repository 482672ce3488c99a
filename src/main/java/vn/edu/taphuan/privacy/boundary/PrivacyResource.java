package vn.edu.taphuan.privacy.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import vn.edu.taphuan.audit.control.AuditLog;
import vn.edu.taphuan.audit.entity.AuditKind;
import vn.edu.taphuan.directory.control.Roster;
import vn.edu.taphuan.directory.entity.Staff;
import vn.edu.taphuan.platform.Messages;
import vn.edu.taphuan.platform.Problem;
import vn.edu.taphuan.privacy.control.Erasure;
import vn.edu.taphuan.privacy.control.PersonalData;
import vn.edu.taphuan.privacy.control.ProcessingNotice;
import vn.edu.taphuan.security.control.Accounts;
import vn.edu.taphuan.security.control.CurrentUser;
import vn.edu.taphuan.security.control.SignedInUser;
import vn.edu.taphuan.security.entity.Account;
import vn.edu.taphuan.security.entity.Role;

/**
 * Personal data (Law 91/2025/QH15, Decree 356/2025 — docs/privacy.md): one's own data to read and download, the
 * processing notice and its acknowledgement, and for district admins a person's data export and erasure.
 */
@Path("privacy")
@Produces(MediaType.APPLICATION_JSON)
public class PrivacyResource {

    @Inject
    PersonalData personalData;

    @Inject
    ProcessingNotice notice;

    @Inject
    Erasure erasure;

    @Inject
    Accounts accounts;

    @Inject
    Roster roster;

    @Inject
    CurrentUser currentUser;

    @Inject
    Messages messages;

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog auditLog;

    /** Everything held about the signed-in person; {@code download=true} answers it as a file to save. */
    @GET
    @Path("me")
    @RolesAllowed({Role.Names.DISTRICT_ADMIN, Role.Names.SCHOOL_ADMIN, Role.Names.STAFF})
    @Transactional
    public Response mine(@QueryParam("download") @DefaultValue("false") boolean download) {
        SignedInUser user = currentUser.require();
        Staff staff = user.staffId() == null ? null : em.find(Staff.class, user.staffId());
        Account account = em.find(Account.class, user.accountId());
        return document(personalData.of(staff, account), user.username(), download);
    }

    /** A person's data, by staff code (or the username of an account without a roster entry): district admins. */
    @GET
    @Path("people/{code}")
    @RolesAllowed(Role.Names.DISTRICT_ADMIN)
    @Transactional
    public Response person(@PathParam("code") String code, @QueryParam("download") @DefaultValue("false") boolean download) {
        Staff staff = roster.findStaff(code).orElse(null);
        Account account = staff != null ? accounts.ofStaff(staff.id()).orElse(null) : accounts.find(code).orElse(null);
        if (staff == null && account == null) {
            throw Problem.notFound(messages.get("privacy.notFound", code));
        }
        JsonObject data = personalData.of(staff, account);
        auditLog.record(AuditKind.PERSON_EXPORTED, staff == null ? null : staff.school().code(), staff == null ? null : staff.code(),
                staff == null ? "account:" + account.username() : "staff:" + staff.code(), null,
                data.getJsonArray("statements") == null ? "account data" : "all personal data, " + data.getJsonArray("statements").size() + " statements");
        return document(data, code, download);
    }

    /** What an erasure answers: the staff code the roster entry now has. */
    public record Erased(String staffCode, String pseudonymousCode) {
    }

    /** Erases a person who left longer ago than the retention period: district admins. */
    @POST
    @Path("people/{code}/erasure")
    @RolesAllowed(Role.Names.DISTRICT_ADMIN)
    @Transactional
    public Erased erase(@PathParam("code") String code) {
        Staff staff = roster.findStaff(code).orElseThrow(() -> Problem.notFound(messages.get("privacy.notFound", code)));
        if (!erasure.erasable(staff)) {
            throw erasure.erasableFrom(staff)
                    .map(day -> Problem.conflict("RETENTION_NOT_OVER", messages.get("privacy.retention", code, erasure.retentionYears(), day)))
                    .orElseGet(() -> Problem.conflict("NOT_LEFT", messages.get("privacy.notLeft", code)));
        }
        return new Erased(code, erasure.erase(staff));
    }

    @GET
    @Path("notice")
    @RolesAllowed({Role.Names.DISTRICT_ADMIN, Role.Names.SCHOOL_ADMIN, Role.Names.STAFF})
    public ProcessingNotice.Notice notice() {
        return notice.of(currentUser.require().accountId());
    }

    /** The signed-in person read the current notice. */
    @POST
    @Path("notice/acknowledgement")
    @RolesAllowed({Role.Names.DISTRICT_ADMIN, Role.Names.SCHOOL_ADMIN, Role.Names.STAFF})
    public ProcessingNotice.Notice acknowledge() {
        return notice.acknowledge(currentUser.require().accountId());
    }

    public record NoticeText(@NotBlank @Size(max = 8000) String vi, @NotBlank @Size(max = 8000) String en) {
        /** Written out so that the constraint annotations stay off the constructor's parameters: Payara's OpenAPI
         * scanner mistakes annotated constructor parameters for JAX-RS parameters and fails. */
        public NoticeText(String vi, String en) {
            this.vi = vi;
            this.en = en;
        }
    }

    /** The district's own notice text (Vietnamese and English); everyone is shown it once more. */
    @PUT
    @Path("notice")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.DISTRICT_ADMIN)
    public ProcessingNotice.Notice editNotice(@Valid @NotNull NoticeText text) {
        SignedInUser user = currentUser.require();
        return notice.edit(text.vi().strip(), text.en().strip(), user.username(), user.accountId());
    }

    private static Response document(JsonObject data, String name, boolean download) {
        Response.ResponseBuilder r = Response.ok(data).header("Cache-Control", "no-store");
        if (download) {
            r.header("Content-Disposition", "attachment; filename=\"du-lieu-ca-nhan-" + name.replaceAll("[^A-Za-z0-9._-]", "_") + ".json\"");
        }
        return r.build();
    }
}
