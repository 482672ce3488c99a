package vn.edu.taphuan.cmi5.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.edu.taphuan.cmi5.entity.AuSession;
import vn.edu.taphuan.directory.control.StaffActors;
import vn.edu.taphuan.directory.entity.StaffActor;
import vn.edu.taphuan.platform.Database;
import vn.edu.taphuan.platform.DatabaseFailure;
import vn.edu.taphuan.platform.Sql;
import vn.edu.taphuan.xapi.control.LrsCredentials;
import vn.edu.taphuan.xapi.control.LrsTokens;
import vn.edu.taphuan.xapi.entity.LrsClient;
import vn.edu.taphuan.xapi.entity.LrsCredential;
import vn.edu.taphuan.xapi.entity.ReadScope;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The auth-tokens of AU sessions (cmi5 §8.2) as LRS credentials ({@link LrsTokens}). A token is
 * {@code Base64("cmi5:" + secret)}, sent as {@code Authorization: Basic <token>}; only the SHA-256 of the secret is
 * kept, with the session. Every session acts through one LRS credential, {@value #CREDENTIAL_KEY} (write, read all,
 * no completion right, no voiding of others'), which the service creates at the first launch: the statements of AUs
 * carry its authority, and a district admin who deactivates it stops every AU session at once. What one token may
 * touch — its learner, its registration — is checked before the LRS by {@code cmi5/boundary/SessionScopeFilter}.
 */
@ApplicationScoped
public class SessionTokens implements LrsTokens {
    public static final String CREDENTIAL_KEY = "cmi5-sessions";
    static final String PREFIX = "cmi5:";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Resource(lookup = Database.JNDI)
    DataSource dataSource;

    @Inject
    LrsCredentials credentials;

    @Inject
    StaffActors staffActors;

    @Inject
    Clock clock;

    @Override
    public Optional<LrsClient> client(String basicToken) {
        return session(basicToken).filter(s -> !s.expired(clock.instant()))
                .flatMap(s -> credentials.find(CREDENTIAL_KEY)).filter(LrsCredential::active).map(LrsClient::of);
    }

    /** Whether the Basic token is one of ours (expired or not): then no key:secret reading applies. */
    public static boolean isSessionToken(String basicToken) {
        return secretOf(basicToken) != null;
    }

    /** The session of a token, expired or not; empty for anything else. */
    public Optional<AuSession> session(String basicToken) {
        String secret = secretOf(basicToken);
        if (secret == null) {
            return Optional.empty();
        }
        try (Connection c = dataSource.getConnection()) {
            Optional<AuSession> found = Sql.of("SELECT session_id, registration, au_no, staff_id, expires_at FROM cmi5_session WHERE token_hash = ?",
                    sha256(secret)).first(c, rs -> new AuSession(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getLong(4), null,
                    Sql.instant(rs.getTimestamp(5))));
            if (found.isEmpty()) {
                return found;
            }
            AuSession s = found.get();
            StaffActor actor = staffActors.ofStaff(c, List.of(s.staffId())).get(s.staffId());
            return actor == null ? Optional.empty()
                    : Optional.of(new AuSession(s.sessionId(), s.registration(), s.auNo(), s.staffId(), actor.actorKey(), s.expiresAt()));
        } catch (SQLException e) {
            throw DatabaseFailure.of("Reading a cmi5 session", e);
        }
    }

    /**
     * cmi5 §8.2: the auth-token for a fetch key, the first time only. A second POST, or one after the session
     * expired, gets error 1 ("already in use or expired", §8.2.3.2); a key that was never issued, error 2.
     */
    @Transactional
    public Fetched fetch(String fetchKey) {
        String secret = random();
        Instant now = clock.instant();
        try (Connection c = dataSource.getConnection()) {
            int taken = Sql.of("UPDATE cmi5_session SET token_hash = ?, fetched_at = ? WHERE fetch_hash = ? AND fetched_at IS NULL AND expires_at > ?",
                    sha256(secret), now, sha256(fetchKey), now).update(c);
            if (taken == 1) {
                return new Fetched(token(secret), 0);
            }
            boolean known = Sql.of("SELECT COUNT(*) FROM cmi5_session WHERE fetch_hash = ?", sha256(fetchKey)).number(c) > 0;
            return new Fetched(null, known ? 1 : 2);
        } catch (SQLException e) {
            throw DatabaseFailure.of("Answering a cmi5 fetch URL", e);
        }
    }

    /** The answer of a fetch URL: the auth-token, or the cmi5 error code (1, 2; 3 is for failures of ours). */
    public record Fetched(String authToken, int errorCode) {
    }

    /** The one LRS credential AU sessions act through; made the first time (in a transaction of its own). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public LrsCredential sharedCredential() {
        return credentials.find(CREDENTIAL_KEY).orElseGet(() -> credentials.createWith(CREDENTIAL_KEY, random(),
                new LrsCredentials.Settings("cmi5: phiên học của AU / AU sessions", true, ReadScope.ALL, LrsCredential.Rights.NONE),
                "system"));
    }

    /** A new random secret (the fetch key, the auth-token's secret): 256 bits, URL-safe. */
    static String random() {
        byte[] b = new byte[32];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    static String token(String secret) {
        return Base64.getEncoder().encodeToString((PREFIX + secret).getBytes(StandardCharsets.UTF_8));
    }

    private static String secretOf(String basicToken) {
        try {
            String decoded = new String(Base64.getDecoder().decode(basicToken), StandardCharsets.UTF_8);
            return decoded.startsWith(PREFIX) && decoded.length() > PREFIX.length() ? decoded.substring(PREFIX.length()) : null;
        } catch (IllegalArgumentException notBase64) {
            return null;
        }
    }

    static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
