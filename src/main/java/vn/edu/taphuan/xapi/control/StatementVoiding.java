package vn.edu.taphuan.xapi.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import vn.edu.taphuan.platform.DatabaseFailure;
import vn.edu.taphuan.platform.DerbyHints;
import vn.edu.taphuan.platform.Problem;
import vn.edu.taphuan.platform.Sql;
import vn.edu.taphuan.xapi.entity.LrsClient;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Voiding (xAPI Data 2.3.2): who may void what, which statements a voiding statement makes voided — also one stored
 * before its target arrives — and what voiding undoes (the completion it counted, with an audit entry). Runs in the
 * storing transaction of {@link StatementStore}.
 */
@ApplicationScoped
public class StatementVoiding {
    static final String BY_REF = DerbyHints.index("XAPI_STATEMENT_REF_IX");

    @Inject
    CompletionProjection completions;

    @Inject
    LrsAudit audit;

    /** Statements stored earlier that target arriving ones, and the credentials of those among them that void. */
    record Referrers(Set<String> referred, Map<String, Set<Long>> voiders) {
        static final Referrers NONE = new Referrers(Set.of(), Map.of());
    }

    /** The id a statement voids, or null when it is not a voiding statement. */
    static String voidedBy(JsonObject s) {
        if (s.get("verb") instanceof JsonObject verb && XapiProfile.VOIDED.equals(verb.getString("id", null))
                && s.get("object") instanceof JsonObject o && "StatementRef".equals(o.getString("objectType", null))) {
            return o.getString("id", "").toLowerCase();
        }
        return null;
    }

    /**
     * A voiding statement cannot void a voiding statement (Data 2.3.2: "cannot itself be voided"), and a credential
     * may void only statements it stored itself unless a district admin granted it the right to void others'
     * (docs/xapi.md §9): 403, as for any action the credential's scope does not allow (Communication 3.2.s3.b10,
     * 4.2). A target not stored yet is judged when it arrives ({@link #voidsOnArrival}).
     */
    void check(Connection c, List<JsonObject> statements, List<String> ids, Map<String, StatementAdmission.Stored> existing,
               LrsClient client) throws SQLException {
        Map<String, Integer> voidingInBatch = new HashMap<>();
        List<String> targets = new ArrayList<>();
        for (int i = 0; i < statements.size(); i++) {
            String target = voidedBy(statements.get(i));
            if (target != null) {
                voidingInBatch.put(ids.get(i), i);
                targets.add(target);
            }
        }
        if (targets.isEmpty()) {
            return;
        }
        Map<String, StatementAdmission.Stored> stored = StatementAdmission.existing(c, targets);
        for (int i = 0; i < statements.size(); i++) {
            String target = voidedBy(statements.get(i));
            if (target == null || existing.containsKey(ids.get(i))) {
                continue;
            }
            StatementAdmission.Stored t = stored.get(target);
            if ((t != null && t.voiding()) || voidingInBatch.containsKey(target)) {
                throw new Problem(400, "VOIDING_A_VOIDING_STATEMENT", "Statement " + (statements.size() > 1 ? "[" + i + "] " : "")
                        + "voids " + target + ", which is itself a voiding statement; a voiding statement cannot be voided "
                        + "(xAPI Data 2.3.2).");
            }
            if (t != null && client != null && !client.mayVoid(t.credentialId())) {
                throw new Problem(403, "VOID_NOT_ALLOWED", "LRS credential " + client.key() + " may void only statements it stored "
                        + "itself; statement " + (statements.size() > 1 ? "[" + i + "] " : "") + "voids " + target + ", stored by "
                        + (t.credentialId() == null ? "the service itself" : "another credential") + ". Voiding others' statements "
                        + "needs a right only a district administrator grants. Nothing was stored (xAPI Communication 3.2.s3.b10).");
            }
        }
    }

    /** Statements stored earlier that target these ids (a voiding statement may arrive before its target). */
    static Referrers referrers(Connection c, List<String> ids) throws SQLException {
        Referrers found = new Referrers(new HashSet<>(), new HashMap<>());
        for (List<String> chunk : Sql.chunks(ids, 100, 1, 10, 100)) {
            Sql.of("SELECT ref_id, voiding, credential_id FROM xapi_statement" + BY_REF + "WHERE ref_id IN ("
                    + Sql.marks(chunk.size()) + ")", chunk.toArray()).each(c, rs -> {
                found.referred().add(rs.getString(1));
                if (rs.getBoolean(2)) {
                    long voider = rs.getLong(3);
                    found.voiders().computeIfAbsent(rs.getString(1), k -> new HashSet<>()).add(rs.wasNull() ? null : voider);
                }
            });
        }
        return found;
    }

    /**
     * The arriving statements that a voiding statement stored earlier voids. A voider may void the new statement
     * when it is the service itself, the credential now storing it, or a credential with the right to void others'
     * statements; a voiding statement without that right, stored before its target, voids nothing (otherwise a
     * credential could void another's statement by guessing its id before it arrives).
     */
    static Set<String> voidsOnArrival(Connection c, Map<String, Set<Long>> voiders, LrsClient client) {
        Set<String> voided = new HashSet<>();
        Map<Long, Boolean> mayVoidOthers = new HashMap<>();
        for (var e : voiders.entrySet()) {
            for (Long voider : e.getValue()) {
                if (voider == null || (client != null && voider == client.credentialId())
                        || mayVoidOthers.computeIfAbsent(voider, id -> mayVoidOthers(c, id))) {
                    voided.add(e.getKey());
                }
            }
        }
        return voided;
    }

    private static boolean mayVoidOthers(Connection c, long credentialId) {
        try {
            return Sql.of("SELECT may_void_others FROM xapi_credential WHERE id = ?", credentialId)
                    .first(c, rs -> rs.getBoolean(1)).orElse(false);
        } catch (SQLException e) {
            throw DatabaseFailure.of("Reading the rights of LRS credential " + credentialId, e);
        }
    }

    /** The voiding statements of the batch take effect: targets voided, their completions revoked and audited. */
    void apply(Connection c, List<NewStatement> rows, LrsClient client) throws SQLException {
        for (NewStatement r : rows) {
            if (r.voiding) {
                Sql.of("UPDATE xapi_statement SET voided = TRUE WHERE id = ? AND voiding = FALSE", r.refId).update(c);
                CompletionProjection.Revoked revoked = completions.revoke(c, r.refId);
                if (client != null) {
                    audit.statementVoided(c, client, r.id, r.refId, revoked);
                }
                rows.stream().filter(x -> x.id.equals(r.refId) && !x.voiding).forEach(x -> x.voided = true);
            }
        }
    }
}
