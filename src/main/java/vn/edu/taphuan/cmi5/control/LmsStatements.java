package vn.edu.taphuan.cmi5.control;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import vn.edu.taphuan.xapi.control.XapiProfile;

import java.time.Instant;
import java.util.UUID;

/**
 * The statements the LMS makes in a registration (cmi5 §9.3: launched, satisfied, abandoned), built in one place:
 * a new id, the learner, the verb with its display in both languages, the object, the cmi5 category and the
 * publisher's id in the grouping (§9.6.2.3), the registration and the session id (§9.6.3.1), the time.
 */
final class LmsStatements {
    /** A verb the LMS uses, with its display. */
    record Verb(String id, String english, String vietnamese) {
    }

    static final Verb LAUNCHED = new Verb(XapiProfile.LAUNCHED, "Launched", "Bắt đầu");
    static final Verb SATISFIED = new Verb(Cmi5Vocabulary.SATISFIED, "satisfied", "đã đạt yêu cầu");
    static final Verb ABANDONED = new Verb("https://w3id.org/xapi/adl/verbs/abandoned", "abandoned", "bỏ dở");

    private LmsStatements() {
    }

    /**
     * A statement of the LMS; {@code extensions} already hold the session id and whatever else the verb carries. The
     * caller adds a result where the verb has one (abandoned: its duration).
     */
    static JsonObjectBuilder statement(JsonObject actor, Verb verb, JsonObject object, String registration, String publisherIri,
                                       JsonObjectBuilder extensions, Instant at) {
        return Json.createObjectBuilder().add("id", UUID.randomUUID().toString()).add("actor", actor)
                .add("verb", Json.createObjectBuilder().add("id", verb.id())
                        .add("display", Json.createObjectBuilder().add("en-US", verb.english()).add("vi-VN", verb.vietnamese())))
                .add("object", object)
                .add("context", Json.createObjectBuilder().add("registration", registration)
                        .add("contextActivities", Json.createObjectBuilder()
                                .add("category", Json.createArrayBuilder().add(activity(Cmi5Vocabulary.CATEGORY_CMI5)))
                                .add("grouping", Json.createArrayBuilder().add(activity(publisherIri))))
                        .add("extensions", extensions))
                .add("timestamp", at.toString());
    }

    /** The session id extension every LMS statement carries (cmi5 §9.6.3.1). */
    static JsonObjectBuilder session(String sessionId) {
        return Json.createObjectBuilder().add(Cmi5Vocabulary.SESSION_ID, sessionId);
    }

    /**
     * "satisfied" (cmi5 §9.3.9): the object is our own id of the block or course (never the publisher's, which goes
     * into the grouping), typed block or course; the session that triggered it.
     */
    static JsonObject satisfied(JsonObject actor, String objectId, String type, String publisherIri, String registration, String sessionId,
                                Instant at) {
        JsonObject object = Json.createObjectBuilder().add("objectType", "Activity").add("id", objectId)
                .add("definition", Json.createObjectBuilder().add("type", type)).build();
        return statement(actor, SATISFIED, object, registration, publisherIri, session(sessionId), at).build();
    }

    static JsonObject activity(String id) {
        return Json.createObjectBuilder().add("objectType", "Activity").add("id", id).build();
    }
}
