package vn.edu.taphuan.xapi.boundary;

import jakarta.ws.rs.Path;
import vn.edu.taphuan.xapi.entity.DocumentAddress;
import vn.edu.taphuan.xapi.entity.DocumentKind;

import java.util.Set;

/**
 * The Agent Profile resource (xAPI Communication 2.6): documents about an agent (e.g. cmi5 learner preferences),
 * named by {@code profileId}; without it GET lists the ids. The agent is an Agent, not a Group (2.6.s3). A PUT over
 * an existing profile needs If-Match or If-None-Match (3.1.s3.b1).
 */
@Path("agents/profile")
public class AgentProfileResource extends DocumentResource {

    @Override
    DocumentKind kind() {
        return DocumentKind.AGENT_PROFILE;
    }

    @Override
    Set<String> contextParameters() {
        return Set.of("agent");
    }

    @Override
    DocumentAddress context(LrsParameters p) {
        return new DocumentAddress(kind(), null, LrsParameters.agentKey(p.agent(kind().section())), null, null);
    }
}
