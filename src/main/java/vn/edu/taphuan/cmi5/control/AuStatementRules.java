package vn.edu.taphuan.cmi5.control;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.edu.taphuan.xapi.control.XapiProfile;

/**
 * The LRS-side rules for an AU session's statements (cmi5 §9.3 verb ordering, §9.5.1 score, §9.6 context, §10
 * launchMode), checked in order over a batch, each statement against the session as the ones before it left it.
 * "cmi5 defined" statements are those with the cmi5 category activity (§9.6.2.1) and the session's AU as object;
 * "cmi5 allowed" ones (any other) only have to come between initialized and terminated. Pure: the session's state
 * comes in, a reason to refuse (or empty) goes out.
 */
public final class AuStatementRules {

    /**
     * What the LMS knows of the session and the AU's registration before the batch: its launch mode, whether it has
     * a statement yet, whether it terminated, the cmi5 verbs it used, whether the AU was completed / passed in the
     * registration, the masteryScore (or null), the AU's activityId, the session id and the AU's publisher id.
     */
    public record State(String launchMode, boolean started, boolean terminated, Set<String> verbsUsed, boolean completedBefore,
                        boolean passedBefore, BigDecimal masteryScore, String activityId, String sessionId, String publisherId) {
    }

    private AuStatementRules() {
    }

    public static Optional<String> refusal(State state, List<JsonObject> statements) {
        boolean started = state.started();
        boolean terminated = state.terminated();
        boolean completed = state.completedBefore();
        boolean passed = state.passedBefore();
        Set<String> used = new HashSet<>(state.verbsUsed());
        for (JsonObject s : statements) {
            String verb = s.get("verb") instanceof JsonObject v ? v.getString("id", "") : "";
            if (terminated) {
                return Optional.of("the session has terminated: \"terminated\" must be its last statement (cmi5 §9.3)");
            }
            if (!started && !Cmi5Vocabulary.INITIALIZED.equals(verb)) {
                return Optional.of("\"initialized\" must be the first statement of the session (cmi5 §9.3.2)");
            }
            started = true;
            if (!isDefined(s, state.activityId())) {
                continue;
            }
            Optional<String> wrong = definedRules(s, verb, state, used, completed, passed);
            if (wrong.isPresent()) {
                return wrong;
            }
            used.add(verb);
            completed |= XapiProfile.COMPLETED.equals(verb);
            passed |= XapiProfile.PASSED.equals(verb);
            terminated = Cmi5Vocabulary.TERMINATED.equals(verb);
        }
        return Optional.empty();
    }

    private static Optional<String> definedRules(JsonObject s, String verb, State state, Set<String> used, boolean completed, boolean passed) {
        if (!state.sessionId().equals(sessionIdOf(s))) {
            return Optional.of("a cmi5 defined statement carries the session id of LMS.LaunchData's contextTemplate (cmi5 §9.6.3.1)");
        }
        if (!inGrouping(s, state.publisherId())) {
            return Optional.of("a cmi5 defined statement keeps the contextTemplate's grouping, the AU's publisher id " + state.publisherId()
                    + " (cmi5 §9.6.2.3, §10)");
        }
        if (used.contains(verb)) {
            return Optional.of("a cmi5 defined verb is used once in a session (cmi5 §9.3): " + verb);
        }
        boolean judged = XapiProfile.COMPLETED.equals(verb) || XapiProfile.PASSED.equals(verb) || XapiProfile.FAILED.equals(verb);
        if (judged && !"Normal".equals(state.launchMode())) {
            return Optional.of("in " + state.launchMode() + " mode the AU sends only initialized and terminated (cmi5 §10 launchMode)");
        }
        if (XapiProfile.COMPLETED.equals(verb) && completed || XapiProfile.PASSED.equals(verb) && passed) {
            return Optional.of("only one " + verb + " per AU and registration (cmi5 §9.3)");
        }
        if ((XapiProfile.PASSED.equals(verb) || XapiProfile.FAILED.equals(verb)) && (used.contains(XapiProfile.PASSED)
                || used.contains(XapiProfile.FAILED) || XapiProfile.FAILED.equals(verb) && passed)) {
            return Optional.of("one of passed / failed per session, and no failed after passed (cmi5 §9.3)");
        }
        return score(s, verb, state.masteryScore());
    }

    /** cmi5 §9.3.4, §9.3.5, §9.5.1: a passed at or above the masteryScore, a failed below it; a score only on those two. */
    private static Optional<String> score(JsonObject s, String verb, BigDecimal mastery) {
        JsonValue score = s.get("result") instanceof JsonObject r ? r.get("score") : null;
        boolean judged = XapiProfile.PASSED.equals(verb) || XapiProfile.FAILED.equals(verb);
        if (score != null && !judged) {
            return Optional.of("only passed and failed carry a score (cmi5 §9.5.1)");
        }
        if (mastery == null || !(score instanceof JsonObject o) || !(o.get("scaled") instanceof JsonNumber scaled)) {
            return Optional.empty();
        }
        int against = scaled.bigDecimalValue().compareTo(mastery);
        if (XapiProfile.PASSED.equals(verb) && against < 0) {
            return Optional.of("a passed score must be at least the masteryScore " + mastery.toPlainString() + " (cmi5 §9.3.4)");
        }
        if (XapiProfile.FAILED.equals(verb) && against >= 0) {
            return Optional.of("a failed score must be below the masteryScore " + mastery.toPlainString() + " (cmi5 §9.3.5)");
        }
        return Optional.empty();
    }

    /** cmi5 defined: the cmi5 category activity and, as object, the session's AU. */
    static boolean isDefined(JsonObject s, String activityId) {
        boolean aboutAu = s.get("object") instanceof JsonObject o && activityId.equals(o.getString("id", null));
        return aboutAu && contextActivities(s, "category").stream()
                .anyMatch(v -> v instanceof JsonObject x && Cmi5Vocabulary.CATEGORY_CMI5.equals(x.getString("id", null)));
    }

    private static boolean inGrouping(JsonObject s, String publisherId) {
        return contextActivities(s, "grouping").stream().anyMatch(v -> v instanceof JsonObject x && publisherId.equals(x.getString("id", null)));
    }

    /** A context activities list, an object alone counting as a list of one (xAPI Data 2.4.6.2). */
    private static List<JsonValue> contextActivities(JsonObject s, String kind) {
        if (!(s.get("context") instanceof JsonObject c) || !(c.get("contextActivities") instanceof JsonObject ca)) {
            return List.of();
        }
        JsonValue list = ca.get(kind);
        return list instanceof JsonArray a ? a : list == null ? List.of() : List.of(list);
    }

    private static String sessionIdOf(JsonObject s) {
        return s.get("context") instanceof JsonObject c && c.get("extensions") instanceof JsonObject e
                && e.get(Cmi5Vocabulary.SESSION_ID) instanceof JsonString id ? id.getString() : null;
    }
}
