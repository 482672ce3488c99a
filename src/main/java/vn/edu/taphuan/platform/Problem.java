package vn.edu.taphuan.platform;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.List;

/**
 * An error the API answers with: HTTP status, a stable code for programs, a message for people (in the
 * request's language) and, for bad input, one detail per problem (where, what, how to fix).
 */
public class Problem extends WebApplicationException {
    private final Body body;

    public Problem(int status, String code, String message, List<Detail> details) {
        super(message, status);
        this.body = new Body(status, code, message, details);
    }

    public Problem(int status, String code, String message) {
        this(status, code, message, List.of());
    }

    public static Problem notFound(String what) {
        return new Problem(404, "NOT_FOUND", what);
    }

    public static Problem forbidden(String message) {
        return new Problem(403, "FORBIDDEN", message);
    }

    public static Problem badRequest(String code, String message) {
        return new Problem(400, code, message);
    }

    public static Problem conflict(String code, String message) {
        return new Problem(409, code, message);
    }

    @Override
    public Response getResponse() {
        return Response.status(body.status()).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")).entity(body).build();
    }

    public Body body() {
        return body;
    }

    /** The JSON body of every error. */
    public record Body(int status, String code, String message, List<Detail> details) {
    }

    /** One problem with the input: where (row/field/column), the offending value, what is wrong and how to fix it. */
    public record Detail(Integer row, String field, String value, String problem, String fix) {
        public static Detail field(String field, String value, String problem, String fix) {
            return new Detail(null, field, value, problem, fix);
        }
    }
}
