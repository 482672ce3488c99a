package vn.edu.taphuan.reporting.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.edu.taphuan.audit.control.AuditTrail;
import vn.edu.taphuan.reporting.entity.DistrictReport;
import vn.edu.taphuan.reporting.entity.FiledReport;
import vn.edu.taphuan.reporting.entity.Programme;
import vn.edu.taphuan.reporting.entity.SchoolChanges;
import vn.edu.taphuan.reporting.entity.SchoolRow;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Issue 11 item 4 as decided in docs/decisions/0006-principal-changes.md: a school's own changes that move its
 * figure (category, moves, dates, leaving, people added) take effect at once, and the district report lists them
 * per school since a day, with the audit entries behind them, so the district sees every such move.
 */
@ApplicationScoped
public class SchoolChangesSince {
    /** Entries shown per school in the report; the link opens all of them. */
    static final int LATEST = 5;

    @Inject
    AuditTrail trail;

    @PersistenceContext
    EntityManager em;

    /** The district report with the changes of the schools it shows. */
    public DistrictReport attach(Programme programme, DistrictReport report) {
        Since since = since(programme);
        Map<String, AuditTrail.SchoolChanges> bySchool = trail.bySchoolsThemselves(since.day(), LATEST);
        List<SchoolChanges.School> schools = new ArrayList<>();
        long total = 0;
        for (SchoolRow row : report.schools()) {
            AuditTrail.SchoolChanges c = bySchool.get(row.code());
            if (c != null) {
                schools.add(new SchoolChanges.School(row.code(), row.name(), c.count(), c.latest(), link(row.code(), since.day())));
                total += c.count();
            }
        }
        return report.withSchoolChanges(new SchoolChanges(since.day(), since.what(), total, schools));
    }

    /** Which day the list starts, and why. */
    record Since(LocalDate day, String what) {
    }

    /**
     * The day of the programme's last filed district report ({@code "lastFiled"}), so the district sees what moved
     * since the figure it signed; before any filing, the programme's start ({@code "programmeStart"}).
     */
    Since since(Programme programme) {
        LocalDate lastFiled = em.createQuery("SELECT MAX(f.filedOn) FROM Filing f WHERE f.programmeId = :p AND f.unit = :u", LocalDate.class)
                .setParameter("p", programme.id()).setParameter("u", FiledReport.DISTRICT).getSingleResult();
        return lastFiled == null ? new Since(programme.periodStart(), "programmeStart") : new Since(lastFiled, "lastFiled");
    }

    static String link(String school, LocalDate since) {
        return "/admin/audit.html?school=" + URLEncoder.encode(school, StandardCharsets.UTF_8) + "&from=" + since + "&bySchool=true";
    }
}
