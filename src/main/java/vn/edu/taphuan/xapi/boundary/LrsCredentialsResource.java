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
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import vn.edu.taphuan.platform.Messages;
import vn.edu.taphuan.platform.Problem;
import vn.edu.taphuan.security.control.CurrentUser;
import vn.edu.taphuan.security.entity.Role;
import vn.edu.taphuan.xapi.control.CredentialCompletions;
import vn.edu.taphuan.xapi.control.LrsCredentials;
import vn.edu.taphuan.xapi.entity.LrsCredential;
import vn.edu.taphuan.xapi.entity.ReadScope;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * LRS credentials for xAPI clients (other LMSs, cmi5 content, analytics tools): district admins list, create,
 * change (scopes, school scope, completion right, right to void others' statements), rotate the secret of and
 * deactivate them, and see the completions that do not count. Only district admins: these decide who may move a
 * school's figure (docs/xapi.md §9). The secret is in the creation or rotation answer once; afterwards only its
 * hash exists.
 */
@Path("xapi/credentials")
@Produces(MediaType.APPLICATION_JSON)
public class LrsCredentialsResource {

    @Inject
    LrsCredentials credentials;

    @Inject
    CredentialCompletions completions;

    @Inject
    CurrentUser currentUser;

    @Inject
    Messages messages;

    /**
     * What an admin sees of a credential: never the secret. {@code schools} lists the school codes of its scope,
     * empty when {@code allSchools}.
     */
    public record CredentialView(String key, String label, boolean write, ReadScope read, boolean active,
                                 String createdBy, LocalDateTime createdAt, boolean allSchools, Set<String> schools,
                                 boolean completions, boolean voidOthers) {
    }

    /**
     * What a district admin sets: the xAPI scopes, the school scope ({@code schools}: school codes; absent or null =
     * all schools), whether its completions count ({@code completions}) and whether it may void statements it did
     * not store ({@code voidOthers}).
     */
    public record CredentialSettings(@NotBlank @Size(max = 200) String label, boolean write, @NotNull ReadScope read,
                                     @Size(max = 5000) List<@NotBlank @Size(max = 32) String> schools, boolean completions,
                                     boolean voidOthers) {
        /** Written out to keep constraint annotations off the constructor parameters (see RequestRecordsTest). */
        public CredentialSettings(String label, boolean write, ReadScope read, List<String> schools, boolean completions,
                                  boolean voidOthers) {
            this.label = label;
            this.write = write;
            this.read = read;
            this.schools = schools;
            this.completions = completions;
            this.voidOthers = voidOthers;
        }
    }

    /** The answer to create and to a secret rotation: the key and the secret, shown once. */
    public record IssuedCredential(String key, String secret, String label, boolean write, ReadScope read, String endpoint) {
    }

    @GET
    @RolesAllowed(Role.Names.DISTRICT_ADMIN)
    public List<CredentialView> list() {
        return credentials.all().stream().map(this::view).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.DISTRICT_ADMIN)
    public Response create(@Valid @NotNull CredentialSettings request, @Context UriInfo uri) {
        LrsCredentials.Issued issued = credentials.create(settings(request), currentUser.require().username());
        LrsCredential c = issued.credential();
        return Response.created(uri.getAbsolutePathBuilder().path(c.apiKey()).build()).entity(issued(issued, uri)).build();
    }

    /** Changes what the credential may do; a change of school scope or completion right re-judges its completions. */
    @PUT
    @Path("{key}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.DISTRICT_ADMIN)
    public CredentialView change(@PathParam("key") String key, @Valid @NotNull CredentialSettings request) {
        return credentials.change(key, settings(request)).map(this::view).orElseThrow(() -> notFound(key));
    }

    /** A new secret, shown once; the old one is refused from the next request on. */
    @POST
    @Path("{key}/secret")
    @RolesAllowed(Role.Names.DISTRICT_ADMIN)
    public IssuedCredential rotateSecret(@PathParam("key") String key, @Context UriInfo uri) {
        return credentials.rotateSecret(key).map(i -> issued(i, uri)).orElseThrow(() -> notFound(key));
    }

    @POST
    @Path("{key}/deactivation")
    @RolesAllowed(Role.Names.DISTRICT_ADMIN)
    public CredentialView deactivate(@PathParam("key") String key) {
        return credentials.deactivate(key).map(this::view).orElseThrow(() -> notFound(key));
    }

    /** The newest completions (at most 200) stated by credentials but not counted, of one credential or of all. */
    @GET
    @Path("uncounted")
    @RolesAllowed(Role.Names.DISTRICT_ADMIN)
    public List<CredentialCompletions.Uncounted> uncounted(@QueryParam("credential") String key) {
        if (key != null && credentials.find(key).isEmpty()) {
            throw new Problem(400, "UNKNOWN_CREDENTIAL", messages.get("xapi.credential.notFound", key),
                    List.of(Problem.Detail.field("credential", key, "unknown", null)));
        }
        return completions.uncounted(key);
    }

    private LrsCredentials.Settings settings(CredentialSettings request) {
        if (!request.write() && request.read() == ReadScope.NONE) {
            throw new Problem(400, "CREDENTIAL_WITHOUT_SCOPE", messages.get("xapi.credential.noScope"));
        }
        if (request.schools() != null && request.schools().isEmpty()) {
            throw new Problem(400, "CREDENTIAL_WITHOUT_SCHOOLS", messages.get("xapi.credential.noSchools"),
                    List.of(Problem.Detail.field("schools", "[]", messages.get("xapi.credential.noSchools"), null)));
        }
        Set<Long> schoolIds = Set.of();
        if (request.schools() != null) {
            Set<String> unknown = new TreeSet<>();
            schoolIds = credentials.schoolIds(request.schools().stream().map(String::strip).toList(), unknown);
            if (!unknown.isEmpty()) {
                throw new Problem(400, "UNKNOWN_SCHOOL", messages.get("xapi.credential.unknownSchools", String.join(", ", unknown)),
                        unknown.stream().map(code -> Problem.Detail.field("schools", code, "unknown", null)).toList());
            }
        }
        return new LrsCredentials.Settings(request.label().strip(), request.write(), request.read(),
                new LrsCredential.Rights(request.schools() == null, schoolIds, request.completions(), request.voidOthers()));
    }

    private CredentialView view(LrsCredential c) {
        return new CredentialView(c.apiKey(), c.label(), c.canWrite(), c.readScope(), c.active(), c.createdBy(), c.createdAt(),
                c.allSchools(), credentials.schoolCodes(c), c.mayComplete(), c.mayVoidOthers());
    }

    private static IssuedCredential issued(LrsCredentials.Issued issued, UriInfo uri) {
        LrsCredential c = issued.credential();
        String endpoint = uri.getBaseUri().resolve("../xapi/").toString();
        return new IssuedCredential(c.apiKey(), issued.secret(), c.label(), c.canWrite(), c.readScope(), endpoint);
    }

    private Problem notFound(String key) {
        return Problem.notFound(messages.get("xapi.credential.notFound", key));
    }
}
