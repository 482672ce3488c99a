package vn.edu.taphuan.xapi.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import vn.edu.taphuan.xapi.control.StatementKnowledge;
import vn.edu.taphuan.xapi.entity.LrsClient;

import java.util.Set;

/**
 * The Agents resource (xAPI Communication 2.4): {@code GET agents?agent=…} answers the Person object — the asked
 * identifier and the names the readable statements gave it. Only the identifier that was asked is returned, never
 * another of the person's identifiers, so no permission beyond read scope is needed (2.4.s3.b1). Open to role rules
 * ({@code @PermitAll}): the LRS credential's read scope decides (see {@link DocumentResource}).
 */
@Path("agents")
public class AgentsResource {
    private static final String SECTION = "Communication 2.4";

    @Inject
    StatementKnowledge knowledge;

    @Context
    UriInfo uri;

    @Context
    HttpServletRequest request;

    @GET
    @PermitAll
    public Response person() {
        LrsClient client = LrsClients.reader(request);
        LrsParameters p = new LrsParameters(uri, "agents");
        p.allowOnly(Set.of("agent"), "GET");
        return LrsJson.ok(knowledge.person(p.agent(SECTION), client));
    }
}
