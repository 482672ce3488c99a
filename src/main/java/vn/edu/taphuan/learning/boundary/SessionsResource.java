package vn.edu.taphuan.learning.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import vn.edu.taphuan.learning.control.TrainingSessions;
import vn.edu.taphuan.learning.entity.SessionForm;
import vn.edu.taphuan.learning.entity.SessionView;
import vn.edu.taphuan.security.control.CurrentUser;
import vn.edu.taphuan.security.entity.Role;

import java.util.List;

/** In-person sessions of a programme's courses, recorded by district admins from signed attendance lists. */
@Path("programmes")
@Produces(MediaType.APPLICATION_JSON)
public class SessionsResource {

    @Inject
    TrainingSessions sessions;

    @Inject
    CurrentUser currentUser;

    @GET
    @Path("{id}/sessions")
    @RolesAllowed(Role.Names.DISTRICT_ADMIN)
    public List<SessionView> list(@PathParam("id") long id) {
        return sessions.of(id);
    }

    @POST
    @Path("{id}/sessions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.DISTRICT_ADMIN)
    public Response record(@PathParam("id") long id, @Valid @NotNull SessionForm form) {
        return Response.status(201).entity(sessions.record(id, form, currentUser.require().username())).build();
    }
}
