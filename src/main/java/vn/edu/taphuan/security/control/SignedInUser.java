package vn.edu.taphuan.security.control;

import vn.edu.taphuan.security.entity.Role;

import java.io.Serializable;
import java.util.Set;

/**
 * Who is making the request, as kept in the session (serializable, so sessions can be replicated across a
 * cluster). {@code schoolId} is the school an admin manages or a staff member belongs to. {@code generation} is the
 * account's session generation when the session began: a reset, a disablement or a password change raises the
 * account's, which ends every session begun before ({@link EndedSessions}).
 */
public record SignedInUser(long accountId, String username, Role role, Long schoolId, Long staffId,
                           String displayName, boolean mustChangePassword, String csrfToken, boolean viaSession,
                           int generation)
        implements Serializable {
    public static final String ATTRIBUTE = SignedInUser.class.getName();

    public Set<String> groups() {
        return Set.of(role.group());
    }

    public boolean isDistrictAdmin() {
        return role == Role.DISTRICT_ADMIN;
    }

    /** This session after its owner changed the password: it goes on, under the account's new generation. */
    public SignedInUser withPasswordChanged(int newGeneration) {
        return new SignedInUser(accountId, username, role, schoolId, staffId, displayName, false, csrfToken, viaSession, newGeneration);
    }

    public SignedInUser viaBasic() {
        return new SignedInUser(accountId, username, role, schoolId, staffId, displayName, mustChangePassword, null, false, generation);
    }
}
