package vn.edu.taphuan.referral.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import vn.edu.taphuan.referral.control.LearnerContacts;
import vn.edu.taphuan.referral.entity.LessonContacts;
import vn.edu.taphuan.security.control.CurrentUser;
import vn.edu.taphuan.security.entity.Role;

/**
 * The contacts a lesson shows (its {@code <div class="contacts" data-kinds="…">} blocks): the caller's own
 * school's, ward's and city's entries of the kinds named, and the national hotlines. Only the caller's school
 * counts; no parameter can ask for another's.
 */
@Path("learn/contacts")
@Produces(MediaType.APPLICATION_JSON)
public class LearnerContactsResource {

    @Inject
    LearnerContacts contacts;

    @Inject
    CurrentUser currentUser;

    @GET
    @RolesAllowed({Role.Names.STAFF, Role.Names.SCHOOL_ADMIN, Role.Names.DISTRICT_ADMIN})
    public LessonContacts get(@QueryParam("kinds") String kinds) {
        return contacts.forLearner(currentUser.require().schoolId(), contacts.kinds(kinds));
    }
}
