package vn.edu.taphuan.xapi.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

/**
 * The Agents resource (xAPI Communication 2.4): {@code GET agents?agent=…} answers the Person object — the asked
 * identifier and the names the readable statements gave it. Only the identifier that was asked is returned, never
 * another of the person's identifiers, so no permission beyond read scope is needed (2.4.s3.b1). Open to role rules
 * ({@code @PermitAll}): the LRS credential's read scope decides (see {@link DocumentResource}).
 */
@Path("agents")
public class AgentsResource extends KnowledgeLookup {
    private static final String SECTION = "Communication 2.4";

    @GET
    @PermitAll
    public Response person() {
        return answer("agents", "agent", (p, client) -> knowledge.person(p.agent(SECTION), client));
    }
}
