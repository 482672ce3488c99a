package vn.edu.taphuan.cmi5.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.edu.taphuan.cmi5.entity.AssignableUnit;
import vn.edu.taphuan.cmi5.entity.Launch;
import vn.edu.taphuan.cmi5.entity.LaunchMode;
import vn.edu.taphuan.directory.control.StaffActors;
import vn.edu.taphuan.directory.entity.StaffActor;
import vn.edu.taphuan.platform.Database;
import vn.edu.taphuan.platform.DatabaseFailure;
import vn.edu.taphuan.platform.Sql;
import vn.edu.taphuan.xapi.control.DocumentStore;
import vn.edu.taphuan.xapi.control.Preconditions;
import vn.edu.taphuan.xapi.control.StatementStore;
import vn.edu.taphuan.xapi.control.XapiProfile;
import vn.edu.taphuan.xapi.entity.DocumentAddress;
import vn.edu.taphuan.xapi.entity.DocumentKind;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Launches an AU for a learner (cmi5 §8.1, §10, §11, §9.3.1), in one transaction: the registration (made at the
 * first launch of the course, reused after), the session with its one-time fetch URL, the {@code LMS.LaunchData}
 * State document, the learner preferences (when the learner has none yet), the "launched" statement; then the URL.
 */
@ApplicationScoped
public class Launches {

    @Resource(lookup = Database.JNDI)
    DataSource dataSource;

    @Inject
    PackageContent content;

    @Inject
    SessionTokens tokens;

    @Inject
    StaffActors staffActors;

    @Inject
    XapiProfile profile;

    @Inject
    DocumentStore documents;

    @Inject
    StatementStore statements;

    @Inject
    Clock clock;

    @Inject
    MoveOnProgress progress;

    @Inject
    Abandonment abandonment;

    @Inject
    @ConfigProperty(name = "taphuan.cmi5.session-hours", defaultValue = "12")
    int sessionHours;

    /** What the learner asked for: the AU, how, and where the AU sends them back to. */
    public record Request(long staffId, String courseId, int auNo, LaunchMode mode, boolean english) {
    }

    /** The launch, or empty when the course or the AU does not exist. */
    @Transactional
    public Optional<Launch> launch(Request r) {
        tokens.sharedCredential();
        StaffActor learner = staffActors.ofStaff(List.of(r.staffId())).get(r.staffId());
        if (learner == null) {
            return Optional.empty();
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        try (Connection c = dataSource.getConnection()) {
            // one learner's launches one at a time (a double tap, two tabs): the second finds the first's registration,
            // and the tables a launch writes are always taken in this order, so two launches cannot deadlock
            staffActors.lockPerson(c, r.staffId());
            Optional<Registration> registration = registration(c, r, now);
            Optional<AssignableUnit> au = registration.flatMap(reg -> content.aus(reg.packageId()).stream()
                    .filter(a -> a.auNo() == r.auNo()).findFirst());
            if (au.isEmpty()) {
                return Optional.empty();
            }
            String sessionId = UUID.randomUUID().toString();
            String fetchKey = SessionTokens.random();
            Sql.of("INSERT INTO cmi5_session (session_id, registration, au_no, staff_id, launch_mode, fetch_hash, launched_at, expires_at) VALUES ("
                    + Sql.marks(8) + ")", sessionId, registration.get().id(), r.auNo(), r.staffId(), r.mode().name(), SessionTokens.sha256(fetchKey),
                    now, now.plus(Duration.ofHours(sessionHours))).update(c);
            abandonment.abandonEarlier(c, registration.get().id(), r.auNo(), sessionId, now);
            Launch launch = record(learner, registration.get(), au.get(), sessionId, fetchKey, r, now);
            // cmi5 §9.6.1: moveOn is judged at registration too (a course of NotApplicable AUs is satisfied at once)
            progress.judge(c, registration.get().id(), sessionId, now);
            return Optional.of(launch);
        } catch (SQLException e) {
            throw DatabaseFailure.of("Launching a cmi5 AU", e);
        }
    }

    private Launch record(StaffActor learner, Registration reg, AssignableUnit au, String sessionId, String fetchKey, Request r, Instant now) {
        String base = profile.base();
        JsonObject actor = profile.actor(learner.actorKey());
        String activityId = activityId(base, reg.courseId(), au.iri());
        LaunchRecords records = new LaunchRecords(actor, au, activityId, reg.id(), sessionId, r.mode(), base);
        String agentKey = profile.agentKey(learner.actorKey());
        documents.put(new DocumentAddress(DocumentKind.STATE, activityId, agentKey, reg.id(), Cmi5Vocabulary.LAUNCH_DATA), "application/json",
                bytes(records.launchData()), Preconditions.NONE, null);
        DocumentAddress preferences = new DocumentAddress(DocumentKind.AGENT_PROFILE, null, agentKey, null, Cmi5Vocabulary.LEARNER_PREFERENCES);
        if (documents.find(preferences, null).isEmpty()) {
            documents.put(preferences, "application/json", bytes(LaunchRecords.learnerPreferences(r.english())), Preconditions.NONE, null);
        }
        String auUrl = au.isAbsolute() ? au.url() : base + "api/cmi5/content/" + reg.packageId() + "/" + au.url();
        statements.storeMinted(List.of(records.launched(auUrl, now)));
        String url = LaunchUrl.of(auUrl, LaunchUrl.parameters(base + "xapi/", base + "cmi5/fetch/" + fetchKey, actor.toString(), reg.id(),
                activityId));
        return new Launch(url, au.launchMethod(), reg.id(), sessionId, activityId, r.mode());
    }

    /**
     * The AU's activity id in our launches (cmi5 §8.1 activityId): ours, never the publisher's AU id, the same for
     * every registration — the course id and a hash of the AU's IRI under our base.
     */
    public static String activityId(String base, String courseId, String auIri) {
        return base + "activities/cmi5/" + courseId + "/aus/" + SessionTokens.sha256(auIri).substring(0, 16);
    }

    /** A learner's registration in a course: theirs if they have one, otherwise a new one on the newest version. */
    record Registration(String id, String courseId, long packageId) {
    }

    private Optional<Registration> registration(Connection c, Request r, Instant now) throws SQLException {
        Optional<Registration> found = Sql.of("SELECT registration, course_id, package_id FROM cmi5_registration WHERE staff_id = ? AND course_id = ?",
                r.staffId(), r.courseId()).first(c, rs -> new Registration(rs.getString(1), rs.getString(2), rs.getLong(3)));
        if (found.isPresent()) {
            return found;
        }
        Optional<Long> newest = content.course(r.courseId()).map(v -> v.current().packageId());
        if (newest.isEmpty()) {
            return Optional.empty();
        }
        Registration reg = new Registration(UUID.randomUUID().toString(), r.courseId(), newest.get());
        Sql.of("INSERT INTO cmi5_registration (registration, staff_id, course_id, package_id, created_at) VALUES (" + Sql.marks(5) + ")",
                reg.id(), r.staffId(), reg.courseId(), reg.packageId(), now).update(c);
        return Optional.of(reg);
    }

    private static byte[] bytes(JsonObject json) {
        return json.toString().getBytes(StandardCharsets.UTF_8);
    }
}
