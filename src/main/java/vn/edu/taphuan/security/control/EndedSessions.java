package vn.edu.taphuan.security.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.edu.taphuan.platform.Clocks;
import vn.edu.taphuan.platform.Database;
import vn.edu.taphuan.platform.DatabaseFailure;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/**
 * Sign-outs, and sessions that must end, that every instance of a cluster honours. Sessions are replicated through the Hazelcast cluster, but an
 * instance that has served a session keeps a copy of its own and goes on trusting it when another instance
 * invalidates the session (found by FailoverIT). So a sign-out is also written to the database ({@code ended_session},
 * keyed by a hash of the session's random token), and a session-authenticated request checks there. A session found
 * open is not checked again for {@value #RECHECK_MILLIS} ms, which bounds both the cost (two primary-key reads per
 * session every two seconds at most, and the roster's for a staff account's leaving date) and the time a sign-out
 * takes to reach every instance.
 * <p>
 * The same check reads the account's standing: a session ends when the account's session generation moved past the
 * session's (a password reset, a disablement, a password change elsewhere), when the account was disabled or removed,
 * or when the staff member's leaving date has come — so these too reach every instance within that time.
 */
@ApplicationScoped
public class EndedSessions {
    private static final Logger LOG = Logger.getLogger(EndedSessions.class.getName());
    static final long RECHECK_MILLIS = 2000;
    /** Longer than any session lives (web.xml session-timeout); older rows are deleted. */
    static final Duration KEEP = Duration.ofDays(1);

    /** Non-transactional: a sign-out is committed at once, whatever transaction the request is in. */
    @Resource(lookup = Database.DIRECT)
    DataSource dataSource;

    @Inject
    Clock clock;

    @Inject
    AccountHolders holders;

    private final Map<String, Long> openAt = new ConcurrentHashMap<>();

    /** Records that the session of {@code user} ended (signed out). */
    public void end(SignedInUser user) {
        if (user.csrfToken() == null) {
            return;
        }
        String key = key(user.csrfToken());
        openAt.remove(key);
        LocalDateTime now = Clocks.utc(clock);
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement p = c.prepareStatement("INSERT INTO ended_session (key_hash, ended_at) VALUES (?, ?)")) {
                p.setString(1, key);
                p.setTimestamp(2, Timestamp.valueOf(now));
                p.executeUpdate();
            } catch (SQLException twice) {
                if (!DatabaseFailure.duplicate(twice)) {
                    throw twice;
                }
            }
            try (PreparedStatement p = c.prepareStatement("DELETE FROM ended_session WHERE ended_at < ?")) {
                p.setTimestamp(1, Timestamp.valueOf(now.minus(KEEP)));
                p.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not record the sign-out: " + e.getMessage(), e);
        }
    }

    /** Whether the session of {@code user} was signed out, on this instance or another. */
    public boolean ended(SignedInUser user) {
        if (user.csrfToken() == null) {
            return false;
        }
        String key = key(user.csrfToken());
        long now = clock.millis();
        Long checked = openAt.get(key);
        if (checked != null && now - checked < RECHECK_MILLIS) {
            return false;
        }
        Standing standing;
        try (Connection c = dataSource.getConnection()) {
            standing = signedOut(c, key) ? Standing.ENDED : standing(c, user);
        } catch (SQLException e) {
            // the database is unreachable: the request will fail on its own; do not sign everyone out for it
            LOG.warning("Could not check for a sign-out: " + e.getMessage());
            return false;
        }
        if (!standing.usable() || standing.staffId() != null && hasLeft(standing.staffId())) {
            openAt.remove(key);
            return true;
        }
        if (openAt.size() > 100_000) {
            openAt.values().removeIf(t -> now - t >= RECHECK_MILLIS);
        }
        openAt.put(key, now);
        return false;
    }

    private static boolean signedOut(Connection c, String key) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT 1 FROM ended_session WHERE key_hash = ?")) {
            p.setString(1, key);
            try (ResultSet rs = p.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** Whether an account may still be used, and the person it belongs to (null for an admin's account). */
    private record Standing(boolean usable, Long staffId) {
        static final Standing ENDED = new Standing(false, null);
    }

    /** The account's side of a session begun under {@code user.generation()}. */
    private static Standing standing(Connection c, SignedInUser user) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT session_generation, active, staff_id FROM account WHERE id = ?")) {
            p.setLong(1, user.accountId());
            try (ResultSet rs = p.executeQuery()) {
                if (!rs.next() || rs.getInt(1) != user.generation() || !rs.getBoolean(2)) {
                    return Standing.ENDED;
                }
                return new Standing(true, rs.getObject(3, Long.class));
            }
        }
    }

    /** The roster's side: whether the person's leaving date has come (asked after the connection above is back). */
    private boolean hasLeft(long staffId) {
        AccountHolders.Holder staff = holders.holders(List.of(staffId)).get(staffId);
        return staff != null && staff.leftBy(LocalDate.now(clock));
    }

    /**
     * Whether a staff member with this roster status and end date has left by {@code today}: from the end date on
     * (the roster's "leaves from"), or at once when marked LEFT without a date.
     */
    static boolean left(String status, LocalDate endDate, LocalDate today) {
        if (endDate != null) {
            return !endDate.isAfter(today);
        }
        return "LEFT".equals(status);
    }

    static String key(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
