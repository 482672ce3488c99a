package vn.edu.taphuan.security.control;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import vn.edu.taphuan.platform.Problem;
import vn.edu.taphuan.security.entity.Role;

import java.util.Objects;
import java.util.Optional;

/** The signed-in user of this request, and the checks that depend on which school they belong to. */
@RequestScoped
public class CurrentUser {

    @Inject
    HttpServletRequest request;

    public Optional<SignedInUser> get() {
        return Optional.ofNullable((SignedInUser) request.getAttribute(SignedInUser.ATTRIBUTE));
    }

    public SignedInUser require() {
        return get().orElseThrow(() -> new Problem(401, "UNAUTHENTICATED", "Sign in first"));
    }

    /** A district admin may act on any school; a school admin or staff member only on their own. */
    public void requireSchool(Long schoolId, String deniedMessage) {
        SignedInUser user = require();
        if (user.role() != Role.DISTRICT_ADMIN && !Objects.equals(user.schoolId(), schoolId)) {
            throw Problem.forbidden(deniedMessage);
        }
    }

    /** The school a listing is limited to: the user's own unless they are a district admin. */
    public Optional<Long> schoolScope() {
        SignedInUser user = require();
        return user.role() == Role.DISTRICT_ADMIN ? Optional.empty() : Optional.ofNullable(user.schoolId());
    }
}
