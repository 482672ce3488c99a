package vn.edu.taphuan.xapi.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import vn.edu.taphuan.platform.Problem;
import vn.edu.taphuan.xapi.control.StatementJson;

/**
 * The About resource (xAPI Communication 2.8): the xAPI versions this LRS speaks — the latest patch of 1.0 and,
 * as 2.8.s5.b1.b1 requires, 1.0.0. Open to everyone and to any version header (2.8.s5.b3, b4). HEAD is answered
 * like GET without the body (Communication 1.1).
 */
@Path("about")
public class AboutResource {

    @GET
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    public Response about(@Context UriInfo uri) {
        if (!uri.getQueryParameters().isEmpty()) {
            throw new Problem(400, "UNKNOWN_PARAMETER", "The About resource takes no parameters, got "
                    + uri.getQueryParameters().keySet() + " (xAPI Communication 3.2.s3.b7).");
        }
        var json = StatementJson.JSON;
        var versions = json.createArrayBuilder();
        LrsGate.supportedVersions().forEach(versions::add);
        String body = StatementJson.write(json.createObjectBuilder().add("version", versions).build());
        return Response.ok(body, MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")).build();
    }
}
