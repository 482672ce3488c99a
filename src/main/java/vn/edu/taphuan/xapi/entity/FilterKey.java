package vn.edu.taphuan.xapi.entity;

/**
 * One thing a statement can be found by (an agent, an activity, a verb, a registration), as stored in
 * {@code xapi_statement_key}: a 128-bit hash of the typed value, and whether it matches directly (the plain
 * {@code agent}/{@code activity} filters, verb, registration) or only with {@code related_agents} /
 * {@code related_activities}.
 */
public record FilterKey(String hash, boolean direct) {
}
