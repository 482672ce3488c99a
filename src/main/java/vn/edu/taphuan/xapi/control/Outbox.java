package vn.edu.taphuan.xapi.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import vn.edu.taphuan.platform.Database;
import vn.edu.taphuan.xapi.entity.ForwardTarget;
import vn.edu.taphuan.xapi.entity.OutboxEntry;
import vn.edu.taphuan.xapi.entity.ParkedStatement;
import vn.edu.taphuan.xapi.entity.TargetStatus;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The outbox to external LRSs and each target's delivery state. The rows are written with the statements
 * ({@link StatementStore}); this class is the forwarders' side. Every method is one or a few auto-committed
 * statements on the non-transactional data source ({@link Database#DIRECT}), outside any JTA transaction, so a
 * claim is visible to other instances at once; recording a delivery is one short transaction there.
 * <p>
 * <b>Claiming</b>: a forwarder picks the oldest due rows and takes them with one {@code UPDATE … WHERE target = ? AND
 * seq IN (…) AND (lease_until IS NULL OR lease_until < now)} under a fresh token. The database serialises concurrent updates of a
 * row, so when two instances (sharing one database) reach for the same rows, each row goes to one of them only. A
 * forwarder that dies leaves its lease to expire and the rows to be claimed again. Statement ids are fixed, so even a
 * delivery repeated after an expired lease is answered by the receiving LRS as "already stored" (xAPI Communication
 * 2.1.2.s2.b4) — never a duplicate.
 * <p>
 * On PostgreSQL the claim is one statement instead: {@code UPDATE … WHERE (target, seq) IN (SELECT … FOR UPDATE SKIP
 * LOCKED)}, so concurrent claimers pass over each other's rows instead of waiting for them and finding them taken.
 * Derby has no {@code SKIP LOCKED}; there the look-then-update above is the (equally safe, only busier) fallback.
 * <p>
 * The jobs live in three classes this one wires to one connection source: claiming ({@link OutboxClaims}), what became
 * of a claimed batch ({@link OutboxDeliveries}), each target's state row and the admin views ({@link ForwardTargetStates}).
 */
@ApplicationScoped
public class Outbox {

    /** Where connections come from: the container's data source, or a plain JDBC connection in tests. */
    public interface Connections {
        Connection get() throws SQLException;
    }

    @Resource(lookup = Database.DIRECT)
    DataSource dataSource;

    private OutboxClaims claims;
    private OutboxDeliveries deliveries;
    private ForwardTargetStates states;

    public Outbox() {
    }

    public Outbox(Connections connections) {
        wire(connections);
    }

    @PostConstruct
    void init() {
        if (claims == null) {
            wire(dataSource::getConnection);
        }
    }

    private void wire(Connections connections) {
        claims = new OutboxClaims(connections);
        deliveries = new OutboxDeliveries(connections);
        states = new ForwardTargetStates(connections);
    }

    /**
     * Makes sure the target has its state row. The first time, every statement already stored is queued for it,
     * so a newly configured LRS receives the whole history (verb filter applied).
     */
    public void register(ForwardTarget target, Instant now) {
        states.register(target, now);
    }

    /** The target's next attempt time, when it has a state row. */
    public Optional<Instant> nextAttempt(String target) {
        return states.nextAttempt(target);
    }

    /** Takes up to {@code limit} due rows of the target under {@code token} until {@code now + lease}. */
    public List<OutboxEntry> claim(String target, int limit, Instant now, Duration lease, String token) {
        return claims.claim(target, limit, now, lease, token);
    }

    /** The rows arrived: see {@link OutboxDeliveries#delivered}. */
    public void delivered(String target, String token, Collection<OutboxEntry> entries, Instant now) {
        deliveries.delivered(target, token, entries, now);
    }

    /** The target could not take the batch: see {@link OutboxDeliveries#failed}. */
    public void failed(String target, String token, String error, Instant now, Backoff backoff) {
        deliveries.failed(target, token, error, now, backoff);
    }

    /** The target rejected this statement (4xx): it is set aside with the reason and no longer blocks the rest. */
    public void park(String target, String token, OutboxEntry entry, String reason, Instant now) {
        deliveries.park(target, token, entry, reason, now);
    }

    /** Puts parked statements of the target back in line: one ({@code statementId}) or all (null). Returns how many. */
    public int retry(String target, String statementId) {
        return states.retry(target, statementId);
    }

    /** Gives up on a parked statement for this target. */
    public int drop(String target, String statementId) {
        return states.drop(target, statementId);
    }

    /** Also used when the target's back-off should end now (an admin pressed retry). */
    public void dueNow(String target, Instant now) {
        states.dueNow(target, now);
    }

    /** The state of every target: the configured ones, and ones that still have rows but were removed from the configuration. */
    public List<TargetStatus> status(List<ForwardTarget> configured) {
        return states.status(configured);
    }

    public List<ParkedStatement> parked(String target, int limit) {
        return states.parked(target, limit);
    }
}
