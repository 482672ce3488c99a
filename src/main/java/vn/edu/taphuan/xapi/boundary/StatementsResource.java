package vn.edu.taphuan.xapi.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.edu.taphuan.platform.Problem;
import vn.edu.taphuan.xapi.control.Ifi;
import vn.edu.taphuan.xapi.control.StatementFormat;
import vn.edu.taphuan.xapi.control.StatementJson;
import vn.edu.taphuan.xapi.control.StatementKeys;
import vn.edu.taphuan.xapi.control.StatementQuery;
import vn.edu.taphuan.xapi.control.StatementStore;
import vn.edu.taphuan.xapi.control.validation.AgentRule;
import vn.edu.taphuan.xapi.control.validation.Formats;
import vn.edu.taphuan.xapi.control.validation.JsonText;
import vn.edu.taphuan.xapi.control.validation.StatementRule;
import vn.edu.taphuan.xapi.control.validation.Violations;
import vn.edu.taphuan.xapi.entity.FoundStatement;
import vn.edu.taphuan.xapi.entity.LrsClient;
import vn.edu.taphuan.xapi.entity.ReadScope;
import vn.edu.taphuan.xapi.entity.StatementFilter;
import vn.edu.taphuan.xapi.entity.StatementPage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The Statement resource (xAPI Communication 2.1): PUT one statement with {@code statementId} (2.1.1), POST one or
 * a batch (2.1.2), GET one by {@code statementId}/{@code voidedStatementId} or a filtered, paged StatementResult
 * (2.1.3, Data 2.5); HEAD answers as GET without a body (1.1). Authentication and the version header are checked by
 * {@link LrsGate}; the methods are open ({@code @PermitAll}) to the /api role rules because the LRS credential's
 * scope decides here: writing needs write scope, reading needs read scope, read-own sees only its statements.
 */
@Path("statements")
public class StatementsResource {
    static final String CURSOR = "cursor";
    static final Set<String> SINGLE_PARAMETERS = Set.of("statementId", "voidedStatementId", "format", "attachments");
    static final Set<String> GET_PARAMETERS = Set.of("statementId", "voidedStatementId", "agent", "verb", "activity",
            "registration", "related_activities", "related_agents", "since", "until", "limit", "format", "attachments",
            "ascending", CURSOR);
    static final Set<String> FORMATS = Set.of("ids", "exact", "canonical");

    @Inject
    StatementStore store;

    @Inject
    StatementQuery query;

