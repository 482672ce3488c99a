package vn.edu.taphuan.platform;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.PATCH;
import org.junit.jupiter.api.Test;
import vn.edu.taphuan.ApiApplication;
import vn.edu.taphuan.audit.boundary.AuditResource;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every API endpoint declares who may call it; RoleRules refuses the ones that forget, this test names them. */
class EndpointRulesTest {

    @Test
    void everyResourceMethodDeclaresItsRoleRule() {
        List<String> missing = new ArrayList<>();
        int endpoints = 0;
        for (Class<?> resource : ApiApplication.RESOURCES) {
            for (Method m : resource.getDeclaredMethods()) {
                if (!isEndpoint(m)) {
                    continue;
                }
                endpoints++;
                boolean declared = m.isAnnotationPresent(RolesAllowed.class) || m.isAnnotationPresent(PermitAll.class)
                        || m.isAnnotationPresent(DenyAll.class) || resource.isAnnotationPresent(RolesAllowed.class)
                        || resource.isAnnotationPresent(DenyAll.class) || resource.isAnnotationPresent(PermitAll.class);
                if (!declared) {
                    missing.add(resource.getSimpleName() + "." + m.getName());
                }
            }
        }
        assertFalse(endpoints < 10, "found only " + endpoints + " endpoints: is RESOURCES complete?");
        assertEquals(List.of(), missing, "endpoints without @RolesAllowed/@PermitAll/@DenyAll");
    }

    @Test
    void permitAllIsRareAndDeliberate() {
        List<String> open = new ArrayList<>();
        for (Class<?> resource : ApiApplication.RESOURCES) {
            Arrays.stream(resource.getDeclaredMethods()).filter(m -> isEndpoint(m) && isOpen(resource, m))
                    .forEach(m -> open.add(resource.getSimpleName() + "." + m.getName()));
        }
        // sign-in, sign-out, the public check of a certificate's code and the pages' words (the sign-in page needs
        // them) must be open; anything else added here needs a reason in its JavaDoc
        List<String> meant = List.of("AuthResource.login", "AuthResource.logout", "CertificatesResource.verify", "WordsResource.words");
        assertTrue(open.containsAll(meant), open.toString());
        open.removeAll(meant);
        assertEquals(List.of(), open, "endpoints open to anyone");
    }

    /** A method's own rule wins over its class's (Jakarta Security's order); {@code @PermitAll} on the class opens every method without one. */
    private static boolean isOpen(Class<?> resource, Method m) {
        if (m.isAnnotationPresent(PermitAll.class)) {
            return true;
        }
        boolean ownRule = m.isAnnotationPresent(RolesAllowed.class) || m.isAnnotationPresent(DenyAll.class);
        return !ownRule && resource.isAnnotationPresent(PermitAll.class);
    }

    @Test
    void aPermitAllOnTheClassOpensTheMethodsWithoutTheirOwnRule() throws NoSuchMethodException {
        assertTrue(isOpen(OpenByClass.class, OpenByClass.class.getDeclaredMethod("open")));
        assertFalse(isOpen(OpenByClass.class, OpenByClass.class.getDeclaredMethod("closed")));
    }

    @PermitAll
    static class OpenByClass {
        @GET
        public String open() {
            return "";
        }

        @GET
        @RolesAllowed("district-admin")
        public String closed() {
            return "";
        }
    }

    @Test
    void theAuditLogCanOnlyBeRead() {
        assertTrue(ApiApplication.RESOURCES.contains(AuditResource.class));
        List<String> writing = new ArrayList<>();
        for (Method m : AuditResource.class.getDeclaredMethods()) {
            if (isEndpoint(m) && !m.isAnnotationPresent(GET.class)) {
                writing.add(m.getName());
            }
            if (m.isAnnotationPresent(GET.class)) {
                assertFalse(m.isAnnotationPresent(PermitAll.class), m.getName());
                assertEquals(List.of("district-admin", "school-admin"), Arrays.asList(m.getAnnotation(RolesAllowed.class).value()), m.getName());
            }
        }
        assertEquals(List.of(), writing, "audit endpoints other than GET (no PUT, POST, DELETE, PATCH)");
    }

    private static boolean isEndpoint(Method m) {
        return m.isAnnotationPresent(GET.class) || m.isAnnotationPresent(POST.class) || m.isAnnotationPresent(PUT.class)
                || m.isAnnotationPresent(DELETE.class) || m.isAnnotationPresent(PATCH.class) || m.isAnnotationPresent(HEAD.class);
    }
}
