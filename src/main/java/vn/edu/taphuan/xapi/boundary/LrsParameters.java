package vn.edu.taphuan.xapi.boundary;

import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.core.UriInfo;
import vn.edu.taphuan.platform.Problem;
import vn.edu.taphuan.xapi.control.Ifi;
import vn.edu.taphuan.xapi.control.StatementJson;
import vn.edu.taphuan.xapi.control.StatementKeys;
import vn.edu.taphuan.xapi.control.validation.AgentRule;
import vn.edu.taphuan.xapi.control.validation.Formats;
import vn.edu.taphuan.xapi.control.validation.JsonText;
import vn.edu.taphuan.xapi.control.validation.Violations;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The query parameters of the document, Agents and Activities resources (xAPI Communication 2.2-2.7), read the way
 * the Statement resource reads its own: unknown, wrong-case and repeated parameters are 400 (3.2.s3.b7, b8), and
 * each malformed value is 400 naming the parameter and the rule.
 */
final class LrsParameters {
    private final UriInfo uri;
    private final String resource;

    LrsParameters(UriInfo uri, String resource) {
        this.uri = uri;
        this.resource = resource;
    }

    /** Refuses parameters outside {@code allowed}, in the wrong case or given twice. */
    void allowOnly(Set<String> allowed, String method) {
        for (var e : uri.getQueryParameters().entrySet()) {
            String name = e.getKey();
            if (!allowed.contains(name)) {
                String sameButCase = allowed.stream().filter(a -> a.equalsIgnoreCase(name)).findFirst().orElse(null);
                throw new Problem(400, "UNKNOWN_PARAMETER", method + " " + resource + " does not take the parameter \"" + name + "\""
                        + (sameButCase == null ? "" : "; parameter names are case-sensitive, it is \"" + sameButCase + "\"")
                        + " (xAPI Communication 3.2.s3.b7, b8).");
            }
            if (e.getValue().size() > 1) {
                throw new Problem(400, "REPEATED_PARAMETER", "The parameter \"" + name + "\" is given " + e.getValue().size()
                        + " times; give it once (xAPI Communication 3.2.s3.b7).");
            }
        }
    }

    String optional(String name) {
        return uri.getQueryParameters().getFirst(name);
    }

    String required(String name, String section) {
        String v = optional(name);
        if (v == null) {
            throw new Problem(400, "PARAMETER_REQUIRED", resource + " needs the parameter " + name + " (xAPI " + section + ").",
                    List.of(Problem.Detail.field(name, null, "required", null)));
        }
        return v;
    }

    String activityId(String section) {
        String v = required("activityId", section);
        if (!Formats.iri(v)) {
            throw invalid("activityId", v, "must be an activity IRI (xAPI " + section + ", Data 2.2.s4.b4)");
        }
        return v;
    }

    /** The {@code agent} parameter: an Agent as JSON with one IFI, not a Group (Communication 2.3, 2.4, 2.6). */
    JsonObject agent(String section) {
        String text = required("agent", section);
        JsonText.checkDepth(text, "Parameter agent");
        JsonValue parsed;
        try {
            parsed = StatementJson.parse(text);
        } catch (JsonException e) {
            throw invalid("agent", text, "must be an Agent as JSON, e.g. {\"mbox\":\"mailto:a@example.org\"} (xAPI " + section + ")");
        }
        JsonText.checkSurrogates(parsed, "Parameter agent");
        Violations v = new Violations();
        AgentRule.checkActor(parsed, "agent", v);
        if (v.isEmpty() && "Group".equals(parsed.asJsonObject().getString("objectType", null))) {
            v.add("agent", "must be an Agent, not a Group; to keep documents for an identified Group, send its identifier in an "
                    + "Agent object (xAPI Communication 2.6.s3)");
        }
        if (!v.isEmpty()) {
            throw new Problem(400, "INVALID_PARAMETER", "Parameter " + v.list().get(0), v.list().stream()
                    .map(x -> Problem.Detail.field(x.path(), null, x.rule(), null)).toList());
        }
        return parsed.asJsonObject();
    }

    static String agentKey(JsonObject agent) {
        return StatementKeys.agent(Ifi.of(agent));
    }

    /** An optional UUID, lower-cased (State's {@code registration}). */
    String registration(String section) {
        String v = optional("registration");
        if (v != null && !Formats.uuid(v)) {
            throw invalid("registration", v, "must be a UUID in standard string form (xAPI " + section + ", Data 4.4)");
        }
        return v == null ? null : v.toLowerCase(Locale.ROOT);
    }

    Instant since(String section) {
        String v = optional("since");
        if (v == null) {
            return null;
        }
        if (!Formats.timestamp(v)) {
            throw invalid("since", v, "must be an ISO 8601 timestamp with a time zone, such as 2024-11-05T08:30:00Z (xAPI "
                    + section + ", Data 4.5)");
        }
        return Formats.instant(v);
    }

    static Problem invalid(String name, String value, String rule) {
        return new Problem(400, "INVALID_PARAMETER", "Parameter " + name + " " + rule + ".",
                List.of(Problem.Detail.field(name, value, rule, null)));
    }
}
