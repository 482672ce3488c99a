package vn.edu.taphuan.cmi5.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.edu.taphuan.directory.control.StaffActors;
import vn.edu.taphuan.directory.entity.StaffActor;
import vn.edu.taphuan.platform.Database;
import vn.edu.taphuan.platform.DatabaseFailure;
import vn.edu.taphuan.platform.Sql;
import vn.edu.taphuan.xapi.control.StatementStore;
import vn.edu.taphuan.xapi.control.XapiProfile;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Abandoned AU sessions (cmi5 §9.3.6): a session without "terminated" is given up on, with one "abandoned"
 * statement and its auth-token ended, when the same AU is launched again in the registration, or when it is older
 * than {@code taphuan.cmi5.abandon-after-minutes} ({@link AbandonmentSweep}). The duration is the time from the
 * launch to the AU's last statement (§9.5.4.2), zero when it sent none.
 */
@ApplicationScoped
public class Abandonment {
    private static final String OPEN = "SELECT s.session_id, s.registration, s.au_no, s.staff_id, s.launched_at, s.last_statement_at, r.course_id, "
            + "r.package_id FROM cmi5_session s JOIN cmi5_registration r ON r.registration = s.registration "
            + "WHERE s.terminated_at IS NULL AND s.abandoned_at IS NULL AND ";

    @Resource(lookup = Database.JNDI)
    DataSource dataSource;

    @Inject
    PackageContent content;

    @Inject
    StaffActors staffActors;

    @Inject
    XapiProfile profile;

    @Inject
    StatementStore statements;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "taphuan.cmi5.abandon-after-minutes", defaultValue = "240")
    int abandonAfterMinutes;

    /** An open session as abandonment needs it. */
    record Open(String sessionId, String registration, int auNo, long staffId, Instant launchedAt, Instant lastStatementAt, String courseId,
                long packageId) {
    }

    /** The sessions launched longer ago than the limit and never terminated (at most 100 a turn); how many were abandoned. */
    @Transactional
    public int abandonStale() {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        try (Connection c = dataSource.getConnection()) {
            return abandon(c, Sql.of(OPEN + "s.launched_at < ? ORDER BY s.launched_at FETCH FIRST 100 ROWS ONLY",
                    now.minus(Duration.ofMinutes(abandonAfterMinutes))), now);
        } catch (SQLException e) {
            throw DatabaseFailure.of("Abandoning cmi5 sessions", e);
        }
    }

    /** At a new launch: the AU's earlier sessions of the registration that never terminated (cmi5 §9.3.6). */
    int abandonEarlier(Connection c, String registration, int auNo, String newSession, Instant now) throws SQLException {
        return abandon(c, Sql.of(OPEN + "s.registration = ? AND s.au_no = ? AND s.session_id <> ?", registration, auNo, newSession), now);
    }

    private int abandon(Connection c, Sql open, Instant now) throws SQLException {
        List<Open> found = open.list(c, rs -> new Open(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getLong(4), Sql.instant(rs.getTimestamp(5)),
                Sql.instant(rs.getTimestamp(6)), rs.getString(7), rs.getLong(8)));
        List<JsonObject> abandoned = new ArrayList<>();
        for (Open s : found) {
            // the claim: another instance, or the AU's own terminated, may have got there first
            int claimed = Sql.of("UPDATE cmi5_session SET abandoned_at = ?, expires_at = ? WHERE session_id = ? AND abandoned_at IS NULL "
                    + "AND terminated_at IS NULL", now, now, s.sessionId()).update(c);
            StaffActor learner = staffActors.ofStaff(c, List.of(s.staffId())).get(s.staffId());
            String auIri = content.aus(s.packageId()).stream().filter(a -> a.auNo() == s.auNo()).findFirst().map(a -> a.iri()).orElse(null);
            if (claimed == 1 && learner != null && auIri != null) {
                abandoned.add(statement(s, profile.actor(learner.actorKey()), auIri, now));
            }
        }
        if (!abandoned.isEmpty()) {
            statements.storeMinted(abandoned);
        }
        return abandoned.size();
    }

    private JsonObject statement(Open s, JsonObject actor, String auIri, Instant now) {
        Duration duration = s.lastStatementAt() == null ? Duration.ZERO : Duration.between(s.launchedAt(), s.lastStatementAt());
        JsonObject object = LmsStatements.activity(Launches.activityId(profile.base(), s.courseId(), auIri));
        return LmsStatements.statement(actor, LmsStatements.ABANDONED, object, s.registration(), auIri, LmsStatements.session(s.sessionId()), now)
                .add("result", Json.createObjectBuilder().add("duration", duration.toString())).build();
    }
}
