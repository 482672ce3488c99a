package vn.edu.taphuan.xapi.boundary;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

import java.util.HashSet;
import java.util.Set;

/**
 * The built-in LRS under {@code /xapi/}: the xAPI 1.0.3 Statement, document (State, Activity Profile, Agent
 * Profile), Agents, Activities and About resources (docs/xapi.md). A JAX-RS
 * application of its own, because its clients authenticate with LRS credentials, speak the xAPI headers and get
 * xAPI error semantics — none of the /api rules (sessions, CSRF, role annotations) apply here.
 */
@ApplicationPath("xapi")
public class XapiApplication extends Application {

    public static final Set<Class<?>> RESOURCES = Set.of(StatementsResource.class, AboutResource.class,
            StateResource.class, ActivityProfileResource.class, AgentProfileResource.class, AgentsResource.class, ActivitiesResource.class);

    @Override
    public Set<Class<?>> getClasses() {
        Set<Class<?>> classes = new HashSet<>(RESOURCES);
        classes.addAll(Set.of(LrsGate.class, LrsHeaders.class, LrsErrors.class, LrsErrorFormats.class));
        return classes;
    }
}
