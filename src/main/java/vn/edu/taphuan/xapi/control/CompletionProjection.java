package vn.edu.taphuan.xapi.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import vn.edu.taphuan.platform.Sql;
import vn.edu.taphuan.directory.control.StaffActors;
import vn.edu.taphuan.directory.entity.StaffActor;
import vn.edu.taphuan.xapi.control.validation.Formats;
import vn.edu.taphuan.xapi.entity.CompletionChanged;
import vn.edu.taphuan.xapi.entity.LrsClient;
import vn.edu.taphuan.xapi.entity.UncountedReason;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * Keeps the {@code completion} table (read by the reports) in step with the statements, in the statement's
 * transaction: a stored statement that completes one of our courses for a staff member adds a row, voiding it
 * deletes the row. The rule (docs/xapi.md §7) is the same for our own statements and for external ones. Each
 * change is announced as a {@link CompletionChanged} event in the same transaction, for the projections built on
 * completions (reporting's programme progress).
 */
@ApplicationScoped
public class CompletionProjection {
    static final Set<String> COMPLETING = Set.of(XapiProfile.COMPLETED, XapiProfile.PASSED);

    @Inject
    XapiProfile profile;

    @Inject
    Event<CompletionChanged> changed;

    @Inject
    StaffActors staffActors;

    /** What a statement says about a course completion, if it completes one of our courses. */
    public record CourseCompletion(String actorKey, String courseId, int courseVersion, Instant completedAt, BigDecimal scaledScore) {
    }

    /** Pure: whether the (stamped) statement completes a course, regardless of who the actor is. */
    public Optional<CourseCompletion> completes(JsonObject s) {
        if (!(s.get("verb") instanceof JsonObject verb) || !COMPLETING.contains(verb.getString("id", ""))) {
            return Optional.empty();
        }
        if (!(s.get("object") instanceof JsonObject object) || !"Activity".equals(object.getString("objectType", "Activity"))) {
            return Optional.empty();
        }
        Optional<String> courseId = profile.courseIdOf(object.getString("id", null));
        if (courseId.isEmpty()) {
            return Optional.empty();
        }
        if (!(s.get("actor") instanceof JsonObject actor) || !"Agent".equals(actor.getString("objectType", "Agent"))
                || !(actor.get("account") instanceof JsonObject account)
                || !profile.isOurHomePage(account.getString("homePage", null)) || !(account.get("name") instanceof JsonString name)) {
            return Optional.empty();
        }
        JsonObject result = s.get("result") instanceof JsonObject r ? r : JsonValue.EMPTY_JSON_OBJECT;
        if (result.get("success") == JsonValue.FALSE) {
            return Optional.empty();
        }
        Instant at = Formats.instant(s.getString("timestamp", null));
        if (at == null) {
            at = Formats.instant(s.getString("stored", null));
        }
        return Optional.of(new CourseCompletion(name.getString(), courseId.get(), courseVersion(s), at, scaled(result)));
    }

    private int courseVersion(JsonObject s) {
        if (s.get("context") instanceof JsonObject c && c.get("extensions") instanceof JsonObject ext
                && ext.get(profile.courseVersionExtension()) instanceof JsonNumber n && n.isIntegral()) {
            try {
                return n.intValueExact();
            } catch (ArithmeticException tooBig) {
                return 1;
            }
        }
        return 1;
    }

    private static BigDecimal scaled(JsonObject result) {
        if (!(result.get("score") instanceof JsonObject score)) {
            return null;
        }
        BigDecimal value = null;
        if (score.get("scaled") instanceof JsonNumber scaled) {
            value = scaled.bigDecimalValue();
        } else if (score.get("raw") instanceof JsonNumber raw && score.get("max") instanceof JsonNumber max
                && max.bigDecimalValue().signum() > 0) {
            BigDecimal min = score.get("min") instanceof JsonNumber m ? m.bigDecimalValue() : BigDecimal.ZERO;
            BigDecimal range = max.bigDecimalValue().subtract(min);
            value = range.signum() > 0 ? raw.bigDecimalValue().subtract(min).divide(range, 4, RoundingMode.HALF_UP) : null;
        }
        return value == null ? null : value.setScale(4, RoundingMode.HALF_UP);
    }

    /**
     * Adds the completion row when the statement completes a course for a staff member on the roster: to
     * {@code completion} when it counts — our own statements ({@code client} null) always, a credential's only
     * with its completion right and for staff of schools in its scope — otherwise to {@code completion_uncounted}
     * with the reason (docs/xapi.md §7, §9). The statement itself is stored either way.
     */
    void apply(Connection c, String statementId, JsonObject stamped, LrsClient client) throws SQLException {
        Optional<CourseCompletion> completion = completes(stamped);
        if (completion.isEmpty()) {
            return;
        }
        CourseCompletion cc = completion.get();
        Optional<StaffActor> person = staffActors.ofActor(c, cc.actorKey());
        if (person.isEmpty()) {
            return;
        }
        long staffId = person.get().staffId();
        UncountedReason reason = client == null ? null : client.uncounted(person.get().schoolId());
        if (reason != null) {
            insert(c, "completion_uncounted", statementId, staffId, cc, client.credentialId(), reason);
            return;
        }
        staffActors.lockPerson(c, staffId);
        insert(c, "completion", statementId, staffId, cc, client == null ? null : client.credentialId(), null);
        changed.fire(new CompletionChanged(c, staffId, cc.courseId()));
    }

    private static void insert(Connection c, String table, String statementId, long staffId, CourseCompletion cc, Long credentialId,
                               UncountedReason reason) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO " + table + " (statement_id, staff_id, course_id, course_version, "
                + "completed_at, scaled_score, credential_id" + (reason == null ? "" : ", reason") + ") VALUES (?, ?, ?, ?, ?, ?, ?"
                + (reason == null ? "" : ", ?") + ")")) {
            p.setString(1, statementId);
            p.setLong(2, staffId);
            p.setString(3, cc.courseId());
            p.setInt(4, cc.courseVersion());
            p.setTimestamp(5, Sql.utc(cc.completedAt()));
            p.setBigDecimal(6, cc.scaledScore());
            if (credentialId == null) {
                p.setNull(7, java.sql.Types.BIGINT);
            } else {
                p.setLong(7, credentialId);
            }
            if (reason != null) {
                p.setString(8, reason.name());
            }
            p.executeUpdate();
        }
    }

    /**
     * The completion of a voided statement is revoked (or, when it did not count, forgotten). Returns the person
     * and course it concerned, for the audit entry of the void, or null when the statement completed nothing.
     */
    Revoked revoke(Connection c, String statementId) throws SQLException {
        Revoked uncounted = revokeUncounted(c, statementId);
        if (uncounted != null) {
            return uncounted;
        }
        long staffId;
        String courseId;
        try (PreparedStatement p = c.prepareStatement("SELECT staff_id, course_id FROM completion WHERE statement_id = ?")) {
            p.setString(1, statementId);
            try (ResultSet rs = p.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                staffId = rs.getLong(1);
                courseId = rs.getString(2);
            }
        }
        staffActors.lockPerson(c, staffId);
        try (PreparedStatement p = c.prepareStatement("DELETE FROM completion WHERE statement_id = ?")) {
            p.setString(1, statementId);
            p.executeUpdate();
        }
        changed.fire(new CompletionChanged(c, staffId, courseId));
        return new Revoked(staffId, courseId, true);
    }

    /** What a void took away: a person's completion of a course, counted or not. */
    public record Revoked(long staffId, String courseId, boolean counted) {
    }

    private static Revoked revokeUncounted(Connection c, String statementId) throws SQLException {
        Revoked found = null;
        try (PreparedStatement p = c.prepareStatement("SELECT staff_id, course_id FROM completion_uncounted WHERE statement_id = ?")) {
            p.setString(1, statementId);
            try (ResultSet rs = p.executeQuery()) {
                if (rs.next()) {
                    found = new Revoked(rs.getLong(1), rs.getString(2), false);
                }
            }
        }
        if (found != null) {
            try (PreparedStatement p = c.prepareStatement("DELETE FROM completion_uncounted WHERE statement_id = ?")) {
                p.setString(1, statementId);
                p.executeUpdate();
            }
        }
        return found;
    }

}
