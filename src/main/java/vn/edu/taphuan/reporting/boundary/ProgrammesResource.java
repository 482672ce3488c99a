package vn.edu.taphuan.reporting.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import vn.edu.taphuan.reporting.control.Programmes;
import vn.edu.taphuan.reporting.entity.Programme;
import vn.edu.taphuan.reporting.entity.ProgrammeForm;
import vn.edu.taphuan.reporting.entity.ProgrammeView;
import vn.edu.taphuan.security.entity.Role;

import java.util.List;

/** Programmes: district admins define them; principals read them (their reports are per programme). */
@Path("programmes")
@Produces(MediaType.APPLICATION_JSON)
public class ProgrammesResource {

    @Inject
    Programmes programmes;

    @GET
    @RolesAllowed({Role.Names.DISTRICT_ADMIN, Role.Names.SCHOOL_ADMIN})
    public List<ProgrammeView> list() {
        return programmes.all().stream().map(programmes::view).toList();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Role.Names.DISTRICT_ADMIN, Role.Names.SCHOOL_ADMIN})
    public ProgrammeView get(@PathParam("id") long id) {
        return programmes.view(programmes.programme(id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.DISTRICT_ADMIN)
    public Response create(@Valid @NotNull ProgrammeForm form, @Context UriInfo uri) {
        Programme p = programmes.create(form);
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(p.id())).build()).entity(programmes.view(p)).build();
    }

    /** Next year's programme from this one: same courses, target, categories and header, the period a year on (409 if its name exists). */
    @POST
    @Path("{id}/next")
    @RolesAllowed(Role.Names.DISTRICT_ADMIN)
    public Response openNextYear(@PathParam("id") long id, @Context UriInfo uri) {
        Programme p = programmes.openNextYear(id);
        return Response.created(uri.getBaseUriBuilder().path(ProgrammesResource.class).path(Long.toString(p.id())).build())
                .entity(programmes.view(p)).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.DISTRICT_ADMIN)
    public ProgrammeView update(@PathParam("id") long id, @Valid @NotNull ProgrammeForm form) {
        return programmes.view(programmes.update(id, form));
    }
}
