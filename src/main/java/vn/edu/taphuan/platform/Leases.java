package vn.edu.taphuan.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import javax.sql.DataSource;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * Named leases in the shared database ({@code cluster_lease}): work that must run on one instance of the cluster at a
 * time takes the lease, renews it while it works and releases it when done; an instance that dies lets it expire.
 * Taking is one conditional {@code UPDATE}: the database serialises updates of the row, so of two instances reaching
 * for a free lease exactly one gets it. Each update commits on its own on the non-transactional data source
 * ({@link Database#DIRECT}): a lease must be visible to the other instances at once, whatever the caller's
 * transaction does. Times are the instances' UTC clocks (kept in step by NTP, like the outbox leases); the lease
 * lengths are long enough that seconds of drift do not matter. See docs/decisions/0005-background-work.md.
 */
@ApplicationScoped
public class Leases {
    /** This process, as a lease holder: host, process id and a random part (two instances may share a host). */
    public static final String INSTANCE = host() + "/" + ProcessHandle.current().pid() + "/" + UUID.randomUUID().toString().substring(0, 8);

    @Inject
    Clock clock;

    @Resource(lookup = Database.DIRECT)
    DataSource dataSource;

    /** Takes the lease, or renews it when {@code holder} has it already; false while someone else holds it. */
    public boolean take(String name, String holder, Duration length) {
        Instant now = clock.instant();
        return update("UPDATE cluster_lease SET holder = ?, lease_until = ? WHERE name = ? AND (holder = ? OR lease_until < ?)",
                holder, now.plus(length), name, holder, now) == 1;
    }

    /** Gives the lease back at once (nothing happens when {@code holder} lost it meanwhile). */
    public void release(String name, String holder) {
        update("UPDATE cluster_lease SET holder = '-', lease_until = ? WHERE name = ? AND holder = ?",
                Instant.EPOCH, name, holder);
    }

    private int update(String sql, Object... params) {
        try (Connection c = dataSource.getConnection()) {
            return Sql.of(sql, params).update(c);
        } catch (SQLException e) {
            throw DatabaseFailure.of("Lease update", e);
        }
    }

    private static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "unknown-host";
        }
    }
}
