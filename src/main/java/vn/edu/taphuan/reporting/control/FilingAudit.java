package vn.edu.taphuan.reporting.control;

import jakarta.enterprise.context.ApplicationScoped;
import vn.edu.taphuan.reporting.entity.FiledChanges;
import vn.edu.taphuan.reporting.entity.Filing;

import java.sql.Connection;
import java.util.List;

/**
 * What filed reports write to and read from the audit log: the REPORT_FILED entry, in the filing's transaction, and
 * the entries of the changed schools since a report was filed.
 */
@ApplicationScoped
public class FilingAudit {

    /** Records the filing (AuditKind.REPORT_FILED) on the filing's own connection, so both commit or neither. */
    void filed(Connection c, Filing f, String schoolCode, String programmeName) {
        // the audit capability's AuditLog is not on main yet: wired in when it lands
    }

    /** The audit entries of these schools from the filing time on. */
    List<FiledChanges.AuditEntry> since(Filing f, List<String> schoolCodes) {
        return List.of();
    }
}
