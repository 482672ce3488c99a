package vn.edu.taphuan.xapi.entity;

/**
 * The authenticated caller of one request to {@code /xapi/}: which credential, and what it may do. A null client
 * means the service itself (our own learning events).
 */
public record LrsClient(long credentialId, String key, String label, boolean canWrite, ReadScope readScope) {
    public static final String REQUEST_PROPERTY = LrsClient.class.getName();
}
