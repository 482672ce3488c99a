package vn.edu.taphuan.directory.control;

import vn.edu.taphuan.audit.control.AuditLog;
import vn.edu.taphuan.audit.entity.Actor;
import vn.edu.taphuan.audit.entity.AuditKind;
import vn.edu.taphuan.directory.entity.ImportJobView;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;

/**
 * The audit trail of one roster import, written in the import's own transaction as JDBC batches. A 100,000-row
 * import must not write 100,000 entries: it writes one entry for the job (with its counts), one per row whose change
 * can move a figure (category, school, dates, leaving), and, for new people, one entry per school listing the codes
 * added (a new person has no completions, so adding people can only lower a school's %; the list says who came into
 * scope). Name, gender and status changes are in the job's counts only.
 */
final class ImportTrail implements AutoCloseable {
    private static final int CODES_TEXT = 1900;

    /** Who imports, which job, which file. */
    record Origin(Actor actor, String jobId, String fileName) {
    }

    private final AuditLog.Batch batch;
    private final Origin origin;
    private final Map<String, List<String>> created = new TreeMap<>();
    private int figureMoves;

    ImportTrail(AuditLog.Batch batch, Origin origin) {
        this.batch = batch;
        this.origin = origin;
    }

    void created(String schoolCode, String staffCode) {
        created.computeIfAbsent(schoolCode, k -> new ArrayList<>()).add(staffCode);
    }

    void updated(RosterChanges.Facts before, RosterChanges.Facts after) throws SQLException {
        for (RosterChanges.Change c : RosterChanges.between(before, after)) {
            if (c.kind().movesFigure()) {
                batch.add(c.kind(), c.schoolCode(), c.staffCode(), null, c.before(), c.after());
                figureMoves++;
            }
        }
    }

    /** Writes the per-school lists of new people and the job's own entry. */
    void finish(String what, String ownSchoolCode, ImportJobView.Result result) throws SQLException {
        for (Map.Entry<String, List<String>> school : created.entrySet()) {
            List<String> codes = school.getValue();
            batch.add(AuditKind.STAFF_CREATED, school.getKey(), null, codes.size() + " người mới (nhập tệp)", null, list(codes));
        }
        batch.add(AuditKind.ROSTER_IMPORTED, ownSchoolCode, null, what + ": " + origin.fileName(), null,
                "created=" + result.created() + "; updated=" + result.updated() + "; unchanged=" + result.unchanged()
                        + "; figureChanges=" + figureMoves + "; schoolsWithNewPeople=" + created.size());
    }

    private static String list(List<String> codes) {
        StringJoiner text = new StringJoiner(", ");
        for (int i = 0; i < codes.size(); i++) {
            if (text.length() + codes.get(i).length() > CODES_TEXT) {
                text.add("… (+" + (codes.size() - i) + ")");
                break;
            }
            text.add(codes.get(i));
        }
        return text.toString();
    }

    @Override
    public void close() throws SQLException {
        batch.close();
    }
}
