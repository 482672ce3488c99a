package vn.edu.taphuan.security.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import vn.edu.taphuan.directory.control.Roster;
import vn.edu.taphuan.directory.entity.School;
import vn.edu.taphuan.directory.entity.Staff;
import vn.edu.taphuan.platform.Messages;
import vn.edu.taphuan.platform.Problem;
import vn.edu.taphuan.security.control.Accounts;
import vn.edu.taphuan.security.control.CurrentUser;
import vn.edu.taphuan.security.entity.Account;
import vn.edu.taphuan.security.entity.Role;

import java.time.LocalDateTime;
import java.util.List;

/**
 * Accounts are made by admins: a school admin for the staff of their own school (username = staff code), a
 * district admin for anyone, including other admins. The temporary password is in the answer, once.
 */
@Path("accounts")
@Produces(MediaType.APPLICATION_JSON)
public class AccountsResource {

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

    public record AccountView(String username, String role, String schoolCode, String staffCode, String displayName,
                              boolean mustChangePassword, boolean active, LocalDateTime lastSignInAt) {
    }

    public record NewAccount(
            @NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9._-]+", message = "{username.pattern}") String username,
            @NotNull Role role, String schoolCode, String displayName) {
        /** Written out so that the constraint annotations stay off the constructor's parameters: Payara's OpenAPI
         * scanner mistakes annotated constructor parameters for JAX-RS parameters and fails. */
        public NewAccount(String username, Role role, String schoolCode, String displayName) {
            this.username = username;
            this.role = role;
            this.schoolCode = schoolCode;
            this.displayName = displayName;
        }

    }

    /** The answer to create and reset: who, and the temporary password to hand over. */
    public record Credentials(String username, String temporaryPassword) {
    }

    @GET
    @RolesAllowed({Role.Names.DISTRICT_ADMIN, Role.Names.SCHOOL_ADMIN})
    public List<AccountView> list(@QueryParam("school") String schoolCode) {
        Long schoolId = currentUser.schoolScope().orElse(schoolCode == null ? null : roster.school(schoolCode).id());
        String jpql = "SELECT a FROM Account a" + (schoolId == null ? "" :
                " WHERE a.schoolId = :school OR a.staffId IN (SELECT s.id FROM Staff s WHERE s.school.id = :school)")
                + " ORDER BY a.username";
        var q = em.createQuery(jpql, Account.class).setMaxResults(5000);
        if (schoolId != null) {
            q.setParameter("school", schoolId);
        }
        return q.getResultList().stream().map(this::view).toList();
    }

    /**
     * Role staff: the username is a staff code on the roster. Role school-admin / district-admin: district
     * admins only; a school admin needs {@code schoolCode}.
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.DISTRICT_ADMIN, Role.Names.SCHOOL_ADMIN})
    public Response create(@Valid @NotNull NewAccount request, @Context UriInfo uri) {
        if (accounts.find(request.username()).isPresent()) {
            throw Problem.conflict("ACCOUNT_EXISTS", messages.get("account.exists", request.username()));
        }
        Account account;
        if (request.role() == Role.STAFF) {
            Staff staff = roster.staff(request.username());
            currentUser.requireSchool(staff.school().id(), messages.get("error.otherSchool"));
            account = new Account(staff.code(), Role.STAFF, null, staff.id(), staff.fullName());
        } else {
            if (!currentUser.require().isDistrictAdmin()) {
                throw Problem.forbidden(messages.get("account.adminsByDistrict"));
            }
            School school = request.role() == Role.SCHOOL_ADMIN ? roster.school(required(request.schoolCode())) : null;
            String name = request.displayName() == null || request.displayName().isBlank() ? request.username() : request.displayName().strip();
            account = new Account(request.username(), request.role(), school == null ? null : school.id(), null, name);
        }
        String temporary = accounts.create(account);
        return Response.created(uri.getAbsolutePathBuilder().path(account.username()).build())
                .entity(new Credentials(account.username(), temporary)).build();
    }

    @GET
    @Path("{username}")
    @RolesAllowed({Role.Names.DISTRICT_ADMIN, Role.Names.SCHOOL_ADMIN})
    public AccountView get(@PathParam("username") String username) {
        return view(visible(username));
    }

    @POST
    @Path("{username}/password-reset")
    @RolesAllowed({Role.Names.DISTRICT_ADMIN, Role.Names.SCHOOL_ADMIN})
    public Credentials resetPassword(@PathParam("username") String username) {
        Account account = manageable(username);
        return new Credentials(account.username(), accounts.resetPassword(account));
    }

    /**
     * Disables an account: no sign-in, and every open session ends at once, on every instance. A district admin may
     * disable any account but their own; a principal the staff accounts of their own school (the same rule as
     * password resets: a principal looks after their school's staff, the district after admins).
     */
    @POST
    @Path("{username}/disablement")
    @RolesAllowed({Role.Names.DISTRICT_ADMIN, Role.Names.SCHOOL_ADMIN})
    public AccountView disable(@PathParam("username") String username) {
        Account account = manageable(username);
        if (account.id() == currentUser.require().accountId()) {
            throw Problem.badRequest("OWN_ACCOUNT", messages.get("account.ownAccount"));
        }
        accounts.disable(account);
        return view(accounts.find(username).orElseThrow());
    }

    /** Enables a disabled account again (same rule as {@link #disable}); its password is unchanged. */
    @POST
    @Path("{username}/enablement")
    @RolesAllowed({Role.Names.DISTRICT_ADMIN, Role.Names.SCHOOL_ADMIN})
    public AccountView enable(@PathParam("username") String username) {
        accounts.enable(manageable(username));
        return view(accounts.find(username).orElseThrow());
    }

    /** An account the current admin may reset, disable or enable: district admins any, principals their staff's. */
    private Account manageable(String username) {
        Account account = visible(username);
        if (account.role() != Role.STAFF && !currentUser.require().isDistrictAdmin()) {
            throw Problem.forbidden(messages.get("account.adminsByDistrict"));
        }
        return account;
    }

    /** The account, if the current admin may see it: district admins all, school admins their school's. */
    private Account visible(String username) {
        Account account = accounts.find(username).orElseThrow(() -> Problem.notFound(messages.get("account.notFound", username)));
        currentUser.requireSchool(schoolOf(account), messages.get("error.otherSchool"));
        return account;
    }

    private Long schoolOf(Account a) {
        return a.staffId() != null ? em.find(Staff.class, a.staffId()).school().id() : a.schoolId();
    }

    private String required(String schoolCode) {
        if (schoolCode == null || schoolCode.isBlank()) {
            throw new Problem(400, "SCHOOL_REQUIRED", messages.get("account.schoolRequired"));
        }
        return schoolCode;
    }

    private AccountView view(Account a) {
        Staff staff = a.staffId() == null ? null : em.find(Staff.class, a.staffId());
        School school = staff != null ? staff.school() : a.schoolId() == null ? null : em.find(School.class, a.schoolId());
        return new AccountView(a.username(), a.role().name(), school == null ? null : school.code(),
                staff == null ? null : staff.code(), a.displayName(), a.mustChangePassword(), a.active(),
                a.lastSignInAt());
    }
}
