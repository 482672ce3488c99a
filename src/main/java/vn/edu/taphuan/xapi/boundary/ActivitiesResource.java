package vn.edu.taphuan.xapi.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

/**
 * The Activities resource (xAPI Communication 2.5): {@code GET activities?activityId=…} answers the Activity with
 * the canonical definition the LRS holds — the newest definition a readable statement gave it — or with its id alone
 * when none did (2.5.s2.b1). Open to role rules ({@code @PermitAll}): the LRS credential's read scope decides.
 */
@Path("activities")
public class ActivitiesResource extends KnowledgeLookup {
    private static final String SECTION = "Communication 2.5";

    @GET
    @PermitAll
    public Response activity() {
        return answer("activities", "activityId", (p, client) -> knowledge.activity(p.activityId(SECTION), client));
    }
}
