package vn.edu.taphuan.xapi.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import vn.edu.taphuan.platform.DatabaseFailure;
import vn.edu.taphuan.platform.Problem;
import vn.edu.taphuan.xapi.entity.AttachmentData;
import vn.edu.taphuan.xapi.entity.FilterKey;
import vn.edu.taphuan.xapi.entity.LrsClient;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Writes statements: the row with its exact JSON, the filter keys, the voiding effects, the completion projection
 * and one outbox row per external LRS — all in the caller's transaction, so they commit or fail together.
 * Statements must be valid ({@code StatementRule}) before they get here. Each job has its class: which statements
 * are new ({@link StatementAdmission}), voiding ({@link StatementVoiding}), the rows ({@link StatementRows}), the
 * filter keys ({@link StatementKeyIndex}), the canonical activity definitions ({@link ActivityDefinitions}), the attachment data ({@link AttachmentStore}), the completions
 * ({@link CompletionProjection}), forwarding ({@link OutboxEnqueue}); this one keeps their order.
 * <p>
 * Rules of xAPI Communication 2.1.1/2.1.2 applied here: an id already stored with the same content changes
 * nothing (the id is answered again); with other content the whole request fails with 409; two statements with one
 * id in a batch fail with 400; a voiding statement must not target a voiding statement (Data 2.3.2.s2.b3).
 */
@ApplicationScoped
public class StatementStore {
    /** Its connection is the transaction's: statements, projection and outbox rows commit with the caller's work. */
    @PersistenceContext
    EntityManager em;

    @Inject
    Clock time;

    @Inject
    XapiProfile profile;

    @Inject
    CompletionProjection completions;

    @Inject
    ConsistencyClock clock;

    @Inject
    StatementVoiding voiding;

    @Inject
    StatementRows statementRows;

    @Inject
    OutboxEnqueue outbox;

    @Inject
    ActivityDefinitions activities;

    /**
     * Stores valid statements (a batch is all or nothing) and returns their ids in order. {@code client} null
     * means the service itself. Throws {@link DatabaseFailure.Contention} when the database rolled the transaction
     * back for contention: the caller may run it again ({@code platform.Retry}).
     */
    @Transactional(Transactional.TxType.REQUIRED)
    public List<String> store(List<JsonObject> statements, LrsClient client) {
        return store(statements, List.of(), client, false);
    }

    /**
     * As {@link #store(List, LrsClient)}, with the raw data of their attachments (a multipart/mixed request, xAPI
     * Communication 1.5.2): kept once per SHA-2 ({@link AttachmentStore}) in the same transaction as the statements.
     */
    @Transactional(Transactional.TxType.REQUIRED)
    public List<String> store(List<JsonObject> statements, Collection<AttachmentData> attachments, LrsClient client) {
        return store(statements, attachments, client, false);
    }

    /**
     * Stores statements the service has just made, each with an id it has just drawn at random ({@link UUID#randomUUID()}):
     * no stored statement can have one of these ids or target one (nobody has seen them yet), so the two look-ups
     * for that — an index probe per id — are left out of the learner's transaction. Should an id ever be taken after
     * all, the unique key on the id fails the whole batch: nothing is half-written.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void storeMinted(List<JsonObject> statements) {
        store(statements, List.of(), null, true);
    }

    private List<String> store(List<JsonObject> statements, Collection<AttachmentData> attachments, LrsClient client, boolean minted) {
        Instant stored = time.instant().truncatedTo(ChronoUnit.MILLIS);
        JsonObject authority = client == null ? profile.systemAuthority() : profile.credentialAuthority(client.key(), client.label());
        List<String> ids = StatementAdmission.ids(statements);
        try {
            // not closed here: it belongs to the transaction and goes back to the pool when that ends
            Connection c = em.unwrap(Connection.class);
            Map<String, StatementAdmission.Stored> existing = minted ? Map.of() : StatementAdmission.existing(c, ids);
            List<String> hashes = StatementAdmission.hashes(statements, ids, existing);
            voiding.check(c, statements, ids, existing, client);
            clock.writing(stored);
            List<NewStatement> rows = new ArrayList<>();
            for (int i = 0; i < statements.size(); i++) {
                if (!existing.containsKey(ids.get(i))) {
                    JsonObject stamped = StatementStamp.stamp(statements.get(i), ids.get(i), stored, authority);
                    rows.add(new NewStatement(ids.get(i), stamped, StatementJson.write(stamped), hashes.get(i)));
                }
            }
            if (!rows.isEmpty()) {
                write(c, rows, stored, client, minted);
                // with new statements only: a resent statement changes nothing (Communication 2.1.2.s2.b4)
                AttachmentStore.insert(c, attachments, stored);
            }
            return ids;
        } catch (SQLException e) {
            if (DatabaseFailure.duplicate(e)) {
                // another request stored one of these ids between our look and our insert
                throw new Problem(409, "STATEMENT_CONFLICT", "A statement with one of these ids was stored at the same moment by "
                        + "another request; nothing was changed. Send the request again: identical statements are then accepted.");
            }
            throw DatabaseFailure.of("Storing statements", e);
        }
    }

    /**
     * Writes the new statements of one request with a handful of SQL statements per batch, not per statement: the
     * rows, their seqs, their filter keys, the outbox rows; then what links statements to each other (voiding,
     * StatementRef keys) and the completion projection.
     */
    private void write(Connection c, List<NewStatement> rows, Instant stored, LrsClient client, boolean minted) throws SQLException {
        statementRows.checkSize(rows);
        StatementVoiding.Referrers referrers = minted ? StatementVoiding.Referrers.NONE
                : StatementVoiding.referrers(c, rows.stream().map(r -> r.id).toList());
        Set<String> voidedEarlier = StatementVoiding.voidsOnArrival(c, referrers.voiders(), client);
        statementRows.insert(c, rows, stored, client, voidedEarlier);
        activities.learn(c, rows, client, stored);
        Map<String, List<FilterKey>> keys = StatementKeyIndex.index(c, rows);
        StatementKeyIndex.propagate(c, rows, referrers.referred(), keys);
        voiding.apply(c, rows, client);
        for (NewStatement r : rows) {
            if (!r.voiding && !r.voided) {
                completions.apply(c, r.id, r.stamped, client);
            }
        }
        outbox.enqueue(c, rows);
    }
}
