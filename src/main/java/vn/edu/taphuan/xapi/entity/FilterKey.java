package vn.edu.taphuan.xapi.entity;

/**
 * One thing a statement can be found by (an agent, an activity, a verb, a registration), as stored in
 * {@code xapi_statement_key}: a 128-bit hash of the typed value, and whether it matches directly ({@link #DIRECT},
 * the plain {@code agent}/{@code activity} filters) or only with {@code related_agents}/{@code related_activities}
 * ({@link #RELATED}).
 */
public record FilterKey(String hash, char scope) {
    public static final char DIRECT = 'D';
    public static final char RELATED = 'R';
}
