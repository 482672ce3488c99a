package vn.edu.taphuan.security.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.http.HttpServletRequest;
import vn.edu.taphuan.audit.control.AuditContext;
import vn.edu.taphuan.audit.entity.Actor;
import vn.edu.taphuan.directory.entity.School;

/**
 * Tells the audit log who is acting: the signed-in account, the address the request came from, and the school
 * the account belongs to (so the district report can list what a school changed itself). Called by the sign-in
 * mechanism for every request it lets through; the school comes from JPA's shared cache, not a query per request.
 */
@ApplicationScoped
public class AuditActors {

    @PersistenceContext
    EntityManager em;

    void signedIn(HttpServletRequest request, SignedInUser user, String address) {
        School school = user.schoolId() == null || user.isDistrictAdmin() ? null : em.find(School.class, user.schoolId());
        request.setAttribute(AuditContext.ATTRIBUTE, Actor.account(user.username(), address, school == null ? null : school.code()));
    }
}
