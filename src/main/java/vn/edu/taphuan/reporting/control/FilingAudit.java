package vn.edu.taphuan.reporting.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.edu.taphuan.audit.control.AuditLog;
import vn.edu.taphuan.audit.control.AuditTrail;
import vn.edu.taphuan.audit.entity.AuditKind;
import vn.edu.taphuan.reporting.entity.FiledChanges;
import vn.edu.taphuan.reporting.entity.FiledReport;
import vn.edu.taphuan.reporting.entity.Filing;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.ZoneOffset;
import java.util.List;

/**
 * What filed reports write to and read from the audit log: the REPORT_FILED entry, in the filing's transaction, and
 * the entries of the changed schools since a report was filed.
 */
@ApplicationScoped
public class FilingAudit {

    @Inject
    AuditLog log;

    @Inject
    AuditTrail trail;

    /** Records the filing on the filing's own connection, so both commit or neither. */
    void filed(Connection c, Filing f, String schoolCode, String programmeName) throws SQLException {
        FiledReport r = f.view(List.of());
        log.record(c, AuditKind.REPORT_FILED, schoolCode, null,
                "Báo cáo số " + r.documentNumber() + " (id " + r.id() + ") — " + programmeName,
                null, "số liệu đến " + r.asOf() + ": " + r.trained() + "/" + r.inScope() + " người"
                        + (r.percent() == null ? "" : ", " + r.percent() + "%") + "; người ký: " + r.signerName());
    }

    /** The audit entries of these schools from the filing time on, oldest first (none asked for when nothing changed). */
    List<FiledChanges.AuditEntry> since(Filing f, List<String> schoolCodes) {
        if (schoolCodes.isEmpty()) {
            return List.of();
        }
        return trail.since(f.filedAt().toInstant(ZoneOffset.UTC), schoolCodes).stream()
                .map(e -> new FiledChanges.AuditEntry(e.at().toString(), e.kind().name(), e.actor(), e.schoolCode(), e.staffCode(),
                        e.subject(), e.before(), e.after())).toList();
    }
}
