package vn.edu.taphuan.directory.control;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import vn.edu.taphuan.directory.entity.School;
import vn.edu.taphuan.directory.entity.Staff;
import vn.edu.taphuan.platform.Messages;
import vn.edu.taphuan.platform.Problem;
import vn.edu.taphuan.security.control.CurrentUser;
import vn.edu.taphuan.security.control.SignedInUser;
import vn.edu.taphuan.security.entity.Role;

import java.util.Optional;

/**
 * Which schools the signed-in user may see and change: a district admin any, a principal or staff member only their
 * own. One place for the rule every boundary that takes a school or staff code applies (403 "error.otherSchool").
 */
@RequestScoped
public class SchoolAccess {

    @Inject
    Roster roster;

    @Inject
    CurrentUser currentUser;

    @Inject
    Messages messages;

    /** The school with this code, when the user may act on it; 404 when there is none, 403 when it is another's. */
    public School school(String code) {
        School school = roster.school(code);
        require(school);
        return school;
    }

    /** The staff member with this code, when the user may act on their school. */
    public Staff staff(String code) {
        Staff staff = roster.staff(code);
        require(staff.school());
        return staff;
    }

    /** A roster entry the user may read: their own (staff), or anyone's in their school (admins). */
    public Staff readable(String code) {
        SignedInUser user = currentUser.require();
        Staff staff = roster.staff(code);
        if (user.role() == Role.STAFF && !staff.id().equals(user.staffId())) {
            throw Problem.forbidden(messages.get("error.notYours"));
        }
        require(staff.school());
        return staff;
    }

    /** The school a listing is limited to: the user's own unless they are a district admin. */
    public Optional<School> own() {
        return currentUser.schoolScope().map(roster::schoolById);
    }

    /** The id of {@link #own()}, without reading the school. */
    public Optional<Long> ownId() {
        return currentUser.schoolScope();
    }

    /**
     * The school id a listing asked for ({@code null}: all) narrowed to the user's own; asking for another school
     * is a 403.
     */
    public Long listed(String requestedCode) {
        Long requested = requestedCode == null || requestedCode.isBlank() ? null : roster.school(requestedCode).id();
        Optional<Long> own = currentUser.schoolScope();
        if (own.isEmpty()) {
            return requested;
        }
        if (requested != null && !requested.equals(own.get())) {
            throw Problem.forbidden(messages.get("error.otherSchool"));
        }
        return own.get();
    }

    private void require(School school) {
        currentUser.requireSchool(school.id(), messages.get("error.otherSchool"));
    }
}
