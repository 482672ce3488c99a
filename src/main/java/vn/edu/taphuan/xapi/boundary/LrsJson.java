package vn.edu.taphuan.xapi.boundary;

import jakarta.json.JsonValue;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import vn.edu.taphuan.xapi.control.DocumentStore;
import vn.edu.taphuan.xapi.control.StatementJson;

import java.nio.charset.StandardCharsets;

/** A JSON answer of the LRS with the ETag every GET carries: the SHA-1 of the body (xAPI Communication 3.1.s4.b1, b2). */
final class LrsJson {
    private LrsJson() {
    }

    static Response ok(JsonValue value) {
        return builder(value).build();
    }

    static Response.ResponseBuilder builder(JsonValue value) {
        String body = StatementJson.write(value);
        return Response.ok(body, MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .tag(new EntityTag(DocumentStore.etag(body.getBytes(StandardCharsets.UTF_8))));
    }
}
