package vn.edu.taphuan.security.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.http.HttpServletRequest;
import vn.edu.taphuan.audit.control.AuditContext;
import vn.edu.taphuan.audit.entity.Actor;
import vn.edu.taphuan.directory.entity.School;

import java.util.function.Supplier;

/**
 * Tells the audit log who is acting: the signed-in account, the address the request came from, and the school
 * the account belongs to (so the district report can list what a school changed itself). Called by the sign-in
 * mechanism for every request it lets through; the school's code is looked up only when the request writes or reads
 * an audit entry (a quiz submit or a page read does neither, so they pay no query for it).
 */
@ApplicationScoped
public class AuditActors {

    @PersistenceContext
    EntityManager em;

    void signedIn(HttpServletRequest request, SignedInUser user, String address) {
        Supplier<Actor> actor = () -> {
            School school = user.schoolId() == null || user.isDistrictAdmin() ? null : em.find(School.class, user.schoolId());
            return Actor.account(user.username(), address, school == null ? null : school.code());
        };
        request.setAttribute(AuditContext.ATTRIBUTE, actor);
    }
}
