package vn.edu.taphuan.security.control;

import vn.edu.taphuan.security.entity.Role;

import java.io.Serializable;
import java.util.Set;

/**
 * Who is making the request, as kept in the session (serializable, so sessions can be replicated across a
 * cluster). {@code schoolId} is the school an admin manages or a staff member belongs to.
 */
public record SignedInUser(long accountId, String username, Role role, Long schoolId, Long staffId,
                           String displayName, boolean mustChangePassword, String csrfToken, boolean viaSession)
        implements Serializable {
    public static final String ATTRIBUTE = SignedInUser.class.getName();

    public Set<String> groups() {
        return Set.of(role.group());
    }

    public boolean isDistrictAdmin() {
        return role == Role.DISTRICT_ADMIN;
    }

    public SignedInUser withPasswordChanged() {
        return new SignedInUser(accountId, username, role, schoolId, staffId, displayName, false, csrfToken, viaSession);
    }

    public SignedInUser viaBasic() {
        return new SignedInUser(accountId, username, role, schoolId, staffId, displayName, mustChangePassword, null, false);
    }
}
