package vn.edu.taphuan.xapi.boundary;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import vn.edu.taphuan.xapi.control.StatementKnowledge;
import vn.edu.taphuan.xapi.entity.LrsClient;

import java.util.Set;
import java.util.function.BiFunction;

/**
 * What the Activities and Agents resources share: a GET that takes exactly one parameter and answers what the
 * readable statements tell about it ({@link StatementKnowledge}), read with the credential's read scope.
 */
abstract class KnowledgeLookup {

    @Inject
    StatementKnowledge knowledge;

    @Context
    UriInfo uri;

    @Context
    HttpServletRequest request;

    /** Checks the reader, allows only {@code parameter} on {@code resource}, and answers the lookup as JSON. */
    Response answer(String resource, String parameter, BiFunction<LrsParameters, LrsClient, JsonObject> lookup) {
        LrsClient client = LrsClients.reader(request);
        LrsParameters p = new LrsParameters(uri, resource);
        p.allowOnly(Set.of(parameter), "GET");
        return LrsJson.ok(lookup.apply(p, client));
    }
}
