package vn.edu.taphuan.xapi.boundary;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every LRS endpoint declares its rule, as the /api endpoints do (platform/EndpointRulesTest): under /xapi it is
 * {@code @PermitAll} to role rules, because {@link LrsGate} authenticates the LRS credential and the resource checks
 * the credential's scope (denials: StatementsIT, DocumentResourcesIT with ProfileResourcesChecks and AgentsAndActivitiesChecks).
 */
class XapiEndpointRulesTest {

    @Test
    void everyLrsEndpointDeclaresItsRule() {
        List<String> missing = new ArrayList<>();
        int endpoints = 0;
        for (Class<?> resource : XapiApplication.RESOURCES) {
            for (Method m : resource.getMethods()) {
                if (!(m.isAnnotationPresent(GET.class) || m.isAnnotationPresent(PUT.class) || m.isAnnotationPresent(POST.class)
                        || m.isAnnotationPresent(DELETE.class))) {
                    continue;
                }
                endpoints++;
                if (!(m.isAnnotationPresent(PermitAll.class) || m.isAnnotationPresent(RolesAllowed.class) || m.isAnnotationPresent(DenyAll.class))) {
                    missing.add(resource.getSimpleName() + "." + m.getName());
                }
            }
        }
        assertEquals(List.of(), missing);
        assertTrue(endpoints >= 18, "found " + endpoints + " endpoints");
    }

    /** Communication 2.0: the resources of xAPI 1.0.3 (attachments aside) are all there. */
    @Test
    void theLrsOffersEveryResourceOfTheSpecification() {
        Set<String> paths = new java.util.TreeSet<>();
        XapiApplication.RESOURCES.forEach(r -> paths.add(r.getAnnotation(Path.class).value()));
        assertEquals(Set.of("statements", "activities/state", "activities/profile", "agents/profile", "agents", "activities", "about"), paths);
    }
}
