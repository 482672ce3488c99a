package vn.edu.taphuan.xapi.boundary;

import jakarta.json.JsonObject;
import jakarta.ws.rs.Path;
import vn.edu.taphuan.xapi.entity.DocumentAddress;
import vn.edu.taphuan.xapi.entity.DocumentKind;

import java.util.Set;

/**
 * The State resource (xAPI Communication 2.3): a scratch area per activity, agent and optional registration — where
 * content keeps its bookmark. {@code stateId} names one document; without it GET lists the ids and DELETE deletes
 * every document of the context (2.3.s4, s5). PUT needs no concurrency header here (3.1.s3).
 */
@Path("activities/state")
public class StateResource extends DocumentResource {
    private static final String SECTION = "Communication 2.3";

    @Override
    DocumentKind kind() {
        return DocumentKind.STATE;
    }

    @Override
    Set<String> contextParameters() {
        return Set.of("activityId", "agent", "registration");
    }

    @Override
    DocumentAddress context(LrsParameters p) {
        String activityId = p.activityId(SECTION);
        JsonObject agent = p.agent(SECTION);
        return new DocumentAddress(kind(), activityId, LrsParameters.agentKey(agent), p.registration(SECTION), null);
    }

    @Override
    boolean deletesContext() {
        return true;
    }
}
