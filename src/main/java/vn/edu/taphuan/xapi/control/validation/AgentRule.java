package vn.edu.taphuan.xapi.control.validation;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.util.Set;

/**
 * Agents and Groups (xAPI Data 2.4.2): an Agent has exactly one Inverse Functional Identifier (mbox,
 * mbox_sha1sum, openid or account); a Group says {@code "objectType":"Group"}; an anonymous Group lists its
 * members, an identified one has exactly one IFI; members are Agents, never Groups.
 */
public final class AgentRule {
    static final Set<String> AGENT = Set.of("objectType", "name", "mbox", "mbox_sha1sum", "openid", "account");
    static final Set<String> GROUP = Set.of("objectType", "name", "member", "mbox", "mbox_sha1sum", "openid", "account");
    static final Set<String> ACCOUNT = Set.of("homePage", "name");

    private AgentRule() {
    }

    /** An actor (or instructor, or authority): an Agent (objectType optional) or a Group. */
    public static void checkActor(JsonValue value, String path, Violations out) {
        JsonObject o = Shape.object(value, path, "an Agent or Group", out);
        if (o == null) {
            return;
        }
        String type = objectType(o);
        if ("Group".equals(type)) {
            checkGroup(o, path, out);
        } else if (type == null && !o.containsKey("objectType") || "Agent".equals(type)) {
            checkAgent(o, path, out);
        } else {
            out.add(Shape.at(path, "objectType"), "must be \"Agent\" or \"Group\" (exact case), not " + o.get("objectType")
                    + " (Data 2.4.2, 2.2.s4.b1.b6)");
        }
    }

    /**
     * A submitted authority, validated before the LRS replaces it with its own (Data 2.4.9.s3.b1): an Agent, or —
     * for three-legged OAuth, an application and a user together — a Group of exactly two Agents.
     */
    public static void checkAuthority(JsonValue value, String path, Violations out) {
        int before = out.list().size();
        checkActor(value, path, out);
        if (out.list().size() > before || !"Group".equals(objectType(value.asJsonObject()))) {
            return;
        }
        JsonValue members = value.asJsonObject().get("member");
        int count = members instanceof jakarta.json.JsonArray a ? a.size() : 0;
        if (count != 2) {
            out.add(Shape.at(path, "member"), "an authority that is a Group must have exactly two Agents, the application and the "
                    + "user, it has " + count + " (Data 2.4.9.s3.b1)");
        }
    }

    /** The objectType when it is a string, else null. */
    static String objectType(JsonObject o) {
        return o.get("objectType") instanceof JsonString s ? s.getString() : null;
    }

    /**
     * The {@code agent} query parameter: an Agent or an identified Group (xAPI Communication 2.1.3); an anonymous
     * Group cannot be looked up.
     */
    public static void checkIdentified(JsonValue value, String path, Violations out) {
        checkActor(value, path, out);
        if (out.isEmpty() && value.asJsonObject().containsKey("member") && ifiCount(value.asJsonObject()) == 0) {
            out.add(path, "must be an Agent or an identified Group; an anonymous Group has no identifier to filter by (Communication 2.1.3)");
        }
    }

    static void checkAgent(JsonObject o, String path, Violations out) {
        Shape.properties(o, path, "an Agent", AGENT, out);
        Shape.string(o, path, "name", out);
        int ifis = checkIfis(o, path, out);
        if (ifis != 1) {
            out.add(path, "an Agent must have exactly one inverse functional identifier (mbox, mbox_sha1sum, openid or account), it has "
                    + ifis + " (Data 2.4.2.1.s2.b1, b2)");
        }
    }

    static void checkGroup(JsonObject o, String path, Violations out) {
        Shape.properties(o, path, "a Group", GROUP, out);
        Shape.string(o, path, "name", out);
        int ifis = checkIfis(o, path, out);
        if (ifis > 1) {
            out.add(path, "an identified Group must have exactly one inverse functional identifier, it has " + ifis + " (Data 2.4.2.2.s5.b1)");
        }
        if (Shape.present(o, "member")) {
            JsonValue members = o.get("member");
            if (members.getValueType() != JsonValue.ValueType.ARRAY) {
                out.add(Shape.at(path, "member"), "must be an array of Agents, not " + Shape.kind(members) + " (Data 2.4.2.2)");
                return;
            }
            int i = 0;
            for (JsonValue m : members.asJsonArray()) {
                String at = Shape.at(Shape.at(path, "member"), i++);
                JsonObject member = Shape.object(m, at, "an Agent", out);
                if (member == null) {
                    continue;
                }
                String type = objectType(member);
                if ("Group".equals(type)) {
                    out.add(at, "a Group must not contain Groups in \"member\" (Data 2.4.2.2.s4.b2, s5.b2)");
                } else if (type == null && !member.containsKey("objectType") || "Agent".equals(type)) {
                    checkAgent(member, at, out);
                } else {
                    out.add(Shape.at(at, "objectType"), "must be \"Agent\" (exact case) (Data 2.4.2.1)");
                }
            }
        } else if (ifis == 0) {
            out.add(Shape.at(path, "member"), "an anonymous Group (one without an identifier) must list its members (Data 2.4.2.2.s4.b1)");
        }
    }

    /** Validates each IFI present and returns how many there are. */
    static int checkIfis(JsonObject o, String path, Violations out) {
        int n = 0;
        if (Shape.present(o, "mbox")) {
            n++;
            Shape.formatted(o, path, "mbox", Formats::mailto, "a mailto IRI such as \"mailto:name@example.org\"", "Data 2.4.2.3", out);
        }
        if (Shape.present(o, "mbox_sha1sum")) {
            n++;
            Shape.formatted(o, path, "mbox_sha1sum", Formats::sha1, "the hex SHA-1 of a mailto IRI (40 hex digits)", "Data 2.4.2.3", out);
        }
        if (Shape.present(o, "openid")) {
            n++;
            Shape.formatted(o, path, "openid", Formats::iri, "a URI", "Data 2.4.2.3", out);
        }
        if (Shape.present(o, "account")) {
            n++;
            checkAccount(o.get("account"), Shape.at(path, "account"), out);
        }
        return n;
    }

    static int ifiCount(JsonObject o) {
        int n = 0;
        for (String k : new String[]{"mbox", "mbox_sha1sum", "openid", "account"}) {
            if (Shape.present(o, k)) {
                n++;
            }
        }
        return n;
    }

    static void checkAccount(JsonValue value, String path, Violations out) {
        JsonObject a = Shape.object(value, path, "an Account", out);
        if (a == null) {
            return;
        }
        Shape.properties(a, path, "an Account", ACCOUNT, out);
        Shape.required(a, path, "homePage", "Data 2.4.2.4", out);
        Shape.required(a, path, "name", "Data 2.4.2.4", out);
        Shape.formatted(a, path, "homePage", Formats::iri, "an IRL such as \"https://lms.example.org\"", "Data 2.4.2.4", out);
        Shape.string(a, path, "name", out);
    }
}
