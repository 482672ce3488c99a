package vn.edu.taphuan.cmi5.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.transaction.Transactional;
import vn.edu.taphuan.cmi5.entity.AssignableUnit;
import vn.edu.taphuan.cmi5.entity.AuSession;
import vn.edu.taphuan.cmi5.entity.Block;
import vn.edu.taphuan.cmi5.entity.LaunchMode;
import vn.edu.taphuan.cmi5.entity.Satisfaction;
import vn.edu.taphuan.directory.control.StaffActors;
import vn.edu.taphuan.platform.Database;
import vn.edu.taphuan.platform.DatabaseFailure;
import vn.edu.taphuan.platform.Sql;
import vn.edu.taphuan.xapi.control.LearningRecord;
import vn.edu.taphuan.xapi.control.StatementStore;
import vn.edu.taphuan.xapi.control.XapiProfile;
import vn.edu.taphuan.xapi.entity.LearningEvent;

import javax.sql.DataSource;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The LMS's side of moveOn (cmi5 §13.1.4, §9.3.9): notes each AU's first completed and passed statement of a
 * registration, judges the structure ({@link Satisfaction}) and, for every block and for the course newly satisfied,
 * records the "satisfied" statement (once per registration, §9.3). A satisfied course is also recorded as a
 * completion of our course id ({@code LearningEvent.COURSE_COMPLETED}, authority system), so the completion
 * projection counts it and a programme requiring the course moves the school's figure, as for our own courses.
 */
@ApplicationScoped
public class MoveOnProgress {

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
    LearningRecord learningRecord;

    @Inject
    Clock clock;

    /** A registration as moveOn needs it. */
    record Registration(String id, long staffId, String courseId, long packageId, boolean satisfied) {
    }

