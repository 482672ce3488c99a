package vn.edu.taphuan.xapi.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.edu.taphuan.platform.Problem;
import vn.edu.taphuan.platform.Retry;
import vn.edu.taphuan.xapi.control.ActivityDefinitions;
import vn.edu.taphuan.xapi.control.AttachmentStore;
import vn.edu.taphuan.xapi.control.StatementFormat;
import vn.edu.taphuan.xapi.control.StatementJson;
import vn.edu.taphuan.xapi.control.StatementQuery;
import vn.edu.taphuan.xapi.control.StatementStore;
import vn.edu.taphuan.xapi.entity.AttachmentData;
import vn.edu.taphuan.xapi.entity.FoundStatement;
import vn.edu.taphuan.xapi.entity.LrsClient;
import vn.edu.taphuan.xapi.entity.ReadScope;
import vn.edu.taphuan.xapi.entity.StatementPage;

import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The Statement resource (xAPI Communication 2.1): PUT one statement with {@code statementId} (2.1.1), POST one or
 * a batch (2.1.2), GET one by {@code statementId}/{@code voidedStatementId} or a filtered, paged StatementResult
 * (2.1.3, Data 2.5); HEAD answers as GET without a body (1.1). Authentication and the version header are checked by
 * {@link LrsGate}; the methods are open ({@code @PermitAll}) to the /api role rules because the LRS credential's
 * scope decides here: writing needs write scope, reading needs read scope, read-own sees only its statements.
 * <p>
 * The jobs around the methods have their classes: the parameter grammar ({@link StatementParameters}), reading the
 * body ({@link StatementRequest}: JSON, or multipart/mixed with attachment data and signatures), the credential's scope ({@link LrsScope}), the answers ({@link StatementAnswers});
 * retrying on contention is {@link Retry}'s.
 */
@Path("statements")
public class StatementsResource {
    @Inject
    ActivityDefinitions definitions;

    @Inject
    StatementStore store;

    @Inject
    StatementQuery query;

    @Inject
    AttachmentStore attachmentStore;

    @Inject
    @ConfigProperty(name = "taphuan.xapi.max-request-bytes", defaultValue = "20000000")
    int maxRequestBytes;

    /** All attachment data of one multipart/mixed request together (Communication 1.5.2.s3.b7): 16 MiB. */
    @Inject
    @ConfigProperty(name = "taphuan.xapi.attachment.max-bytes", defaultValue = "16777216")
    long maxAttachmentBytes;

    @Inject
    @ConfigProperty(name = "taphuan.xapi.page-size", defaultValue = "100")
    int maxPage;

    @Context
    UriInfo uri;

    @Context
    HttpHeaders headers;

    @Context
    HttpServletRequest request;

