package vn.edu.taphuan.reporting.control;

import vn.edu.taphuan.platform.Clocks;
import vn.edu.taphuan.platform.VietnameseText;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import vn.edu.taphuan.directory.entity.School;
import vn.edu.taphuan.platform.Database;
import vn.edu.taphuan.platform.Messages;
import vn.edu.taphuan.platform.Problem;
import vn.edu.taphuan.reporting.entity.DistrictReport;
import vn.edu.taphuan.reporting.entity.FiledChanges;
import vn.edu.taphuan.reporting.entity.FiledReport;
import vn.edu.taphuan.reporting.entity.Filing;
import vn.edu.taphuan.reporting.entity.FilingForm;
import vn.edu.taphuan.reporting.entity.Filter;
import vn.edu.taphuan.reporting.entity.Programme;
import vn.edu.taphuan.reporting.entity.ReportHeader;
import vn.edu.taphuan.reporting.entity.SchoolReport;
import vn.edu.taphuan.reporting.entity.SchoolRow;
import vn.edu.taphuan.security.control.CurrentUser;

import javax.sql.DataSource;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Filing a report ("Nộp báo cáo") and reading filed ones (docs/reporting.md, "Filed reports"). Filing runs the live
 * report, writes its PDF and XLSX dated the filing time, and stores in one transaction the head row, every school's
 * line, everyone counted and the two files; a filed report is then served from those rows only.
 */
@ApplicationScoped
public class FiledReports {
    /** The formats a filed report keeps. */
    public static final List<String> FORMATS = List.of("pdf", "xlsx");

    @PersistenceContext
    EntityManager em;

    @Resource(lookup = Database.JNDI)
    DataSource dataSource;

    @Inject
    Clock clock;

    @Inject
    Programmes programmes;

    @Inject
    Reporting reporting;

    @Inject
    CurrentUser currentUser;

    @Inject
    Messages messages;

    @Inject
    FilingAudit audit;

    /** What one filing freezes, whether of the district or of one school. */
    private record Draft(Programme programme, String unit, Long schoolId, OfficialReport official, String symbol,
                         List<String> signerTitle, String signerName, List<SchoolRow> rows, SchoolRow total,
                         LocalDate asOf, LocalDate countsUntil) {
    }

    @Transactional
    public FiledReport fileDistrict(long programmeId, FilingForm form) {
        Programme p = programmes.programme(programmeId);
        LocalDate asOf = asOf(p, form);
        DistrictReport r = reporting.district(programmeId, asOf, Filter.NONE);
        ReportHeader h = p.header();
        var t = r.totals();
        SchoolRow total = new SchoolRow(null, FiledReport.DISTRICT, "", "", null, t.inScope(), t.managers(), t.employees(), t.women(),
                t.trained(), t.percent(), t.meetsTarget(), t.stillNeeded());
        return file(new Draft(p, FiledReport.DISTRICT, null, OfficialReport.of(r), h.documentSymbol(), ReportHeader.lines(h.signerTitle()),
                h.signerName(), r.schools(), total, asOf, r.countsUntil()), form);
    }

    /** A school's own report, filed by its principal (or by the district for it). */
    @Transactional
    public FiledReport fileSchool(long programmeId, School school, FilingForm form) {
        Programme p = programmes.programme(programmeId);
        LocalDate asOf = asOf(p, form);
        SchoolReport r = reporting.school(programmeId, school, asOf);
        return file(new Draft(p, school.code(), school.id(), OfficialReport.of(r), OfficialReport.SCHOOL_SYMBOL, List.of("HIỆU TRƯỞNG"), "",
                List.of(r.school()), r.school(), asOf, r.countsUntil()), form);
    }

    private FiledReport file(Draft d, FilingForm form) {
        Programme p = d.programme();
        int number = nextNumber(p.id(), d.unit());
        LocalDateTime filedAt = Clocks.utc(clock).truncatedTo(ChronoUnit.SECONDS);
        LocalDate filedOn = reporting.today();
        String documentNumber = FiledReport.documentNumber(number, d.symbol());
        List<String> signerTitle = blank(form.signerTitle()) ? d.signerTitle() : ReportHeader.lines(form.signerTitle());
        String signerName = blank(form.signerName()) ? (d.signerName() == null ? "" : d.signerName()) : form.signerName().strip();
        String fileName = OfficialReport.fileName(p.periodStart(), p.deadline(), d.schoolId() == null ? null : d.unit(), number, d.asOf());
        OfficialReport official = d.official().filed(documentNumber, VietnameseText.placeAndDate(p.header().place(), filedOn),
                signerTitle, signerName, fileName);
        Filing f = new Filing(p.id(), d.unit(), d.schoolId(), number, documentNumber, filedOn, filedAt, currentUser.require().username());
        SchoolRow t = d.total();
        f.figures(d.asOf(), d.countsUntil(), String.join("\n", signerTitle), signerName, p.targetPercent(), t.inScope(), t.trained(), t.percent());
        try {
            em.persist(f);
            em.flush();
        } catch (PersistenceException e) {
            // another filing of the same unit took this number first
            throw Problem.conflict("REPORT_FILED_MEANWHILE", messages.get("filed.raced"));
        }
        try {
            Connection c = em.unwrap(Connection.class);
            FiledRecords.writeSchools(c, f.id(), d.rows());
            FiledQueries people = new FiledQueries(c, p.rules(), d.asOf(), reporting.zone());
            people.freezePeople(f.id(), d.schoolId());
            requireSameCounts(FiledRecords.schools(c, f.id()), people.frozenCounts(f.id()));
            var created = filedAt.toInstant(ZoneOffset.UTC);
            ByteArrayOutputStream pdf = new ByteArrayOutputStream(), xlsx = new ByteArrayOutputStream();
            PdfExport.write(official, pdf, created);
            XlsxExport.write(official, xlsx, created);
            FiledRecords.writeFile(c, f.id(), "pdf", fileName + ".pdf", pdf.toByteArray());
            FiledRecords.writeFile(c, f.id(), "xlsx", fileName + ".xlsx", xlsx.toByteArray());
            audit.filed(c, f, d.schoolId() == null ? null : d.unit(), p.name());
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("Filing report failed: " + e.getMessage(), e);
        }
        return f.view(FORMATS);
    }

