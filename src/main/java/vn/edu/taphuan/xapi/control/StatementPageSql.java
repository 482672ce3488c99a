package vn.edu.taphuan.xapi.control;

import vn.edu.taphuan.platform.DerbyHints;
import vn.edu.taphuan.platform.Sql;
import vn.edu.taphuan.xapi.entity.StatementFilter;

import java.util.ArrayList;
import java.util.List;

/**
 * The SQL of one page of statements for a filter ({@link StatementQuery#page} explains the plan). With key filters,
 * the first key's index range of {@code xapi_statement_key} drives the query (registration, agent, activity, verb —
 * the usually most selective first), each further key is one probe per row; the Derby hints fix that plan.
 */
final class StatementPageSql {
    private static final String KEY_IX = "XAPI_STATEMENT_KEY_IX";

    /** One key filter: its hash, and whether only direct matches count (not related ones, Communication 2.1.3). */
    private record Key(String hash, boolean direct) {
    }

    private StatementPageSql() {
    }

    static Sql of(StatementFilter f) {
        List<Key> keys = keys(f);
        String order = keys.isEmpty() ? "s.seq" : "k0.seq";
        List<String> where = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        if (!keys.isEmpty()) {
            where.add("s.seq = k0.seq");
        }
        if (!f.withVoided()) {
            where.add("s.voided = FALSE");
        }
        for (int i = 0; i < keys.size(); i++) {
            where.add("k" + i + ".key_hash = ?");
            params.add(keys.get(i).hash());
            if (keys.get(i).direct()) {
                where.add("k" + i + ".direct = TRUE");
            }
            if (i > 0) {
                where.add("k" + i + ".seq = k0.seq");
            }
        }
        condition(where, params, "s.stored > ?", f.since() == null ? null : Sql.utc(f.since()));
        condition(where, params, "s.stored <= ?", f.until() == null ? null : Sql.utc(f.until()));
        condition(where, params, "s.credential_id = ?", f.credentialId());
        condition(where, params, order + (f.ascending() ? " > ?" : " < ?"), f.afterSeq());
        return new Sql("SELECT s.seq, s.json, s.stored, s.voided, s.credential_id FROM" + from(keys, f)
                + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where))
                + " ORDER BY " + order + (f.ascending() ? " ASC" : " DESC") + " FETCH FIRST " + (f.limit() + 1) + " ROWS ONLY", params);
    }

    private static List<Key> keys(StatementFilter f) {
        List<Key> keys = new ArrayList<>();
        if (f.registrationKey() != null) {
            keys.add(new Key(f.registrationKey(), true));
        }
        if (f.agentKey() != null) {
            keys.add(new Key(f.agentKey(), !f.relatedAgents()));
        }
        if (f.activityKey() != null) {
            keys.add(new Key(f.activityKey(), !f.relatedActivities()));
        }
        if (f.verbKey() != null) {
            keys.add(new Key(f.verbKey(), true));
        }
        return keys;
    }

    private static String from(List<Key> keys, StatementFilter f) {
        if (keys.isEmpty()) {
            String index = f.ascending() ? (f.since() != null ? "XAPI_STATEMENT_STORED_IX" : null) : "XAPI_STATEMENT_NEWEST_IX";
            return " xapi_statement s" + (index == null ? "" : DerbyHints.index(index));
        }
        StringBuilder from = new StringBuilder(DerbyHints.properties("joinOrder=FIXED"));
        for (int i = 0; i < keys.size(); i++) {
            // further keys and the statement: one index probe per row (Derby would hash the whole range)
            from.append(i == 0 ? " " : " , ").append("xapi_statement_key k").append(i)
                    .append(i == 0 ? DerbyHints.index(KEY_IX) : DerbyHints.properties("index=" + KEY_IX, "joinStrategy=NESTEDLOOP"));
        }
        return from.append(" , xapi_statement s").append(DerbyHints.properties("joinStrategy=NESTEDLOOP")).toString();
    }

    private static void condition(List<String> where, List<Object> params, String condition, Object value) {
        if (value != null) {
            where.add(condition);
            params.add(value);
        }
    }
}
