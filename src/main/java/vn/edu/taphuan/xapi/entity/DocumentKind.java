package vn.edu.taphuan.xapi.entity;

/**
 * The three document resources of xAPI (Communication 2.2): where each lives, which parameter names a document, and
 * whether a PUT over an existing document must carry a precondition. The State resource takes PUT, POST and DELETE
 * without concurrency headers "since state conflicts are unlikely" (3.1.s3); the two profile resources require
 * If-Match or If-None-Match on a PUT (3.1.s3.b1), and an LRS answers 409 when an existing profile is PUT without
 * either (3.1.s4.b13).
 */
public enum DocumentKind {
    STATE("activities/state", "stateId", "Communication 2.3", false),
    ACTIVITY_PROFILE("activities/profile", "profileId", "Communication 2.7", true),
    AGENT_PROFILE("agents/profile", "profileId", "Communication 2.6", true);

    private final String path;
    private final String idParameter;
    private final String section;
    private final boolean putNeedsPrecondition;

    DocumentKind(String path, String idParameter, String section, boolean putNeedsPrecondition) {
        this.path = path;
        this.idParameter = idParameter;
        this.section = section;
        this.putNeedsPrecondition = putNeedsPrecondition;
    }

    public String path() {
        return path;
    }

    public String idParameter() {
        return idParameter;
    }

    public String section() {
        return section;
    }

    public boolean putNeedsPrecondition() {
        return putNeedsPrecondition;
    }
}
