package vn.edu.taphuan.cmi5.control;

import vn.edu.taphuan.xapi.control.XapiProfile;

/**
 * The IRIs cmi5 defines beyond our xAPI profile's (cmi5 §9.3 verbs, §9.6 context, §9.3.9 activity types, §10 and §11
 * document ids); the ADL verbs both use (launched, completed, passed, failed, voided) are {@link XapiProfile}'s.
 */
public final class Cmi5Vocabulary {
    public static final String INITIALIZED = XapiProfile.ADL_VERBS + "initialized";
    public static final String TERMINATED = XapiProfile.ADL_VERBS + "terminated";
    public static final String SATISFIED = "https://w3id.org/xapi/adl/verbs/satisfied";

    public static final String CATEGORY_CMI5 = "https://w3id.org/xapi/cmi5/context/categories/cmi5";
    public static final String CATEGORY_MOVEON = "https://w3id.org/xapi/cmi5/context/categories/moveon";
    public static final String TYPE_COURSE = "https://w3id.org/xapi/cmi5/activitytype/course";
    public static final String TYPE_BLOCK = "https://w3id.org/xapi/cmi5/activitytype/block";

    private static final String EXTENSIONS = "https://w3id.org/xapi/cmi5/context/extensions/";
    public static final String SESSION_ID = EXTENSIONS + "sessionid";
    public static final String MASTERY_SCORE = EXTENSIONS + "masteryscore";
    public static final String LAUNCH_MODE = EXTENSIONS + "launchmode";
    public static final String LAUNCH_URL = EXTENSIONS + "launchurl";
    public static final String MOVE_ON = EXTENSIONS + "moveon";
    public static final String LAUNCH_PARAMETERS = EXTENSIONS + "launchparameters";

    public static final String LAUNCH_DATA = "LMS.LaunchData";
    public static final String LEARNER_PREFERENCES = "cmi5LearnerPreferences";

    private Cmi5Vocabulary() {
    }
}
