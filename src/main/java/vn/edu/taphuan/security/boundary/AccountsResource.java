package vn.edu.taphuan.security.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
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
import vn.edu.taphuan.platform.Messages;
import vn.edu.taphuan.platform.Problem;
import vn.edu.taphuan.security.control.AccountHolders;
import vn.edu.taphuan.security.control.Accounts;
import vn.edu.taphuan.security.control.CurrentUser;
import vn.edu.taphuan.security.entity.Account;
import vn.edu.taphuan.security.entity.Role;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;

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
    AccountHolders holders;

    @Inject
    CurrentUser currentUser;

    @Inject
    Messages messages;

    /** The most accounts one listing shows. */
    private static final int LIMIT = 5000;

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
        Long schoolId = currentUser.schoolScope().orElse(schoolCode == null ? null : holders.schoolId(schoolCode));
        return views(schoolId == null ? accounts.all(LIMIT) : accounts.ofSchool(schoolId, holders.staffOf(schoolId), LIMIT));
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
            AccountHolders.Holder staff = holders.holder(request.username());
            currentUser.requireSchool(staff.schoolId(), messages.get("error.otherSchool"));
            account = new Account(staff.staffCode(), Role.STAFF, null, staff.staffId(), staff.fullName());
        } else {
            if (!currentUser.require().isDistrictAdmin()) {
                throw Problem.forbidden(messages.get("account.adminsByDistrict"));
            }
            Long school = request.role() == Role.SCHOOL_ADMIN ? holders.schoolId(required(request.schoolCode())) : null;
            String name = request.displayName() == null || request.displayName().isBlank() ? request.username() : request.displayName().strip();
            account = new Account(request.username(), request.role(), school, null, name);
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
        AccountHolders.Holder staff = holderOf(a);
        return staff != null ? Long.valueOf(staff.schoolId()) : a.schoolId();
    }

    private AccountHolders.Holder holderOf(Account a) {
        return a.staffId() == null ? null : holders.holders(List.of(a.staffId())).get(a.staffId());
    }

    private String required(String schoolCode) {
        if (schoolCode == null || schoolCode.isBlank()) {
            throw new Problem(400, "SCHOOL_REQUIRED", messages.get("account.schoolRequired"));
        }
        return schoolCode;
    }

    /** The accounts as the API shows them, their people and schools read in one query each. */
    private List<AccountView> views(List<Account> list) {
        Map<Long, AccountHolders.Holder> people = holders.holders(list.stream().map(Account::staffId).filter(Objects::nonNull).distinct().toList());
        Map<Long, String> schools = holders.schoolCodes(list.stream().map(Account::schoolId).filter(Objects::nonNull).distinct().toList());
        return list.stream().map(a -> view(a, a.staffId() == null ? null : people.get(a.staffId()), schools)).toList();
    }

    private AccountView view(Account a) {
        return views(List.of(a)).get(0);
    }

    private static AccountView view(Account a, AccountHolders.Holder staff, Map<Long, String> schools) {
        String school = staff != null ? staff.schoolCode() : a.schoolId() == null ? null : schools.get(a.schoolId());
        return new AccountView(a.username(), a.role().name(), school, staff == null ? null : staff.staffCode(), a.displayName(),
                a.mustChangePassword(), a.active(), a.lastSignInAt());
    }
}
