package vn.edu.taphuan.cmi5.entity;

/**
 * What a launch answers the learner's page (cmi5 §8.1): the URL to open (with endpoint, fetch, actor, registration
 * and activityId), how to open it ({@code launchMethod}: {@code OwnWindow} or {@code AnyWindow}), and the ids.
 */
public record Launch(String url, String launchMethod, String registration, String sessionId, String activityId, LaunchMode launchMode) {
}