    @Inject
    @ConfigProperty(name = "taphuan.xapi.max-request-bytes", defaultValue = "20000000")
    int maxRequestBytes;

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
        LrsClient client = writer();
        allowOnly(Set.of("statementId"), "PUT");
        String statementId = single("statementId");
        if (statementId == null) {
            throw new Problem(400, "STATEMENT_ID_REQUIRED", "PUT needs the statementId parameter: the id of the statement to store "
                    + "(xAPI Communication 2.1.1).");
        }
        uuidParameter("statementId", statementId);
        JsonValue value = readJson(body);
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new Problem(400, "NOT_A_STATEMENT", "PUT takes one statement (a JSON object), not " + kind(value) + " (xAPI Communication 2.1.1).");
        }
        JsonObject statement = value.asJsonObject();
        validate(List.of(statement), false);
        String id = statement.getString("id", null);
        if (id != null && !id.equalsIgnoreCase(statementId)) {
            throw new Problem(400, "STATEMENT_ID_MISMATCH", "The statement's id " + id + " differs from the statementId parameter "
                    + statementId + "; they must match (xAPI Communication 2.1.1.s3.b3).",
                    List.of(Problem.Detail.field("id", id, "must equal statementId", "send the same id in both places")));
        }
        storeRetrying(List.of(StatementJson.JSON.createObjectBuilder(statement).add("id", statementId.toLowerCase(Locale.ROOT)).build()), client);
        return Response.noContent().build();
    }

    /** Stores one statement or a batch: 200 and the ids in order (Communication 2.1.2). */
    @POST
    @PermitAll
    public Response post(InputStream body) {
        LrsClient client = writer();
        allowOnly(Set.of(), "POST");
        JsonValue value = readJson(body);
        List<JsonObject> statements = new ArrayList<>();
        boolean batch = value.getValueType() == JsonValue.ValueType.ARRAY;
        if (batch) {
            Violations notObjects = new Violations();
            int i = 0;
            for (JsonValue v : (JsonArray) value) {
                if (v.getValueType() != JsonValue.ValueType.OBJECT) {
                    notObjects.add("[" + i + "]", "must be a Statement (a JSON object), not " + kind(v) + " (Communication 2.1.2)");
                } else {
                    statements.add(v.asJsonObject());
                }
                i++;
            }
            if (!notObjects.isEmpty()) {
                throw invalid(notObjects, true);
            }
        } else if (value.getValueType() == JsonValue.ValueType.OBJECT) {
            statements.add(value.asJsonObject());
        } else {
            throw new Problem(400, "NOT_A_STATEMENT", "POST takes a statement or an array of statements, not " + kind(value)
                    + " (xAPI Communication 2.1.2).");
        }
        validate(statements, batch);
        List<String> ids = storeRetrying(statements, client);
        var array = StatementJson.JSON.createArrayBuilder();
        ids.forEach(array::add);
        return Response.ok(StatementJson.write(array.build()), MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")).build();
    }

    /** One statement by id, or a StatementResult (Communication 2.1.3). */
    @GET
    @PermitAll
    public Response get() {
        MultivaluedMap<String, String> q = uri.getQueryParameters();
        allowOnly(GET_PARAMETERS, "GET");
        LrsClient client = reader();
        String statementId = single("statementId");
        String voidedId = single("voidedStatementId");
        String format = single("format") == null ? "exact" : single("format");
        if (!FORMATS.contains(format)) {
            throw parameter("format", format, "must be ids, exact or canonical (xAPI Communication 2.1.3)");
        }
        boolean attachments = bool("attachments", false);
        if (statementId != null && voidedId != null) {
            throw new Problem(400, "BOTH_IDS", "Ask for statementId or voidedStatementId, not both (xAPI Communication 2.1.3.s2.b1).");
        }
        if (statementId != null || voidedId != null) {
            List<String> others = q.keySet().stream().filter(k -> !SINGLE_PARAMETERS.contains(k)).sorted().toList();
            if (!others.isEmpty()) {
                throw new Problem(400, "PARAMETERS_WITH_ID", "With statementId or voidedStatementId only format and attachments may be "
                        + "sent, not " + others + " (xAPI Communication 2.1.3.s2.b2).");
            }
            return one(statementId != null ? statementId : voidedId, voidedId != null, format, attachments, client);
        }
        StatementPage page = query.find(filter(client));
        StringBuilder body = new StringBuilder(256 + page.statements().size() * 1024).append("{\"statements\":[");
        List<Locale.LanguageRange> languages = languages();
        for (int i = 0; i < page.statements().size(); i++) {
            body.append(i == 0 ? "" : ",").append(StatementFormat.apply(format, page.statements().get(i), languages));
        }
        body.append("],\"more\":").append(StatementJson.write(StatementJson.JSON.createValue(
                page.nextAfterSeq() == null ? "" : more(page.nextAfterSeq())))).append('}');
        return respond(body.toString(), page.lastModified(), attachments);
    }

    /**
     * Stores in a transaction of its own, again when the database rolled it back for contention (deadlock, lock
     * time-out: SQL state class 40). Nothing of a rolled-back attempt remains, so a retry cannot duplicate.
     */
    private List<String> storeRetrying(List<JsonObject> statements, LrsClient client) {
        for (int attempt = 1; ; attempt++) {
            try {
                return store.store(statements, client);
            } catch (IllegalStateException e) {
                if (attempt >= 3 || !rolledBackForContention(e)) {
                    throw e;
                }
            }
        }
    }

    private static boolean rolledBackForContention(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("40")) {
                return true;
            }
        }
        return false;
    }

    private Response one(String id, boolean voided, String format, boolean attachments, LrsClient client) {
        uuidParameter(voided ? "voidedStatementId" : "statementId", id);
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
        return respond(StatementFormat.apply(format, found.json(), languages()), found.stored(), attachments);
    }

    private StatementFilter filter(LrsClient client) {
        String agentKey = null;
        String agent = single("agent");
        if (agent != null) {
            JsonValue parsed;
            JsonText.checkDepth(agent, "Parameter agent");
            try {
                parsed = StatementJson.parse(agent);
            } catch (JsonException e) {
                throw parameter("agent", agent, "must be an Agent or identified Group as JSON, e.g. {\"mbox\":\"mailto:a@example.org\"} (xAPI Communication 2.1.3)");
            }
            JsonText.checkSurrogates(parsed, "Parameter agent");
            Violations v = new Violations();
            AgentRule.checkIdentified(parsed, "agent", v);
            if (!v.isEmpty()) {
                throw invalidParameter(v);
            }
            agentKey = StatementKeys.agent(Ifi.of(parsed));
        }
        String verb = single("verb");
        if (verb != null && !Formats.iri(verb)) {
            throw parameter("verb", verb, "must be a verb IRI (xAPI Communication 2.1.3, Data 2.2.s4.b4)");
        }
        String activity = single("activity");
        if (activity != null && !Formats.iri(activity)) {
            throw parameter("activity", activity, "must be an activity IRI (xAPI Communication 2.1.3, Data 2.2.s4.b4)");
        }
        String registration = single("registration");
        if (registration != null) {
            uuidParameter("registration", registration);
        }
        Instant since = timestamp("since");
        Instant until = timestamp("until");
        int limit = maxPage;
        String limitText = single("limit");
        if (limitText != null) {
            try {
                int asked = Integer.parseInt(limitText);
                if (asked < 0) {
                    throw new NumberFormatException();
                }
                limit = asked == 0 ? maxPage : Math.min(asked, maxPage);
            } catch (NumberFormatException e) {
                throw parameter("limit", limitText, "must be a non-negative integer; 0 means the most this LRS returns ("
                        + maxPage + ") (xAPI Communication 2.1.3)");
            }
        }
        Long after = null;
        String cursor = single(CURSOR);
        if (cursor != null) {
            try {
                after = Long.parseLong(cursor);
            } catch (NumberFormatException e) {
                throw parameter(CURSOR, cursor, "must be the value from a \"more\" link");
            }
        }
        return new StatementFilter(agentKey, bool("related_agents", false),
                activity == null ? null : StatementKeys.activity(activity), bool("related_activities", false),
                verb == null ? null : StatementKeys.verb(verb), registration == null ? null : StatementKeys.registration(registration),
                since, until, limit, bool("ascending", false), after,
                client.readScope() == ReadScope.OWN ? client.credentialId() : null, false);
    }

    /** The relative IRL of the next page: this query with the cursor after the last statement (Data 2.5). */
    private String more(long afterSeq) {
        String raw = uri.getRequestUri().getRawQuery();
        String kept = raw == null ? "" : Arrays.stream(raw.split("&")).filter(p -> !p.startsWith(CURSOR + "=") && !p.isEmpty())
                .collect(Collectors.joining("&"));
        return uri.getBaseUri().getRawPath() + "statements?" + (kept.isEmpty() ? "" : kept + "&") + CURSOR + "=" + afterSeq;
    }

    private Response respond(String json, Instant lastModified, boolean attachments) {
        Response.ResponseBuilder r;
        if (attachments) {
            // the multipart format (Communication 2.1.3.s2.b6); this LRS keeps no attachment data, so only the JSON part
            String boundary = "xapi-" + UUID.randomUUID();
            String body = "--" + boundary + "\r\nContent-Type: application/json\r\n\r\n" + json + "\r\n--" + boundary + "--\r\n";
            r = Response.ok(body, "multipart/mixed; boundary=\"" + boundary + "\"");
        } else {
            r = Response.ok(json, MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")).tag(new EntityTag(sha1(json)));
        }
        if (lastModified != null) {
            r.lastModified(Date.from(lastModified));
        }
        return r.build();
    }

    private LrsClient client() {
        LrsClient client = (LrsClient) request.getAttribute(LrsClient.REQUEST_PROPERTY);
        if (client == null) {
            throw new Problem(401, "UNAUTHENTICATED", "Authenticate with HTTP Basic using an LRS key and secret.");
        }
        return client;
    }

    private LrsClient writer() {
        LrsClient client = client();
        if (!client.canWrite()) {
            throw new Problem(403, "WRITE_NOT_ALLOWED", "LRS credential " + client.key() + " may read but not write statements "
                    + "(xAPI Communication 3.2.s3.b10).");
        }
        requireJson();
        return client;
    }

    private LrsClient reader() {
        LrsClient client = client();
        if (client.readScope() == ReadScope.NONE) {
            throw new Problem(403, "READ_NOT_ALLOWED", "LRS credential " + client.key() + " may write but not read statements "
                    + "(xAPI Communication 3.2.s3.b10).");
        }
        return client;
    }

    private void requireJson() {
        String type = headers.getHeaderString("Content-Type");
        if (type == null || !type.toLowerCase(Locale.ROOT).matches("application/json\\s*(;.*)?")) {
            throw new Problem(400, "CONTENT_TYPE", "Send statements with Content-Type application/json" + (type == null ? "" : ", not " + type)
                    + ". This LRS does not take multipart/mixed: attachments must carry a fileUrl (xAPI Communication 1.5, 3.2.s3.b6).");
        }
    }

    /** Unknown parameters, parameters in the wrong case and repeated parameters are refused (Communication 3.2.s3.b7, b8). */
    private void allowOnly(Set<String> allowed, String method) {
        for (var e : uri.getQueryParameters().entrySet()) {
            String name = e.getKey();
            if (!allowed.contains(name)) {
                String sameButCase = allowed.stream().filter(a -> a.equalsIgnoreCase(name)).findFirst().orElse(null);
                throw new Problem(400, "UNKNOWN_PARAMETER", method + " statements does not take the parameter \"" + name + "\""
                        + (sameButCase == null ? "" : "; parameter names are case-sensitive, it is \"" + sameButCase + "\"")
                        + " (xAPI Communication 3.2.s3.b7, b8).");
            }
            if (e.getValue().size() > 1) {
                throw new Problem(400, "REPEATED_PARAMETER", "The parameter \"" + name + "\" is given " + e.getValue().size()
                        + " times; give it once (xAPI Communication 2.1.3).");
            }
        }
    }

    private String single(String name) {
        return uri.getQueryParameters().getFirst(name);
    }

    private boolean bool(String name, boolean otherwise) {
        String v = single(name);
        if (v == null) {
            return otherwise;
        }
        if (!v.equals("true") && !v.equals("false")) {
            throw parameter(name, v, "must be true or false, as in JSON (xAPI Communication 2.1.3)");
        }
        return v.equals("true");
    }

    private Instant timestamp(String name) {
        String v = single(name);
        if (v == null) {
            return null;
        }
        if (!Formats.timestamp(v)) {
            throw parameter(name, v, "must be an ISO 8601 timestamp with a time zone, such as 2024-11-05T08:30:00Z or "
                    + "2024-11-05T15:30:00+07:00 (xAPI Communication 2.1.3, Data 4.5)");
        }
        return Formats.instant(v);
    }

    private void uuidParameter(String name, String value) {
        if (!Formats.uuid(value)) {
            throw parameter(name, value, "must be a UUID in standard string form (xAPI Data 4.4, 2.2.s4.b4)");
        }
    }

    private static Problem parameter(String name, String value, String rule) {
        return new Problem(400, "INVALID_PARAMETER", "Parameter " + name + " " + rule + ".",
                List.of(Problem.Detail.field(name, value, rule, null)));
    }

    private static Problem invalidParameter(Violations v) {
        return new Problem(400, "INVALID_PARAMETER", "Parameter " + v.list().get(0), v.list().stream()
                .map(x -> Problem.Detail.field(x.path(), null, x.rule(), null)).toList());
    }

    private static void validate(List<JsonObject> statements, boolean batch) {
        Violations v = new Violations();
        for (int i = 0; i < statements.size(); i++) {
            StatementRule.check(statements.get(i), batch ? "[" + i + "]" : "", v);
        }
        if (!v.isEmpty()) {
            throw invalid(v, batch);
        }
    }

    private static Problem invalid(Violations v, boolean batch) {
        var first = v.list().get(0);
        String message = (batch ? "The batch was rejected as a whole (xAPI Communication 3.2.s3.b9): " : "The statement was rejected: ")
                + first + (v.list().size() > 1 ? " (and " + (v.list().size() - 1) + " more problems, see details)" : "");
        return new Problem(400, "INVALID_STATEMENT", message, v.list().stream()
                .map(x -> new Problem.Detail(row(x.path()), x.path(), null, x.rule(), null)).toList());
    }

    private static Integer row(String path) {
        if (path.startsWith("[")) {
            return Integer.parseInt(path.substring(1, path.indexOf(']')));
        }
        return null;
    }

    private JsonValue readJson(InputStream body) {
        try {
            byte[] bytes = body.readNBytes(maxRequestBytes + 1);
            if (bytes.length > maxRequestBytes) {
                throw new Problem(413, "REQUEST_TOO_LARGE", "The request is larger than " + maxRequestBytes + " bytes "
                        + "(taphuan.xapi.max-request-bytes); send smaller batches (xAPI Communication 3.2.s3.b11).");
            }
            String text = JsonText.utf8(bytes, "The request body");
            JsonText.checkDepth(text, "The request body");
            JsonValue value;
            try {
                value = StatementJson.parse(text);
            } catch (JsonException e) {
                throw new Problem(400, "NOT_JSON", "The request body is not JSON: " + e.getMessage() + " (xAPI Communication 1.5.1).");
            }
            JsonText.checkSurrogates(value, "The request body");
            return value;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<Locale.LanguageRange> languages() {
        String accept = headers.getHeaderString("Accept-Language");
        try {
            return accept == null || accept.isBlank() ? List.of() : Locale.LanguageRange.parse(accept);
        } catch (IllegalArgumentException e) {
            return List.of();
        }
    }

    private static Problem notFound(String id) {
        return new Problem(404, "STATEMENT_NOT_FOUND", "There is no statement with id " + id + " (xAPI Communication 3.2.s2.b4).");
    }

    private static String kind(JsonValue v) {
        return switch (v.getValueType()) {
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            case STRING -> "a string";
            case NUMBER -> "a number";
            default -> v.toString();
        };
    }

    private static String sha1(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
