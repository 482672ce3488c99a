package vn.edu.taphuan.xapi.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import vn.edu.taphuan.xapi.entity.LrsClient;
import vn.edu.taphuan.xapi.entity.ReadScope;
import vn.edu.taphuan.xapi.entity.StatementFilter;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * What the stored statements say about an agent or an activity, for the Agents and Activities resources (xAPI
 * Communication 2.4, 2.5). Both read the newest {@value #NEWEST} statements that name it — one index range of
 * {@code xapi_statement_key}, as a GET statements with {@code related_agents}/{@code related_activities} — and
 * only what the client may read (a read-own credential: its own statements).
 * <ul>
 * <li>The Person object: the agent's identifier and every {@code name} the statements gave that identifier.</li>
 * <li>The activity's canonical definition: the one {@link ActivityDefinitions} keeps from credentials' statements
 * (Data 2.4.4.1.s4); for an activity only the service's own statements define, the definition in the newest of
 * them. Activity definitions are no personal data: a read-own credential gets the canonical one too.</li>
 * </ul>
 */
@ApplicationScoped
public class StatementKnowledge {
    static final int NEWEST = 100;

    @Inject
    StatementQuery query;

    @Inject
    ActivityDefinitions definitions;

    /** The Person object of Communication 2.4.s5 for one Agent (2.4.s3.b3: at least what was asked). */
    public JsonObject person(JsonObject agent, LrsClient client) {
        String ifi = Ifi.of(agent);
        Set<String> names = new LinkedHashSet<>();
        if (agent.get("name") instanceof JsonString n) {
            names.add(n.getString());
        }
        for (String json : newest(StatementKeys.agent(ifi), null, client)) {
            walk(StatementJson.parse(json), o -> {
                if (ifi.equals(Ifi.of(o)) && o.get("name") instanceof JsonString n) {
                    names.add(n.getString());
                }
            });
        }
        var person = StatementJson.JSON.createObjectBuilder().add("objectType", "Person");
        if (!names.isEmpty()) {
            var list = StatementJson.JSON.createArrayBuilder();
            names.forEach(list::add);
            person.add("name", list);
        }
        for (String property : new String[]{"mbox", "mbox_sha1sum", "openid", "account"}) {
            if (agent.containsKey(property)) {
                person.add(property, StatementJson.JSON.createArrayBuilder().add(agent.get(property)));
            }
        }
        return person.build();
    }

    /** The Activity with its canonical definition, or with its id alone when no statement defines it (2.5.s2.b1). */
    public JsonObject activity(String activityId, LrsClient client) {
        var activity = StatementJson.JSON.createObjectBuilder().add("objectType", "Activity").add("id", activityId);
        definitions.definition(activityId).or(() -> definition(activityId, client)).ifPresent(d -> activity.add("definition", d));
        return activity.build();
    }

    private Optional<JsonObject> definition(String activityId, LrsClient client) {
        for (String json : newest(null, StatementKeys.activity(activityId), client)) {
            List<JsonObject> found = new ArrayList<>();
            walk(StatementJson.parse(json), o -> {
                if (o.get("id") instanceof JsonString id && id.getString().equals(activityId)
                        && "Activity".equals(o.getString("objectType", "Activity")) && o.get("definition") instanceof JsonObject d) {
                    found.add(d);
                }
            });
            if (!found.isEmpty()) {
                return Optional.of(found.get(0));
            }
        }
        return Optional.empty();
    }

    private List<String> newest(String agentKey, String activityKey, LrsClient client) {
        Long own = client != null && client.readScope() == ReadScope.OWN ? client.credentialId() : null;
        return query.find(new StatementFilter(agentKey, true, activityKey, true, null, null, null, null, NEWEST, false, null,
                own, false)).statements();
    }

    /** Every JSON object in a statement, depth first (statements are at most 64 levels deep, JsonText). */
    private static void walk(JsonValue v, Consumer<JsonObject> visit) {
        if (v instanceof JsonObject o) {
            visit.accept(o);
            o.values().forEach(child -> walk(child, visit));
        } else if (v instanceof JsonArray a) {
            a.forEach(child -> walk(child, visit));
        }
    }
}
