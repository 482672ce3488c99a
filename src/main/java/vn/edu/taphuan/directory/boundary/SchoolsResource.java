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
import vn.edu.taphuan.directory.entity.School;
import vn.edu.taphuan.directory.entity.SchoolForm;
import vn.edu.taphuan.directory.entity.SchoolType;
import vn.edu.taphuan.directory.entity.SchoolView;
import vn.edu.taphuan.platform.Messages;
import vn.edu.taphuan.platform.Page;
import vn.edu.taphuan.platform.Problem;
import vn.edu.taphuan.security.entity.Role;

/** Schools: the district manages them; a school admin reads their own. */
@Path("schools")
@Produces(MediaType.APPLICATION_JSON)
public class SchoolsResource {

    @Inject
    Roster roster;

    @Inject
    SchoolAccess access;

    @Inject
    Messages messages;

    @GET
    @RolesAllowed({Role.Names.DISTRICT_ADMIN, Role.Names.SCHOOL_ADMIN})
    public Page<SchoolView> list(@QueryParam("q") String query, @QueryParam("ward") String ward,
                                 @QueryParam("type") SchoolType type, @QueryParam("active") Boolean active,
                                 @QueryParam("page") @DefaultValue("0") int page,
                                 @QueryParam("size") @DefaultValue("50") int size) {
        var own = access.own();
        if (own.isPresent()) {
            return new Page<>(java.util.List.of(view(own.get())), 1, 0, size);
        }
        return roster.schools(new Roster.SchoolFilter(query, ward, type, active), Page.index(page), Page.size(size));
    }

    @GET
    @Path("{code}")
    @RolesAllowed({Role.Names.DISTRICT_ADMIN, Role.Names.SCHOOL_ADMIN})
    public SchoolView get(@PathParam("code") String code) {
        return view(access.school(code));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.DISTRICT_ADMIN)
    public Response create(@Valid @NotNull SchoolForm form, @Context UriInfo uri) {
        School school = roster.create(form);
        return Response.created(uri.getAbsolutePathBuilder().path(school.code()).build()).entity(SchoolView.of(school, 0)).build();
    }

    @PUT
    @Path("{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.DISTRICT_ADMIN)
    public SchoolView update(@PathParam("code") String code, @Valid @NotNull SchoolForm form) {
        if (!code.equals(form.code())) {
            throw new Problem(400, "CODE_MISMATCH", messages.get("error.codeMismatch", code, form.code()));
        }
        return view(roster.update(code, form));
    }

    /** Closes a school (it stays, with its history); {@code /activation} reopens it. */
    @POST
    @Path("{code}/deactivation")
    @RolesAllowed(Role.Names.DISTRICT_ADMIN)
    public SchoolView deactivate(@PathParam("code") String code) {
        return view(roster.setActive(code, false));
    }

    @POST
    @Path("{code}/activation")
    @RolesAllowed(Role.Names.DISTRICT_ADMIN)
    public SchoolView activate(@PathParam("code") String code) {
        return view(roster.setActive(code, true));
    }

    /** A school as the API shows it, with its staff on the roster counted. */
    private SchoolView view(School school) {
        return SchoolView.of(school, roster.staffCount(school));
    }
}