    /** Stores one statement under the given id: 204 (Communication 2.1.1). */
    @PUT
    @PermitAll
    public Response put(InputStream body) {
        LrsClient client = LrsScope.writer(request, headers);
        StatementParameters parameters = parameters();
        parameters.allowOnly(Set.of("statementId"), "PUT");
        String statementId = parameters.single("statementId");
        if (statementId == null) {
            throw new Problem(400, "STATEMENT_ID_REQUIRED", "PUT needs the statementId parameter: the id of the statement to store "
                    + "(xAPI Communication 2.1.1).");
        }
        StatementParameters.uuid("statementId", statementId);
        StatementRequest sent = read(body);
        JsonValue value = sent.json();
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new Problem(400, "NOT_A_STATEMENT", "PUT takes one statement (a JSON object), not " + StatementBody.kind(value)
                    + " (xAPI Communication 2.1.1).");
        }
        JsonObject statement = value.asJsonObject();
        StatementBody.validate(List.of(statement), false);
        String id = statement.getString("id", null);
        if (id != null && !id.equalsIgnoreCase(statementId)) {
            throw new Problem(400, "STATEMENT_ID_MISMATCH", "The statement's id " + id + " differs from the statementId parameter "
                    + statementId + "; they must match (xAPI Communication 2.1.1.s3.b3).",
                    List.of(Problem.Detail.field("id", id, "must equal statementId", "send the same id in both places")));
        }
        List<AttachmentData> data = sent.attachments(List.of(statement), false);
        storeRetrying(List.of(StatementJson.JSON.createObjectBuilder(statement).add("id", statementId.toLowerCase(Locale.ROOT)).build()), data,
                client);
        return Response.noContent().build();
    }

    /** Stores one statement or a batch: 200 and the ids in order (Communication 2.1.2). */
    @POST
    @PermitAll
    public Response post(InputStream body) {
        LrsClient client = LrsScope.writer(request, headers);
        parameters().allowOnly(Set.of(), "POST");
        StatementRequest sent = read(body);
        JsonValue value = sent.json();
        List<JsonObject> statements = StatementBody.posted(value);
        boolean batch = value.getValueType() == JsonValue.ValueType.ARRAY;
        StatementBody.validate(statements, batch);
        return StatementAnswers.ids(storeRetrying(statements, sent.attachments(statements, batch), client));
    }

    /** One statement by id, or a StatementResult (Communication 2.1.3). */
    @GET
    @PermitAll
    public Response get() {
        StatementParameters parameters = parameters();
        parameters.allowOnly(StatementParameters.GET_PARAMETERS, "GET");
        LrsClient client = LrsScope.reader(request);
        String statementId = parameters.single("statementId");
        String voidedId = parameters.single("voidedStatementId");
        String format = parameters.format();
        boolean attachments = parameters.bool("attachments", false);
        if (statementId != null && voidedId != null) {
            throw new Problem(400, "BOTH_IDS", "Ask for statementId or voidedStatementId, not both (xAPI Communication 2.1.3.s2.b1).");
        }
        if (statementId != null || voidedId != null) {
            parameters.onlySingleParameters();
            return one(statementId != null ? statementId : voidedId, voidedId != null, format, attachments, client);
        }
        StatementPage page = query.find(parameters.filter(client, maxPage));
        String result = StatementAnswers.result(page, format, StatementAnswers.languages(headers), uri, definitions::definition);
        return StatementAnswers.respond(result, page.lastModified(), attachments ? attachmentStore : null, page.statements());
    }

    /**
     * Stores in a transaction of its own, again when the database rolled it back for contention (deadlock, lock
     * time-out: {@link vn.edu.taphuan.platform.DatabaseFailure.Contention}). Nothing of a rolled-back attempt remains,
     * so a retry cannot duplicate.
     */
    private List<String> storeRetrying(List<JsonObject> statements, List<AttachmentData> attachments, LrsClient client) {
        return Retry.onContention("Storing " + statements.size() + " statement(s) of LRS credential " + client.key(), 3,
                () -> store.store(statements, attachments, client));
    }

    /** The body as application/json or multipart/mixed with attachment data (Communication 1.5.2). */
    private StatementRequest read(InputStream body) {
        return StatementRequest.read(body, headers.getHeaderString("Content-Type"), maxRequestBytes, maxAttachmentBytes);
    }

    private Response one(String id, boolean voided, String format, boolean attachments, LrsClient client) {
        StatementParameters.uuid(voided ? "voidedStatementId" : "statementId", id);
        FoundStatement found = query.byId(id).orElseThrow(() -> notFound(id));
        if (client.readScope() == ReadScope.OWN && !Long.valueOf(client.credentialId()).equals(found.credentialId())) {
            throw notFound(id);
        }
        if (voided && !found.voided()) {
            throw new Problem(404, "NOT_VOIDED", "Statement " + id + " is not voided; ask for it with statementId (xAPI Communication 2.1.4).");
        }
        if (!voided && found.voided()) {
            throw new Problem(404, "VOIDED", "Statement " + id + " is voided; a voided statement is returned only with voidedStatementId "
                    + "(xAPI Communication 2.1.4.s1.b1).");
        }
        return StatementAnswers.respond(StatementFormat.apply(format, found.json(), StatementAnswers.languages(headers), definitions::definition), found.stored(),
                attachments ? attachmentStore : null, List.of(found.json()));
    }

    private StatementParameters parameters() {
        return new StatementParameters(uri.getQueryParameters());
    }

    private static Problem notFound(String id) {
        return new Problem(404, "STATEMENT_NOT_FOUND", "There is no statement with id " + id + " (xAPI Communication 3.2.s2.b4).");
    }
}