    /**
     * The report's lines and the people frozen beside them come from two reads; a roster or completion change landing
     * between them would file a list that does not add up to the figures. Then nothing is filed (the caller retries).
     */
    private void requireSameCounts(Map<Long, FiledDiff.Filed> lines, Map<Long, long[]> people) {
        Set<Long> schools = new HashSet<>(lines.keySet());
        schools.addAll(people.keySet());
        for (Long id : schools) {
            FiledDiff.Filed line = lines.get(id);
            long[] counted = people.getOrDefault(id, new long[2]);
            if (line == null || line.inScope() != counted[0] || line.trained() != counted[1]) {
                throw Problem.conflict("REPORT_CHANGED_WHILE_FILING", messages.get("filed.raced"));
            }
        }
    }

    private int nextNumber(long programmeId, String unit) {
        Integer last = em.createQuery("SELECT MAX(f.number) FROM Filing f WHERE f.programmeId = :p AND f.unit = :u", Integer.class)
                .setParameter("p", programmeId).setParameter("u", unit).getSingleResult();
        return last == null ? 1 : last + 1;
    }

    private LocalDate asOf(Programme p, FilingForm form) {
        if (form.asOf() == null) {
            return reporting.defaultAsOf(p);
        }
        if (form.asOf().isAfter(reporting.today())) {
            throw new Problem(400, "INVALID_INPUT", messages.get("error.invalidInput"), List.of(Problem.Detail.field("asOf",
                    form.asOf().toString(), messages.get("filed.asOf.future"), messages.get("filed.asOf.future.fix"))));
        }
        return form.asOf();
    }

    /** The programme's filed reports, newest first: all for the district, a principal's own school's only. */
    public List<FiledReport> list(long programmeId) {
        programmes.programme(programmeId);
        Long own = currentUser.schoolScope().orElse(null);
        var q = em.createQuery("SELECT f FROM Filing f WHERE f.programmeId = :p" + (own == null ? "" : " AND f.schoolId = :s")
                + " ORDER BY f.filedAt DESC, f.id DESC", Filing.class).setParameter("p", programmeId);
        if (own != null) {
            q.setParameter("s", own);
        }
        return q.getResultList().stream().map(f -> f.view(FORMATS)).toList();
    }

    /** A filed report the current user may read: the district's for district admins, a school's for its principal too. */
    public Filing filing(long programmeId, long id) {
        Filing f = em.find(Filing.class, id);
        if (f == null || f.programmeId() != programmeId) {
            throw Problem.notFound(messages.get("filed.notFound", id));
        }
        if (f.district() && currentUser.schoolScope().isPresent()) {
            throw Problem.forbidden(messages.get("filed.district"));
        }
        if (!f.district()) {
            currentUser.requireSchool(f.schoolId(), messages.get("error.otherSchool"));
        }
        return f;
    }

    public FiledRecords.StoredFile file(long programmeId, long id, String format) {
        Filing f = filing(programmeId, id);
        try (Connection c = dataSource.getConnection()) {
            return FiledRecords.file(c, f.id(), format).orElseThrow(() -> Problem.notFound(messages.get("filed.format.unknown", format)));
        } catch (SQLException e) {
            throw new IllegalStateException("Reading filed report failed: " + e.getMessage(), e);
        }
    }

    /** Everyone the filed report counted at one school, as they were when it was filed. */
    public List<FiledChanges.Counted> people(long programmeId, long id, String schoolCode) {
        Filing f = filing(programmeId, id);
        try (Connection c = dataSource.getConnection()) {
            return FiledRecords.people(c, f.id(), schoolCode);
        } catch (SQLException e) {
            throw new IllegalStateException("Reading filed report failed: " + e.getMessage(), e);
        }
    }

    /** The report as of the filed day, recomputed now, against what was filed (docs/reporting.md). */
    public FiledChanges changes(long programmeId, long id) {
        Filing f = filing(programmeId, id);
        Programme p = programmes.programme(programmeId);
        try (Connection c = dataSource.getConnection()) {
            List<FiledChanges.School> schools = FiledDiff.changes(
                    new FiledQueries(c, p.rules(), f.asOf(), reporting.zone()).differences(f.id(), f.schoolId()), FiledRecords.schools(c, f.id()),
                    p.targetPercent());
            List<String> codes = schools.stream().map(FiledChanges.School::code).toList();
            return new FiledChanges(f.view(FORMATS), f.asOf(), !schools.isEmpty(), schools, audit.since(f, codes));
        } catch (SQLException e) {
            throw new IllegalStateException("Comparing filed report failed: " + e.getMessage(), e);
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
