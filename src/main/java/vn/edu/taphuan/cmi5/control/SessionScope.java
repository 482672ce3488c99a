package vn.edu.taphuan.cmi5.control;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import vn.edu.taphuan.xapi.control.XapiProfile;
import vn.edu.taphuan.cmi5.entity.AuSession;

import java.io.StringReader;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What an AU session's auth-token may do at {@code /xapi/} (cmi5 §8.2.1: "limited to the duration of a specific user
 * session"; here also to its learner and registration). Pure: the filter hands it the request, it answers the
 * reason for a refusal, or empty.
 * <ul>
 * <li>statements: sent only as that learner (the launch's actor, nothing else), in the session's registration,
 * never voiding (cmi5 §6.3: no credentials that allow voiding); read only with {@code agent} = the learner;</li>
 * <li>State, Agent Profile, Agents: only with {@code agent} = the learner; a State's {@code registration}, when
 * given, is the session's; {@code LMS.LaunchData} is never changed or deleted by the AU (cmi5 §10);</li>
 * <li>Activities and Activity Profile: as for any credential (documents about an activity, not a person);</li>
 * <li>no Alternate Request Syntax and no multipart statements (not needed by AUs; kept out so the check above
 * always sees the statements).</li>
 * </ul>
 */
public record SessionScope(AuSession session, String base) {

    /** The reason to refuse, or empty. {@code path} is after {@code /xapi/}; {@code body} the request's, for statement writes. */
    public Optional<String> refusal(String method, String path, Map<String, List<String>> query, String contentType, String body) {
        if (query.containsKey("method")) {
            return Optional.of("an AU session does not use the Alternate Request Syntax");
        }
        String p = path.replaceFirst("/$", "");
        boolean read = method.equals("GET") || method.equals("HEAD");
        return switch (p) {
            case "statements" -> read ? learnerOnly(query) : statements(contentType, body);
            case "activities/state" -> learnerOnly(query).or(() -> state(method, query));
            case "agents/profile", "agents" -> learnerOnly(query);
            default -> Optional.empty();
        };
    }

    private Optional<String> state(String method, Map<String, List<String>> query) {
        String registration = first(query, "registration");
        if (registration != null && !registration.equalsIgnoreCase(session.registration())) {
            return Optional.of("this session belongs to registration " + session.registration());
        }
        boolean write = !method.equals("GET") && !method.equals("HEAD");
        String stateId = first(query, "stateId");
        if (write && (stateId == null ? method.equals("DELETE") : stateId.equals(Cmi5Vocabulary.LAUNCH_DATA))) {
            return Optional.of("the AU must not modify or delete the LMS.LaunchData document (cmi5 §10)");
        }
        return Optional.empty();
    }

    private Optional<String> learnerOnly(Map<String, List<String>> query) {
        if (query.containsKey("statementId") || query.containsKey("voidedStatementId")) {
            return Optional.of("an AU session reads statements by agent, not by id");
        }
        String agent = first(query, "agent");
        if (agent == null) {
            return Optional.of("an AU session reads only its learner's records: give agent, the launch's actor");
        }
        try {
            return isLearner(Json.createReader(new StringReader(agent)).readValue()) ? Optional.empty()
                    : Optional.of("agent is not this session's learner");
        } catch (JsonException | IllegalStateException e) {
            return Optional.empty(); // not JSON: the LRS answers 400 for it
        }
    }

    private Optional<String> statements(String contentType, String body) {
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("application/json")) {
            return Optional.of("an AU session sends statements as application/json");
        }
        JsonValue parsed;
        try {
            parsed = Json.createReader(new StringReader(body)).readValue();
        } catch (JsonException | IllegalStateException e) {
            return Optional.empty(); // not JSON: the LRS answers 400 for it
        }
        List<JsonValue> all = parsed instanceof JsonArray a ? a : List.of(parsed);
        for (JsonValue v : all) {
            Optional<String> refusal = statement(v);
            if (refusal.isPresent()) {
                return refusal;
            }
        }
        return Optional.empty();
    }

    private Optional<String> statement(JsonValue v) {
        if (!(v instanceof JsonObject s)) {
            return Optional.empty();
        }
        if (!isLearner(s.get("actor"))) {
            return Optional.of("the actor of every statement must be this session's learner (the launch's actor)");
        }
        if (s.get("verb") instanceof JsonObject verb && XapiProfile.VOIDED.equals(verb.getString("id", ""))) {
            return Optional.of("an AU may not void statements (cmi5 §6.3)");
        }
        String registration = s.get("context") instanceof JsonObject c && c.get("registration") instanceof JsonString r ? r.getString() : "";
        if (!registration.equalsIgnoreCase(session.registration())) {
            return Optional.of("context.registration must be this session's registration " + session.registration() + " (cmi5 §9.6.1)");
        }
        return Optional.empty();
    }

    /** The launch's actor: an Agent with our account and the learner's key, nothing else (cmi5 §9.2). */
    boolean isLearner(JsonValue v) {
        if (!(v instanceof JsonObject a) || !"Agent".equals(a.getString("objectType", "Agent")) || !(a.get("account") instanceof JsonObject acc)) {
            return false;
        }
        if (a.containsKey("mbox") || a.containsKey("mbox_sha1sum") || a.containsKey("openid")) {
            return false;
        }
        String home = acc.getString("homePage", "");
        return (home.equals(base) || (home + "/").equals(base)) && session.actorKey().equals(acc.getString("name", null));
    }

    private static String first(Map<String, List<String>> query, String name) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }
}
