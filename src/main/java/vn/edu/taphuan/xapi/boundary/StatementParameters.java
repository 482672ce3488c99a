package vn.edu.taphuan.xapi.boundary;

import jakarta.json.JsonException;
import jakarta.json.JsonValue;
import jakarta.ws.rs.core.MultivaluedMap;
import vn.edu.taphuan.platform.Problem;
import vn.edu.taphuan.xapi.control.Ifi;
import vn.edu.taphuan.xapi.control.StatementJson;
import vn.edu.taphuan.xapi.control.StatementKeys;
import vn.edu.taphuan.xapi.control.validation.AgentRule;
import vn.edu.taphuan.xapi.control.validation.Formats;
import vn.edu.taphuan.xapi.control.validation.JsonText;
import vn.edu.taphuan.xapi.control.validation.Violations;
import vn.edu.taphuan.xapi.entity.LrsClient;
import vn.edu.taphuan.xapi.entity.ReadScope;
import vn.edu.taphuan.xapi.entity.StatementFilter;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * The query-parameter grammar of the Statement resource (xAPI Communication 2.1.3 and 3.2): which names a method
 * takes, each value's form, and the {@link StatementFilter} a GET asks for. Every broken value is a 400 that names
 * the parameter and the rule.
 */
final class StatementParameters {
    static final String CURSOR = "cursor";
    static final Set<String> SINGLE_PARAMETERS = Set.of("statementId", "voidedStatementId", "format", "attachments");
    static final Set<String> GET_PARAMETERS = Set.of("statementId", "voidedStatementId", "agent", "verb", "activity",
            "registration", "related_activities", "related_agents", "since", "until", "limit", "format", "attachments",
            "ascending", CURSOR);
    static final Set<String> FORMATS = Set.of("ids", "exact", "canonical");

    private final MultivaluedMap<String, String> query;

    StatementParameters(MultivaluedMap<String, String> query) {
        this.query = query;
    }

    /** Unknown parameters, parameters in the wrong case and repeated parameters are refused (Communication 3.2.s3.b7, b8). */
    void allowOnly(Set<String> allowed, String method) {
        for (var e : query.entrySet()) {
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

    /** With statementId or voidedStatementId only format and attachments may come along (Communication 2.1.3.s2.b2). */
    void onlySingleParameters() {
        List<String> others = query.keySet().stream().filter(k -> !SINGLE_PARAMETERS.contains(k)).sorted().toList();
        if (!others.isEmpty()) {
            throw new Problem(400, "PARAMETERS_WITH_ID", "With statementId or voidedStatementId only format and attachments may be "
                    + "sent, not " + others + " (xAPI Communication 2.1.3.s2.b2).");
        }
    }

    String single(String name) {
        return query.getFirst(name);
    }

    /** The format parameter: exact unless given (Communication 2.1.3). */
    String format() {
        String format = single("format") == null ? "exact" : single("format");
        if (!FORMATS.contains(format)) {
            throw parameter("format", format, "must be ids, exact or canonical (xAPI Communication 2.1.3)");
        }
        return format;
    }

    boolean bool(String name, boolean otherwise) {
        String v = single(name);
        if (v == null) {
            return otherwise;
        }
        if (!v.equals("true") && !v.equals("false")) {
            throw parameter(name, v, "must be true or false, as in JSON (xAPI Communication 2.1.3)");
        }
        return v.equals("true");
    }

    /** The filter of a GET without an id; {@code maxPage} is the most statements one page holds. */
    StatementFilter filter(LrsClient client, int maxPage) {
        String agentKey = agentKey();
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
            uuid("registration", registration);
        }
        Instant since = timestamp("since");
        Instant until = timestamp("until");
        int limit = limit(maxPage);
        Long after = cursor();
        return new StatementFilter(agentKey, bool("related_agents", false),
                activity == null ? null : StatementKeys.activity(activity), bool("related_activities", false),
                verb == null ? null : StatementKeys.verb(verb), registration == null ? null : StatementKeys.registration(registration),
                since, until, limit, bool("ascending", false), after,
                client.readScope() == ReadScope.OWN ? client.credentialId() : null, false);
    }

    /** The agent parameter as its filter key: an Agent or identified Group in JSON. */
    private String agentKey() {
        String agent = single("agent");
        if (agent == null) {
            return null;
        }
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
            throw new Problem(400, "INVALID_PARAMETER", "Parameter " + v.list().get(0), v.list().stream()
                    .map(x -> Problem.Detail.field(x.path(), null, x.rule(), null)).toList());
        }
        return StatementKeys.agent(Ifi.of(parsed));
    }

    /** The page size asked for: 0 or none means the most this LRS returns. */
    private int limit(int maxPage) {
        String limitText = single("limit");
        if (limitText == null) {
            return maxPage;
        }
        try {
            int asked = Integer.parseInt(limitText);
            if (asked < 0) {
                throw new NumberFormatException();
            }
            return asked == 0 ? maxPage : Math.min(asked, maxPage);
        } catch (NumberFormatException e) {
            throw parameter("limit", limitText, "must be a non-negative integer; 0 means the most this LRS returns ("
                    + maxPage + ") (xAPI Communication 2.1.3)");
        }
    }

    private Long cursor() {
        String cursor = single(CURSOR);
        if (cursor == null) {
            return null;
        }
        try {
            return Long.parseLong(cursor);
        } catch (NumberFormatException e) {
            throw parameter(CURSOR, cursor, "must be the value from a \"more\" link");
        }
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

    static void uuid(String name, String value) {
        if (!Formats.uuid(value)) {
            throw parameter(name, value, "must be a UUID in standard string form (xAPI Data 4.4, 2.2.s4.b4)");
        }
    }

    private static Problem parameter(String name, String value, String rule) {
        return new Problem(400, "INVALID_PARAMETER", "Parameter " + name + " " + rule + ".",
                List.of(Problem.Detail.field(name, value, rule, null)));
    }
}
