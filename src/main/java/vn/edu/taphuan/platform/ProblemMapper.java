package vn.edu.taphuan.platform;

import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Every failure leaves the API as a {@link Problem.Body}: bad input as 400 with details, others by status. */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {

    /** Jersey ships a mapper for validation errors; this more specific one keeps our error format. */
    @Provider
    public static class Validation implements ExceptionMapper<ConstraintViolationException> {
        @Inject
        Messages messages;

        @Override
        public Response toResponse(ConstraintViolationException e) {
            return respond(e, messages);
        }
    }

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());

    @Inject
    Messages messages;

    @Override
    public Response toResponse(Throwable e) {
        return respond(e, messages);
    }

    static Response respond(Throwable e, Messages messages) {
        if (e instanceof Problem p) {
            return p.getResponse();
        }
        if (e instanceof ConstraintViolationException cve) {
            List<Problem.Detail> details = cve.getConstraintViolations().stream().map(v -> detail(v, messages)).toList();
            return new Problem(400, "INVALID_INPUT", messages.get("error.invalidInput"), details).getResponse();
        }
        if (UnreadableBody.in(e).isPresent()) {
            return UnreadableBody.problem(e, messages).getResponse();
        }
        if (e instanceof WebApplicationException wae) {
            int status = wae.getResponse().getStatus();
            String code = switch (status) {
                case 401 -> "UNAUTHENTICATED";
                case 403 -> "FORBIDDEN";
                case 404 -> "NOT_FOUND";
                case 405 -> "METHOD_NOT_ALLOWED";
                case 415 -> "UNSUPPORTED_MEDIA_TYPE";
                default -> "HTTP_" + status;
            };
            // the framework's own texts ("HTTP 404 Not Found") are English and say nothing a person can act on
            String key = switch (status) {
                case 401 -> "error.unauthenticated";
                case 403 -> "error.forbidden";
                case 404 -> "error.notFound";
                case 405 -> "error.methodNotAllowed";
                case 406, 415 -> "error.mediaType";
                default -> "error.http";
            };
            String message = messages.get(key, status);
            return new Problem(status, code, message).getResponse();
        }
        LOG.log(Level.SEVERE, "Unexpected failure", e);
        return new Problem(500, "INTERNAL", messages.get("error.internal")).getResponse();
    }

    /** Our constraint messages are keys ({@code {staff.name.required}}) translated in the request's language. */
    private static Problem.Detail detail(ConstraintViolation<?> v, Messages messages) {
        String path = v.getPropertyPath().toString();
        String field = path.contains(".") ? path.substring(path.lastIndexOf('.') + 1) : path;
        String template = v.getMessageTemplate();
        String message = v.getMessage();
        if (template.startsWith("{") && !template.startsWith("{jakarta.")) {
            String key = template.substring(1, template.length() - 1);
            String translated = messages.get(key);
            message = translated.equals(key) ? message : translated;
        }
        return Problem.Detail.field(field, v.getInvalidValue() == null ? null : String.valueOf(v.getInvalidValue()), message, null);
    }
}
