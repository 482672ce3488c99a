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

import java.util.Set;

/**
 * The Activities resource (xAPI Communication 2.5): {@code GET activities?activityId=…} answers the Activity with
 * the canonical definition the LRS holds — the newest definition a readable statement gave it — or with its id alone
 * when none did (2.5.s2.b1). Open to role rules ({@code @PermitAll}): the LRS credential's read scope decides.
 */
@Path("activities")
public class ActivitiesResource {
    private static final String SECTION = "Communication 2.5";

    @Inject
    StatementKnowledge knowledge;

    @Context
    UriInfo uri;

    @Context
    HttpServletRequest request;

    @GET
    @PermitAll
    public Response activity() {
        var client = LrsClients.reader(request);
        LrsParameters p = new LrsParameters(uri, "activities");
        p.allowOnly(Set.of("activityId"), "GET");
        return LrsJson.ok(knowledge.activity(p.activityId(SECTION), client));
    }
}
