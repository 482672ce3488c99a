package vn.edu.taphuan.cmi5.control;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import vn.edu.taphuan.cmi5.entity.AssignableUnit;
import vn.edu.taphuan.cmi5.entity.LaunchMode;

import java.time.Instant;

/**
 * What the LMS writes to the LRS for one launch, as JSON (pure, so a unit test reads it): the context template
 * (cmi5 §10, §9.6.2.3 publisher id, §9.6.3.1 session id), the {@code LMS.LaunchData} State document (§10), the
 * learner preferences (§11) and the "launched" statement (§9.3.1 with the context extensions of §9.6.3).
 */
public record LaunchRecords(JsonObject actor, AssignableUnit au, String activityId, String registration, String sessionId,
                            LaunchMode mode, String returnUrl) {

    /** cmi5 §10 contextTemplate: the publisher id grouping activity and the session id. */
    public JsonObject contextTemplate() {
        return Json.createObjectBuilder()
                .add("contextActivities", Json.createObjectBuilder().add("grouping", Json.createArrayBuilder().add(LmsStatements.activity(au.iri()))))
                .add("extensions", LmsStatements.session(sessionId)).build();
    }

    /** cmi5 §10: the LMS.LaunchData document. */
    public JsonObject launchData() {
        JsonObjectBuilder b = Json.createObjectBuilder().add("contextTemplate", contextTemplate()).add("launchMode", mode.name())
                .add("moveOn", au.moveOn().value()).add("returnURL", returnUrl);
        if (au.launchParameters() != null) {
            b.add("launchParameters", au.launchParameters());
        }
        if (au.masteryScore() != null) {
            b.add("masteryScore", au.masteryScore());
        }
        if (au.entitlementKey() != null) {
            b.add("entitlementKey", Json.createObjectBuilder().add("courseStructure", au.entitlementKey()));
        }
        return b.build();
    }

    /** cmi5 §11: the learner's languages in order of preference, Vietnamese first unless they chose English. */
    public static JsonObject learnerPreferences(boolean english) {
        return Json.createObjectBuilder().add("languagePreference", english ? "en-US,vi-VN" : "vi-VN,en-US").add("audioPreference", "on").build();
    }

    /** cmi5 §9.3.1 "launched", recorded before the AU opens; {@code launchUrl} without the cmi5 parameters (§9.6.3.4). */
    public JsonObject launched(String launchUrl, Instant at) {
        JsonObjectBuilder extensions = LmsStatements.session(sessionId)
                .add(Cmi5Vocabulary.LAUNCH_MODE, mode.name()).add(Cmi5Vocabulary.LAUNCH_URL, launchUrl)
                .add(Cmi5Vocabulary.MOVE_ON, au.moveOn().value());
        if (au.launchParameters() != null) {
            extensions.add(Cmi5Vocabulary.LAUNCH_PARAMETERS, au.launchParameters());
        }
        if (au.masteryScore() != null) {
            extensions.add(Cmi5Vocabulary.MASTERY_SCORE, au.masteryScore());
        }
        return LmsStatements.statement(actor, LmsStatements.LAUNCHED, LmsStatements.activity(activityId), registration, au.iri(), extensions, at)
                .build();
    }
}
