package vn.edu.taphuan.xapi.boundary;

import jakarta.json.JsonException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import vn.edu.taphuan.platform.Problem;
import vn.edu.taphuan.xapi.control.validation.JsonText;

import java.util.List;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every LRS failure as a JSON error with the status xAPI assigns (Communication 3.2): a message that names the
 * property and the rule, and one detail per problem. Messages are English: the LRS is an integration interface
 * whose readers are developers of other systems.
 */
@Provider
public class LrsErrors implements ExceptionMapper<Throwable> {
    private static final Logger LOG = Logger.getLogger(LrsErrors.class.getName());

    @Override
    public Response toResponse(Throwable e) {
        if (e instanceof Problem p) {
            return p.getResponse();
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof JsonException json) {
                return new Problem(400, "NOT_JSON", "The body is not valid JSON: " + json.getMessage()
                        + " (a statement uses each property once, xAPI Data 2.2.s2.b2).").getResponse();
            }
            if (t instanceof Problem p) {
                return p.getResponse();
            }
            if (t instanceof JsonText.Refused r) {
                return new Problem(400, r.code(), r.getMessage(), r.field() == null ? List.of()
                        : List.of(Problem.Detail.field(r.field(), null, r.getMessage(), null))).getResponse();
            }
        }
        if (e instanceof WebApplicationException wae) {
            int status = wae.getResponse().getStatus();
            String message = switch (status) {
                case 404 -> "There is no such LRS resource; this LRS offers statements, activities/state, activities/profile, "
                        + "agents/profile, agents, activities and about (xAPI Communication 2.0).";
                case 405 -> "This method is not allowed on this resource (xAPI Communication 2.1-2.8).";
                default -> String.valueOf(e.getMessage());
            };
            return new Problem(status, "HTTP_" + status, message).getResponse();
        }
        LOG.log(Level.SEVERE, "LRS request failed", e);
        return new Problem(500, "INTERNAL", "The LRS failed to handle the request; nothing was stored. The error is in the server log.").getResponse();
    }
}
