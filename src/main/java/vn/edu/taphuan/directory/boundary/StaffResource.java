package vn.edu.taphuan.directory.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
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
import vn.edu.taphuan.directory.control.Roster;
import vn.edu.taphuan.directory.control.SchoolAccess;
import vn.edu.taphuan.directory.entity.Staff;
import vn.edu.taphuan.directory.entity.StaffCategory;
import vn.edu.taphuan.directory.entity.StaffForm;
import vn.edu.taphuan.directory.entity.StaffStatus;
import vn.edu.taphuan.directory.entity.StaffView;
import vn.edu.taphuan.platform.Messages;
import vn.edu.taphuan.platform.Page;
import vn.edu.taphuan.platform.Problem;
import vn.edu.taphuan.security.entity.Role;

import java.time.LocalDate;

/**
 * The staff roster. District admins see and change every school's; a school admin (principal) only their own
 * school's, and cannot move anyone to another school; a staff member reads only their own entry.
 */
@Path("staff")
@Produces(MediaType.APPLICATION_JSON)
public class StaffResource {

    @Inject
    Roster roster;

    @Inject
    SchoolAccess access;

    @Inject
    Messages messages;

    @GET
    @RolesAllowed({Role.Names.DISTRICT_ADMIN, Role.Names.SCHOOL_ADMIN})
    public Page<StaffView> list(@QueryParam("school") String schoolCode, @QueryParam("q") String query,
                                @QueryParam("category") StaffCategory category, @QueryParam("status") StaffStatus status,
                                @QueryParam("page") @DefaultValue("0") int page,
                                @QueryParam("size") @DefaultValue("50") int size) {
        return roster.staff(new Roster.StaffFilter(access.listed(schoolCode), query, category, status), Page.index(page), Page.size(size));
    }

    /** Your own roster entry (staff), or anyone's in your scope (admins). */
    @GET
    @Path("{code}")
    @RolesAllowed({Role.Names.DISTRICT_ADMIN, Role.Names.SCHOOL_ADMIN, Role.Names.STAFF})
    public StaffView get(@PathParam("code") String code) {
        return roster.view(access.readable(code));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.DISTRICT_ADMIN, Role.Names.SCHOOL_ADMIN})
    public Response create(@Valid @NotNull StaffForm form, @Context UriInfo uri) {
        access.school(form.schoolCode());
        Staff staff = roster.create(form);
        return Response.created(uri.getAbsolutePathBuilder().path(staff.code()).build()).entity(roster.view(staff)).build();
    }

    @PUT
    @Path("{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.DISTRICT_ADMIN, Role.Names.SCHOOL_ADMIN})
    public StaffView update(@PathParam("code") String code, @Valid @NotNull StaffForm form) {
        if (!code.equals(form.code())) {
            throw new Problem(400, "CODE_MISMATCH", messages.get("error.codeMismatch", code, form.code()));
        }
        access.staff(code);
        access.school(form.schoolCode());
        return roster.view(roster.update(code, form));
    }

    /** Marks the person as having left (from {@code date}, default today). People are never deleted. */
    @POST
    @Path("{code}/deactivation")
    @RolesAllowed({Role.Names.DISTRICT_ADMIN, Role.Names.SCHOOL_ADMIN})
    public StaffView deactivate(@PathParam("code") String code, @QueryParam("date") LocalDate date) {
        access.staff(code);
        return roster.view(roster.leave(code, date));
    }
}
