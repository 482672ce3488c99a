package vn.edu.taphuan.xapi.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.edu.taphuan.platform.NumberBlocks;
import vn.edu.taphuan.platform.Problem;
import vn.edu.taphuan.platform.Sql;
import vn.edu.taphuan.xapi.entity.LrsClient;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Writes the rows of new statements: their seqs (the storage order), their columns and exact JSON, in one JDBC batch
 * per request; a JSON longer than a VARCHAR goes to {@link StatementParts}.
 */
@ApplicationScoped
public class StatementRows {
    /** Statement seqs (the storage order), in blocks of 1,000: see {@link NumberBlocks} for why not an identity column. */
    static final NumberBlocks.Counter SEQ = new NumberBlocks.Counter("statement", 1000);

    @Inject
    NumberBlocks numbers;

    @Inject
    @ConfigProperty(name = "taphuan.xapi.max-statement-chars", defaultValue = "1000000")
    int maxStatementChars;

    /** 413 when a statement is longer than this LRS stores (xAPI Communication 3.2.s3.b11). */
    void checkSize(List<NewStatement> rows) {
        for (NewStatement r : rows) {
            if (r.json.length() > maxStatementChars) {
                throw new Problem(413, "STATEMENT_TOO_LARGE", "Statement " + r.id + " has " + r.json.length() + " characters; this LRS "
                        + "stores at most " + maxStatementChars + " (taphuan.xapi.max-statement-chars, xAPI Communication 3.2.s3.b11).");
            }
        }
    }

    /**
     * Draws the rows' seqs and inserts them; {@code voidedEarlier} are the ids a voiding statement stored before them
     * already voids (a voiding statement itself is never voided).
     */
    void insert(Connection c, List<NewStatement> rows, Instant stored, LrsClient client, Set<String> voidedEarlier) throws SQLException {
        long[] seqs = numbers.next(SEQ, rows.size());
        try (PreparedStatement p = c.prepareStatement("INSERT INTO xapi_statement (seq, id, verb_id, ref_id, voiding, voided, registration, "
                + "stored, stamp, credential_id, compare_hash, json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            Timestamp storedAt = Sql.utc(stored);
            for (int i = 0; i < rows.size(); i++) {
                NewStatement r = rows.get(i);
                r.seq = seqs[i];
                r.voided = !r.voiding && voidedEarlier.contains(r.id);
                p.setLong(1, r.seq);
                p.setString(2, r.id);
                p.setString(3, r.verbId);
                p.setString(4, r.refId);
                p.setBoolean(5, r.voiding);
                p.setBoolean(6, r.voided);
                p.setString(7, r.registration);
                p.setTimestamp(8, storedAt);
                p.setTimestamp(9, Sql.utc(r.timestamp));
                if (client == null) {
                    p.setNull(10, Types.BIGINT);
                } else {
                    p.setLong(10, client.credentialId());
                }
                p.setString(11, r.hash);
                p.setString(12, StatementParts.split(r.json) ? null : r.json);
                p.addBatch();
            }
            p.executeBatch();
        }
        for (NewStatement r : rows) {
            if (StatementParts.split(r.json)) {
                StatementParts.write(c, r.seq, r.json);
            }
        }
    }
}
