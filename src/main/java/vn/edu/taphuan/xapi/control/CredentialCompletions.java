package vn.edu.taphuan.xapi.control;

import vn.edu.taphuan.directory.control.StaffActors;
import vn.edu.taphuan.directory.entity.StaffActor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.edu.taphuan.xapi.entity.CompletionChanged;
import vn.edu.taphuan.xapi.entity.LrsClient;
import vn.edu.taphuan.xapi.entity.LrsCredential;
import vn.edu.taphuan.xapi.entity.UncountedReason;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.Set;
import java.util.Map;
import java.util.HashSet;

/**
 * The completions an LRS credential stated, counted ({@code completion}) or not ({@code completion_uncounted}),
 * judged again when a district admin changes the credential's school scope or completion right: a completion that
 * now counts moves into the figures, one that no longer counts moves out — each move announced as a
 * {@link CompletionChanged} in the caller's transaction, like a new or voided completion (docs/xapi.md §9).
 * The person's school is the one on the roster at the time of judging.
 */
@ApplicationScoped
public class CredentialCompletions {
    private static final int LISTED = 200;

    @PersistenceContext
    EntityManager em;

    @Inject
    StaffActors staffActors;

    @Inject
    Event<CompletionChanged> changed;

    /** What a re-judging moved: into the figures, out of them. */
    public record Moved(int intoFigures, int outOfFigures) {
    }

    /** A completion that does not count, as the admin xAPI page lists it. */
    public record Uncounted(String statementId, String credentialKey, String credentialLabel, String schoolCode, String staffCode,
                            String courseId, LocalDateTime completedAt, UncountedReason reason) {
    }

    private record Row(String statementId, long staffId, String courseId, long schoolId, String reason) {
    }

    /** Re-judges every completion the credential stated against its (new) rights; in the caller's transaction. */
    public Moved rejudge(long credentialId, LrsCredential.Rights rights) {
        try {
            Connection c = em.unwrap(Connection.class);
            int out = 0;
            for (Row r : rows(c, "completion", credentialId)) {
                UncountedReason reason = LrsClient.uncounted(rights, r.schoolId());
                if (reason != null) {
                    move(c, r, "completion", "completion_uncounted", reason);
                    out++;
                }
            }
            int in = 0;
            for (Row r : rows(c, "completion_uncounted", credentialId)) {
                UncountedReason reason = LrsClient.uncounted(rights, r.schoolId());
                if (reason == null) {
                    move(c, r, "completion_uncounted", "completion", null);
                    in++;
                } else if (!reason.name().equals(r.reason())) {
                    try (PreparedStatement p = c.prepareStatement("UPDATE completion_uncounted SET reason = ? WHERE statement_id = ?")) {
                        p.setString(1, reason.name());
                        p.setString(2, r.statementId());
                        p.executeUpdate();
                    }
                }
            }
            return new Moved(in, out);
        } catch (SQLException e) {
            throw new IllegalStateException("Re-judging the completions of LRS credential " + credentialId + " failed: " + e.getMessage(), e);
        }
    }

    /** The credential's rows of the table, each with the school its person belongs to (from the roster). */
    private List<Row> rows(Connection c, String table, long credentialId) throws SQLException {
        String reason = table.equals("completion") ? "CAST(NULL AS VARCHAR(8))" : "x.reason";
        List<String[]> found = new ArrayList<>();
        Set<Long> staffIds = new HashSet<>();
        try (PreparedStatement p = c.prepareStatement("SELECT x.statement_id, x.staff_id, x.course_id, " + reason
                + " FROM " + table + " x WHERE x.credential_id = ?")) {
            p.setLong(1, credentialId);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    found.add(new String[]{rs.getString(1), Long.toString(rs.getLong(2)), rs.getString(3), rs.getString(4)});
                    staffIds.add(rs.getLong(2));
                }
            }
        }
        Map<Long, StaffActor> people = staffActors.ofStaff(c, staffIds);
        List<Row> rows = new ArrayList<>(found.size());
        for (String[] f : found) {
            StaffActor person = people.get(Long.parseLong(f[1]));
            rows.add(new Row(f[0], person.staffId(), f[2], person.schoolId(), f[3]));
        }
        return rows;
    }

    /** Moves one completion between the two tables, the person locked first as for any completion change. */
    private void move(Connection c, Row r, String from, String to, UncountedReason reason) throws SQLException {
        staffActors.lockPerson(c, r.staffId());
        String columns = "statement_id, staff_id, course_id, course_version, completed_at, scaled_score, credential_id";
        try (PreparedStatement p = c.prepareStatement("INSERT INTO " + to + " (" + columns + (reason == null ? "" : ", reason")
                + ") SELECT " + columns + (reason == null ? "" : ", ?") + " FROM " + from + " WHERE statement_id = ?")) {
            int i = 1;
            if (reason != null) {
                p.setString(i++, reason.name());
            }
            p.setString(i, r.statementId());
            p.executeUpdate();
        }
        try (PreparedStatement p = c.prepareStatement("DELETE FROM " + from + " WHERE statement_id = ?")) {
            p.setString(1, r.statementId());
            p.executeUpdate();
        }
        changed.fire(new CompletionChanged(c, r.staffId(), r.courseId()));
    }

    /** The newest completions that do not count, of one credential (key) or of all (null). */
    @SuppressWarnings("unchecked")
    public List<Uncounted> uncounted(String credentialKey) {
        List<Object[]> rows = em.createNativeQuery("SELECT u.statement_id, x.api_key, x.label, u.staff_id, u.course_id, "
                        + "u.completed_at, u.reason FROM completion_uncounted u JOIN xapi_credential x ON x.id = u.credential_id "
                        + "WHERE (CAST(? AS VARCHAR(64)) IS NULL OR x.api_key = ?) ORDER BY u.completed_at DESC FETCH FIRST " + LISTED + " ROWS ONLY")
                .setParameter(1, credentialKey).setParameter(2, credentialKey).getResultList();
        Map<Long, StaffActor> people = staffActors.ofStaff(rows.stream().map(r -> ((Number) r[3]).longValue()).collect(Collectors.toSet()));
        return rows.stream().map(r -> {
            StaffActor person = people.get(((Number) r[3]).longValue());
            return new Uncounted((String) r[0], (String) r[1], (String) r[2], person.schoolCode(), person.staffCode(),
                    (String) r[4], ((Timestamp) r[5]).toLocalDateTime(), UncountedReason.valueOf((String) r[6]));
        }).toList();
    }
}
