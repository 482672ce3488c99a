package vn.edu.taphuan.xapi.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;
import vn.edu.taphuan.xapi.control.ConsistencyClock;
import vn.edu.taphuan.xapi.control.StatementStamp;

/**
 * Headers on every LRS response, errors included: {@code X-Experience-API-Version: 1.0.3} (xAPI Communication
 * 3.3.s3.b1, b2); on the Statement resource {@code X-Experience-API-Consistent-Through} (2.1.3.s2.b5); and CORS,
 * so browser-based xAPI tools and content on other origins can use the LRS with their own credentials.
 */
@Provider
public class LrsHeaders implements ContainerResponseFilter {
    public static final String CONSISTENT_THROUGH = "X-Experience-API-Consistent-Through";

    @Inject
    ConsistencyClock clock;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        MultivaluedMap<String, Object> h = response.getHeaders();
        h.putSingle(LrsGate.VERSION_HEADER, "1.0.3");
        if (request.getUriInfo().getPath().replaceFirst("^/", "").startsWith("statements")) {
            h.putSingle(CONSISTENT_THROUGH, StatementStamp.UTC_MILLIS.format(clock.consistentThrough()));
        }
        h.putSingle("Access-Control-Allow-Origin", "*");
        h.putSingle("Access-Control-Allow-Methods", "GET, HEAD, PUT, POST, DELETE, OPTIONS");
        h.putSingle("Access-Control-Allow-Headers", "Authorization, Content-Type, X-Experience-API-Version, If-Match, If-None-Match");
        h.putSingle("Access-Control-Expose-Headers", "X-Experience-API-Version, X-Experience-API-Consistent-Through, Last-Modified, ETag");
    }
}
