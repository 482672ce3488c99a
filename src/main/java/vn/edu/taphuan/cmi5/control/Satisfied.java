package vn.edu.taphuan.cmi5.control;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import java.time.Instant;
import java.util.UUID;

/**
 * The LMS's "satisfied" statement (cmi5 §9.3.9): the object is our own id of the block or course (never the
 * publisher's, which goes into the grouping, §9.6.2.3), typed block or course; the session that triggered it.
 */
final class Satisfied {
    private Satisfied() {
    }

    static JsonObject statement(JsonObject actor, String objectId, String type, String publisherIri, String registration, String sessionId,
                                Instant at) {
        return Json.createObjectBuilder().add("id", UUID.randomUUID().toString()).add("actor", actor)
                .add("verb", Json.createObjectBuilder().add("id", Cmi5Vocabulary.SATISFIED)
                        .add("display", Json.createObjectBuilder().add("en-US", "satisfied").add("vi-VN", "đã đạt yêu cầu")))
                .add("object", Json.createObjectBuilder().add("objectType", "Activity").add("id", objectId)
                        .add("definition", Json.createObjectBuilder().add("type", type)))
                .add("context", Json.createObjectBuilder().add("registration", registration)
                        .add("contextActivities", Json.createObjectBuilder()
                                .add("category", Json.createArrayBuilder().add(LaunchRecords.activity(Cmi5Vocabulary.CATEGORY_CMI5)))
                                .add("grouping", Json.createArrayBuilder().add(LaunchRecords.activity(publisherIri))))
                        .add("extensions", Json.createObjectBuilder().add(Cmi5Vocabulary.SESSION_ID, sessionId)))
                .add("timestamp", at.toString()).build();
    }
}
