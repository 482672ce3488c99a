package vn.edu.taphuan.xapi.entity;

/**
 * The authenticated caller of one request to {@code /xapi/}: which credential, what it may do with statements
 * (xAPI scopes) and with the programme figures ({@link LrsCredential.Rights}). A null client means the service
 * itself (our own learning events).
 */
public record LrsClient(long credentialId, String key, String label, boolean canWrite, ReadScope readScope,
                        LrsCredential.Rights rights) {
    public static final String REQUEST_PROPERTY = LrsClient.class.getName();

    /** A client without rights over the figures (tests, and callers that only read). */
    public LrsClient(long credentialId, String key, String label, boolean canWrite, ReadScope readScope) {
        this(credentialId, key, label, canWrite, readScope, LrsCredential.Rights.NONE);
    }

    public static LrsClient of(LrsCredential c) {
        return new LrsClient(c.id(), c.apiKey(), c.label(), c.canWrite(), c.readScope(), c.rights());
    }

    /**
     * Why a completion this credential states for a person of {@code schoolId} does not count, or null when it
     * counts: without the completion right nothing counts ({@code RIGHT}); with it, only staff of schools in its
     * scope ({@code SCOPE}).
     */
    public UncountedReason uncounted(long schoolId) {
        return uncounted(rights, schoolId);
    }

    public static UncountedReason uncounted(LrsCredential.Rights rights, long schoolId) {
        if (!rights.mayComplete()) {
            return UncountedReason.RIGHT;
        }
        return rights.allSchools() || rights.schoolIds().contains(schoolId) ? null : UncountedReason.SCOPE;
    }

    /** Whether this credential may void a statement stored by {@code storedBy} (null = the service itself). */
    public boolean mayVoid(Long storedBy) {
        return rights.mayVoidOthers() || Long.valueOf(credentialId).equals(storedBy);
    }
}
