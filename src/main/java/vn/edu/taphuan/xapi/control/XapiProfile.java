package vn.edu.taphuan.xapi.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Our xAPI profile (docs/xapi.md): the IRIs of courses, lessons, quizzes, questions and programmes under the
 * deployment's base IRI, the verbs, and the actor and authority objects. One place, so the statements we write
 * and the statements we recognise (completions from elsewhere) cannot drift apart.
 */
@ApplicationScoped
public class XapiProfile {
    public static final String ADL_VERBS = "http://adlnet.gov/expapi/verbs/";
    public static final String LAUNCHED = ADL_VERBS + "launched";
    public static final String EXPERIENCED = ADL_VERBS + "experienced";
    public static final String ANSWERED = ADL_VERBS + "answered";
    public static final String PASSED = ADL_VERBS + "passed";
    public static final String FAILED = ADL_VERBS + "failed";
    public static final String COMPLETED = ADL_VERBS + "completed";
    public static final String SCORED = ADL_VERBS + "scored";
    public static final String VOIDED = ADL_VERBS + "voided";

    public static final String ADL_ACTIVITIES = "http://adlnet.gov/expapi/activities/";
    public static final String TYPE_COURSE = ADL_ACTIVITIES + "course";
    public static final String TYPE_LESSON = ADL_ACTIVITIES + "lesson";
    public static final String TYPE_ASSESSMENT = ADL_ACTIVITIES + "assessment";
    public static final String TYPE_INTERACTION = ADL_ACTIVITIES + "cmi.interaction";
    public static final String TYPE_PROFILE = ADL_ACTIVITIES + "profile";

    /** A course id as the course files use it: lower-case words joined by hyphens. */
    private static final Pattern COURSE_ID = Pattern.compile("[a-z0-9][a-z0-9._-]*");

    @Inject
    @ConfigProperty(name = "taphuan.base.iri")
    String configuredBase;

    @Inject
    @ConfigProperty(name = "taphuan.xapi.programme", defaultValue = "")
    String configuredProgramme;

    private String base;
    private String programme;

    public XapiProfile() {
    }

    /** For tests and tools outside the container. */
    public XapiProfile(String baseIri, String programmeId) {
        this.configuredBase = baseIri;
        this.configuredProgramme = programmeId;
        init();
    }

    @PostConstruct
    void init() {
        base = configuredBase.endsWith("/") ? configuredBase : configuredBase + "/";
        programme = configuredProgramme == null ? "" : configuredProgramme.strip();
    }

    public String base() {
        return base;
    }

    public String course(String courseId) {
        return base + "activities/courses/" + courseId;
    }

    public String lesson(String courseId, String lessonId) {
        return course(courseId) + "/lessons/" + lessonId;
    }

    public String quiz(String courseId) {
        return course(courseId) + "/quiz";
    }

    /** The pre-test before the first lesson: an assessment of its own, beside the quiz. */
    public String pretest(String courseId) {
        return course(courseId) + "/pretest";
    }

    public String question(String courseId, String questionId) {
        return quiz(courseId) + "/questions/" + questionId;
    }

    /** The programme activity, when the deployment names one. */
    public Optional<String> programme() {
        return programme.isEmpty() ? Optional.empty() : Optional.of(base + "activities/programmes/" + programme);
    }

    public String programmeType() {
        return base + "activity-types/programme";
    }

    public String profileActivity() {
        return base + "xapi-profile";
    }

    public String schoolCodeExtension() {
        return base + "extensions/school-code";
    }

    public String courseVersionExtension() {
        return base + "extensions/course-version";
    }

    /** The course id when {@code activityId} is one of our course activities (not a lesson, quiz or question). */
    public Optional<String> courseIdOf(String activityId) {
        String prefix = base + "activities/courses/";
        if (activityId == null || !activityId.startsWith(prefix)) {
            return Optional.empty();
        }
        String id = activityId.substring(prefix.length());
        return COURSE_ID.matcher(id).matches() ? Optional.of(id) : Optional.empty();
    }

    /** Whether an account's homePage is this deployment (with or without the final slash). */
    public boolean isOurHomePage(String homePage) {
        return homePage != null && (homePage.equals(base) || (homePage + "/").equals(base));
    }

    /** The actor of a staff member: an account with an opaque key, nothing personal (docs/xapi.md §1). */
    public JsonObject actor(String actorKey) {
        var json = StatementJson.JSON;
        return json.createObjectBuilder().add("objectType", "Agent")
                .add("account", json.createObjectBuilder().add("homePage", base).add("name", actorKey)).build();
    }

    /** The filter key the LRS files a staff member's statements and documents under (of {@link #actor}'s IFI). */
    public String agentKey(String actorKey) {
        return StatementKeys.agent(Ifi.of(actor(actorKey)));
    }

    /** The authority of the statements this service records itself. */
    public JsonObject systemAuthority() {
        var json = StatementJson.JSON;
        return json.createObjectBuilder().add("objectType", "Agent").add("name", "Tập huấn")
                .add("account", json.createObjectBuilder().add("homePage", base).add("name", "system")).build();
    }

    /** The authority of statements sent with an LRS credential (xAPI Data 2.4.9.s3.b2). */
    public JsonObject credentialAuthority(String key, String label) {
        var json = StatementJson.JSON;
        return json.createObjectBuilder().add("objectType", "Agent").add("name", label)
                .add("account", json.createObjectBuilder().add("homePage", base + "xapi/").add("name", key)).build();
    }
}
