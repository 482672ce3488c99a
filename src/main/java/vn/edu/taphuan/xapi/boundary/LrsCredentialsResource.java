package vn.edu.taphuan.xapi.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import vn.edu.taphuan.platform.Messages;
import vn.edu.taphuan.platform.Problem;
import vn.edu.taphuan.security.control.CurrentUser;
import vn.edu.taphuan.security.entity.Role;
import vn.edu.taphuan.xapi.control.LrsCredentials;
import vn.edu.taphuan.xapi.entity.LrsCredential;
import vn.edu.taphuan.xapi.entity.ReadScope;

import java.time.LocalDateTime;
import java.util.List;

/**
 * LRS credentials for xAPI clients (other LMSs, cmi5 content, analytics tools): district admins list, create and
 * deactivate them. The secret is in the creation answer once; afterwards only its hash exists.
 */
@Path("xapi/credentials")
@Produces(MediaType.APPLICATION_JSON)
public class LrsCredentialsResource {

    @Inject
    LrsCredentials credentials;

    @Inject
    CurrentUser currentUser;

    @Inject
    Messages messages;

    /** What an admin sees of a credential: never the secret. */
    public record CredentialView(String key, String label, boolean write, ReadScope read, boolean active,
                                 String createdBy, LocalDateTime createdAt) {
        static CredentialView of(LrsCredential c) {
            return new CredentialView(c.apiKey(), c.label(), c.canWrite(), c.readScope(), c.active(), c.createdBy(), c.createdAt());
        }
    }

    public record NewCredential(@NotBlank @Size(max = 200) String label, boolean write, @NotNull ReadScope read) {
        /** Written out to keep constraint annotations off the constructor parameters (see RequestRecordsTest). */
        public NewCredential(String label, boolean write, ReadScope read) {
            this.label = label;
            this.write = write;
            this.read = read;
        }

    }

    /** The answer to create: the key and the secret, shown once. */
    public record IssuedCredential(String key, String secret, String label, boolean write, ReadScope read, String endpoint) {
    }

    @GET
    @RolesAllowed(Role.Names.DISTRICT_ADMIN)
    public List<CredentialView> list() {
        return credentials.all().stream().map(CredentialView::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.DISTRICT_ADMIN)
    public Response create(@Valid @NotNull NewCredential request, @Context UriInfo uri) {
        if (!request.write() && request.read() == ReadScope.NONE) {
            throw new Problem(400, "CREDENTIAL_WITHOUT_SCOPE", messages.get("xapi.credential.noScope"));
        }
        LrsCredentials.Issued issued = credentials.create(request.label().strip(), request.write(), request.read(),
                currentUser.require().username());
        LrsCredential c = issued.credential();
        String endpoint = uri.getBaseUri().resolve("../xapi/").toString();
        return Response.created(uri.getAbsolutePathBuilder().path(c.apiKey()).build())
                .entity(new IssuedCredential(c.apiKey(), issued.secret(), c.label(), c.canWrite(), c.readScope(), endpoint)).build();
    }

    @POST
    @Path("{key}/deactivation")
    @RolesAllowed(Role.Names.DISTRICT_ADMIN)
    public CredentialView deactivate(@PathParam("key") String key) {
        return credentials.deactivate(key).map(CredentialView::of)
                .orElseThrow(() -> Problem.notFound(messages.get("xapi.credential.notFound", key)));
    }
}
