package vn.edu.taphuan.security.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import vn.edu.taphuan.audit.control.AuditContext;
import vn.edu.taphuan.audit.entity.Actor;

import java.util.List;
import java.util.function.Supplier;

/**
 * Tells the audit log who is acting: the signed-in account, the address the request came from, and the school
 * the account belongs to (so the district report can list what a school changed itself). Called by the sign-in
 * mechanism for every request it lets through; the school's code is looked up only when the request writes or reads
 * an audit entry (a quiz submit or a page read does neither, so they pay no query for it).
 */
@ApplicationScoped
public class AuditActors {

    @Inject
    AccountHolders holders;

    void signedIn(HttpServletRequest request, SignedInUser user, String address) {
        Supplier<Actor> actor = () -> {
            Long school = user.isDistrictAdmin() ? null : user.schoolId();
            return Actor.account(user.username(), address, school == null ? null : holders.schoolCodes(List.of(school)).get(school));
        };
        request.setAttribute(AuditContext.ATTRIBUTE, actor);
    }
}
