package vn.edu.taphuan.xapi.boundary;

import jakarta.ws.rs.Path;
import vn.edu.taphuan.xapi.entity.DocumentAddress;
import vn.edu.taphuan.xapi.entity.DocumentKind;

import java.util.Set;

/**
 * The Activity Profile resource (xAPI Communication 2.7): documents about an activity, named by {@code profileId};
 * without it GET lists the ids. A PUT over an existing profile needs If-Match or If-None-Match (3.1.s3.b1).
 */
@Path("activities/profile")
public class ActivityProfileResource extends DocumentResource {

    @Override
    DocumentKind kind() {
        return DocumentKind.ACTIVITY_PROFILE;
    }

    @Override
    Set<String> contextParameters() {
        return Set.of("activityId");
    }

    @Override
    DocumentAddress context(LrsParameters p) {
        return new DocumentAddress(kind(), p.activityId(kind().section()), null, null, null);
    }
}
