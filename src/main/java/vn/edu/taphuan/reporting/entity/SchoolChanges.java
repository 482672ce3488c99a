package vn.edu.taphuan.reporting.entity;

import jakarta.json.bind.annotation.JsonbNillable;
import vn.edu.taphuan.audit.entity.AuditEntry;

import java.time.LocalDate;
import java.util.List;

/**
 * "Changes by the school since &lt;date&gt;" on the district report (docs/decisions/0006-principal-changes.md): per
 * school, the changes its own accounts made that can move its figure without anyone training (category, school
 * moves, dates, leaving, people added), with the latest audit entries and where to read them all.
 *
 * @param since     the day the list starts: the programme's start, or the day its last report was filed
 * @param sinceWhat {@code "programmeStart"} or {@code "lastFiled"}
 * @param total     all such changes of the schools shown
 */
@JsonbNillable
public record SchoolChanges(LocalDate since, String sinceWhat, long total, List<School> schools) {

    /** One school's changes: how many, the latest entries (before → after), and the audit log filtered to them. */
    public record School(String code, String name, long count, List<AuditEntry> latest, String link) {
    }
}