    /**
     * After the LRS stored an AU session's statements: the AU's completed / passed (Normal launches only, cmi5 §10
     * launchMode; a passed below the masteryScore does not count, §9.3.4), then the judgement.
     */
    @Transactional
    public void afterAuStatements(AuSession session, List<JsonObject> sent) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        try (Connection c = dataSource.getConnection()) {
            Optional<Registration> reg = registration(c, session.registration());
            Optional<AssignableUnit> au = reg.flatMap(r -> content.aus(r.packageId()).stream().filter(a -> a.auNo() == session.auNo()).findFirst());
            if (au.isEmpty()) {
                return;
            }
            String activityId = Launches.activityId(profile.base(), reg.get().courseId(), au.get().iri());
            boolean terminated = sent.stream().anyMatch(s -> is(s, activityId, Cmi5Vocabulary.TERMINATED));
            String verbs = sent.stream().filter(s -> AuStatementRules.isDefined(s, activityId)).map(s -> s.getJsonObject("verb").getString("id", ""))
                    .reduce("", (a, b) -> a + " " + b);
            Sql.of("UPDATE cmi5_session SET last_statement_at = ?, verbs_used = verbs_used || ?"
                    + (terminated ? ", terminated_at = ?" : "") + " WHERE session_id = ?",
                    terminated ? new Object[]{now, verbs, now, session.sessionId()} : new Object[]{now, verbs, session.sessionId()}).update(c);
            String mode = Sql.of("SELECT launch_mode FROM cmi5_session WHERE session_id = ?", session.sessionId()).first(c, rs -> rs.getString(1))
                    .orElse("");
            boolean completed = sent.stream().anyMatch(s -> is(s, activityId, XapiProfile.COMPLETED));
            boolean passed = sent.stream().anyMatch(s -> is(s, activityId, XapiProfile.PASSED) && meetsMastery(s, au.get()));
            if (LaunchMode.Normal.name().equals(mode) && (completed || passed)) {
                note(c, session.registration(), session.auNo(), completed, passed, now);
                judge(c, session.registration(), session.sessionId(), now);
            }
        } catch (SQLException e) {
            throw DatabaseFailure.of("Judging cmi5 moveOn", e);
        }
    }

    /**
     * The session as the statement rules need it (cmi5 §9.3, {@link AuStatementRules}), or empty when the session's
     * registration or AU is gone.
     */
    public Optional<AuStatementRules.State> state(AuSession session) {
        try (Connection c = dataSource.getConnection()) {
            Optional<Registration> reg = registration(c, session.registration());
            Optional<AssignableUnit> au = reg.flatMap(r -> content.aus(r.packageId()).stream().filter(a -> a.auNo() == session.auNo()).findFirst());
            if (au.isEmpty()) {
                return Optional.empty();
            }
            String activityId = Launches.activityId(profile.base(), reg.get().courseId(), au.get().iri());
            boolean[] done = new boolean[2];
            Sql.of("SELECT completed_at, passed_at FROM cmi5_au_progress WHERE registration = ? AND au_no = ?", session.registration(), session.auNo())
                    .each(c, rs -> {
                        done[0] = rs.getTimestamp(1) != null;
                        done[1] = rs.getTimestamp(2) != null;
                    });
            return Sql.of("SELECT launch_mode, last_statement_at, terminated_at, verbs_used FROM cmi5_session WHERE session_id = ?", session.sessionId())
                    .first(c, rs -> new AuStatementRules.State(rs.getString(1), rs.getTimestamp(2) != null, rs.getTimestamp(3) != null,
                            new HashSet<>(Arrays.asList(rs.getString(4).strip().split("\\s+"))), done[0], done[1], au.get().masteryScore(), activityId, session.sessionId(),
                            au.get().iri()));
        } catch (SQLException e) {
            throw DatabaseFailure.of("Reading a cmi5 session", e);
        }
    }

    /** Whether the statement is a cmi5 defined one with this verb about the session's AU. */
    private static boolean is(JsonObject s, String activityId, String verb) {
        return s.get("object") instanceof JsonObject o && activityId.equals(o.getString("id", null)) && s.get("verb") instanceof JsonObject v
                && verb.equals(v.getString("id", ""));
    }

    /** cmi5 §9.3.4: a passed statement with a scaled score below the masteryScore is no pass. */
    static boolean meetsMastery(JsonObject statement, AssignableUnit au) {
        if (au.masteryScore() == null || !(statement.get("result") instanceof JsonObject r) || !(r.get("score") instanceof JsonObject score)
                || !(score.get("scaled") instanceof JsonNumber scaled)) {
            return true;
        }
        return scaled.bigDecimalValue().compareTo(au.masteryScore()) >= 0;
    }

    public static List<JsonObject> statementsOf(String body) {
        try {
            JsonValue v = Json.createReader(new StringReader(body)).readValue();
            List<JsonObject> all = new ArrayList<>();
            (v instanceof JsonArray a ? a : List.of(v)).forEach(x -> {
                if (x instanceof JsonObject o) {
                    all.add(o);
                }
            });
            return all;
        } catch (JsonException | IllegalStateException e) {
            return List.of();
        }
    }

    private static void note(Connection c, String registration, int auNo, boolean completed, boolean passed, Instant now) throws SQLException {
        if (Sql.of("SELECT COUNT(*) FROM cmi5_au_progress WHERE registration = ? AND au_no = ?", registration, auNo).number(c) == 0) {
            Sql.of("INSERT INTO cmi5_au_progress (registration, au_no) VALUES (?, ?)", registration, auNo).update(c);
        }
        if (completed) {
            Sql.of("UPDATE cmi5_au_progress SET completed_at = ? WHERE registration = ? AND au_no = ? AND completed_at IS NULL", now, registration, auNo)
                    .update(c);
        }
        if (passed) {
            Sql.of("UPDATE cmi5_au_progress SET passed_at = ? WHERE registration = ? AND au_no = ? AND passed_at IS NULL", now, registration, auNo)
                    .update(c);
        }
    }

    /** Judges the registration and records what is newly satisfied, on {@code c} in the caller's transaction. */
    void judge(Connection c, String registration, String sessionId, Instant now) throws SQLException {
        Optional<Registration> found = registration(c, registration);
        if (found.isEmpty() || found.get().satisfied()) {
            return;
        }
        Registration reg = found.get();
        Set<Integer> completed = new HashSet<>();
        Set<Integer> passed = new HashSet<>();
        Sql.of("SELECT au_no, completed_at, passed_at FROM cmi5_au_progress WHERE registration = ?", registration).each(c, rs -> {
            if (rs.getTimestamp(2) != null) {
                completed.add(rs.getInt(1));
            }
            if (rs.getTimestamp(3) != null) {
                passed.add(rs.getInt(1));
            }
        });
        List<Block> blocks = content.blocks(reg.packageId());
        Satisfaction s = Satisfaction.of(blocks, content.aus(reg.packageId()), completed, passed);
        Set<Integer> already = new HashSet<>(Sql.of("SELECT block_no FROM cmi5_block_satisfied WHERE registration = ?", registration)
                .list(c, rs -> rs.getInt(1)));
        JsonObject actor = profile.actor(staffActors.ofStaff(c, List.of(reg.staffId())).get(reg.staffId()).actorKey());
        List<JsonObject> satisfied = new ArrayList<>();
        for (Block b : blocks) {
            if (s.satisfiedBlocks().contains(b.blockNo()) && !already.contains(b.blockNo())) {
                Sql.of("INSERT INTO cmi5_block_satisfied (registration, block_no, satisfied_at) VALUES (?, ?, ?)", registration, b.blockNo(), now).update(c);
                satisfied.add(LmsStatements.satisfied(actor, blockId(reg.courseId(), b.iri()), Cmi5Vocabulary.TYPE_BLOCK, b.iri(), registration, sessionId, now));
            }
        }
        boolean courseNow = s.courseSatisfied() && Sql.of("UPDATE cmi5_registration SET satisfied_at = ? WHERE registration = ? AND satisfied_at IS NULL",
                now, registration).update(c) == 1;
        if (courseNow) {
            String courseIri = Sql.of("SELECT course_iri FROM cmi5_package WHERE id = ?", reg.packageId()).first(c, rs -> rs.getString(1)).orElseThrow();
            satisfied.add(LmsStatements.satisfied(actor, profile.base() + "activities/cmi5/" + reg.courseId(), Cmi5Vocabulary.TYPE_COURSE, courseIri,
                    registration, sessionId, now));
        }
        if (!satisfied.isEmpty()) {
            statements.storeMinted(satisfied);
        }
        if (courseNow) {
            learningRecord.record(new LearningEvent(LearningEvent.Kind.COURSE_COMPLETED, reg.staffId(), reg.courseId(), content.version(reg.packageId()),
                    null, UUID.fromString(registration), null, null, Boolean.TRUE, null, now));
        }
    }

    private String blockId(String courseId, String blockIri) {
        return profile.base() + "activities/cmi5/" + courseId + "/blocks/" + SessionTokens.sha256(blockIri).substring(0, 16);
    }

    private static Optional<Registration> registration(Connection c, String registration) throws SQLException {
        return Sql.of("SELECT registration, staff_id, course_id, package_id, satisfied_at FROM cmi5_registration WHERE registration = ?", registration)
                .first(c, rs -> new Registration(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getLong(4), rs.getTimestamp(5) != null));
    }
}
