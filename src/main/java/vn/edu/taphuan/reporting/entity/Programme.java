package vn.edu.taphuan.reporting.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import vn.edu.taphuan.directory.entity.StaffCategory;
import vn.edu.taphuan.platform.Stamped;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A training programme: the courses every counted staff member must complete within a period, the share of
 * each school's counted staff that must be trained by the deadline, and the header of the official report.
 * See docs/reporting.md for how it is counted.
 */
@Entity
@Table(name = "programme")
public class Programme extends Stamped {
    /** A four-digit number standing alone: a year in a programme's name. */
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)\\d{4}(?!\\d)");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String name;
    @Column(name = "period_start")
    private LocalDate periodStart;
    private LocalDate deadline;
    /** From when completions count; null: the period start (migration V61, docs/reporting.md). */
    @Column(name = "completions_valid_from")
    private LocalDate completionsValidFrom;
    @Column(name = "target_percent")
    private BigDecimal targetPercent;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "programme_course", joinColumns = @JoinColumn(name = "programme_id"))
    @Column(name = "course_id")
    @OrderColumn(name = "position")
    private List<String> courseIds = new ArrayList<>();
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "programme_category", joinColumns = @JoinColumn(name = "programme_id"))
    @Column(name = "category")
    @Enumerated(EnumType.STRING)
    private Set<StaffCategory> categories = EnumSet.noneOf(StaffCategory.class);
    @Column(name = "superior_body")
    private String superiorBody;
    @Column(name = "issuing_unit")
    private String issuingUnit;
    private String place;
    @Column(name = "document_symbol")
    private String documentSymbol;
    @Column(name = "signer_title")
    private String signerTitle;
    @Column(name = "signer_name")
    private String signerName;
    private String recipients;
    protected Programme() {
    }

    public Programme(ProgrammeForm form) {
        describe(form);
    }

    public final void describe(ProgrammeForm f) {
        name = f.name().strip();
        periodStart = f.periodStart();
        deadline = f.deadline();
        completionsValidFrom = f.completionsValidFrom();
        targetPercent = f.targetOrDefault();
        courseIds.clear();
        courseIds.addAll(f.courseIds().stream().map(String::strip).toList());
        categories.clear();
        categories.addAll(f.categoriesOrDefault());
        ReportHeader h = f.header();
        superiorBody = h.superiorBody();
        issuingUnit = h.issuingUnit();
        place = h.place();
        documentSymbol = h.documentSymbol();
        signerTitle = h.signerTitle();
        signerName = h.signerName();
        recipients = h.recipients();
    }

    public Long id() { return id; }
    public String name() { return name; }
    public LocalDate periodStart() { return periodStart; }
    public LocalDate deadline() { return deadline; }
    public LocalDate completionsValidFrom() { return completionsValidFrom; }
    public BigDecimal targetPercent() { return targetPercent; }
    public List<String> courseIds() { return List.copyOf(courseIds); }
    public Set<StaffCategory> categories() { return categories.isEmpty() ? Set.of() : EnumSet.copyOf(categories); }

    /**
     * The first day whose completions count for this programme: the stated valid-from day, else the period start —
     * what the learner side asks too ("does this completion count"); the report SQL binds the same day through
     * {@link Rules#countsFrom()}, the same rule on the detached copy.
     */
    public LocalDate countsFrom() {
        return completionsValidFrom == null ? periodStart : completionsValidFrom;
    }

    public ReportHeader header() {
        return new ReportHeader(superiorBody, issuingUnit, place, documentSymbol, signerTitle, signerName, recipients);
    }

    /** What the report queries need to know, detached from JPA. */
    public Rules rules() {
        return new Rules(id, name, periodStart, deadline, targetPercent, courseIds(), categories(), completionsValidFrom);
    }

    /**
     * Next year's programme as a form: the same courses, target, categories and header, the period one year on, the
     * name's year(s) moved on, and completions counting from the new period start (a new year asks for new training
     * unless the district says otherwise).
     */
    public ProgrammeForm nextYear() {
        LocalDate start = periodStart.plusYears(1);
        return new ProgrammeForm(nextYearName(name, periodStart, deadline), start, deadline.plusYears(1), courseIds(), targetPercent,
                categories(), header(), start);
    }

    /**
     * The name with each year of the period (start or deadline year, e.g. "năm 2026", "năm học 2025-2026") moved on by
     * one; other numbers stay. A name without such a year gets " (năm YYYY)" of the new start.
     */
    static String nextYearName(String name, LocalDate start, LocalDate deadline) {
        Matcher m = YEAR.matcher(name);
        StringBuilder out = new StringBuilder();
        boolean moved = false;
        while (m.find()) {
            int year = Integer.parseInt(m.group());
            boolean ofPeriod = year == start.getYear() || year == deadline.getYear();
            m.appendReplacement(out, Integer.toString(ofPeriod ? year + 1 : year));
            moved |= ofPeriod;
        }
        m.appendTail(out);
        return moved ? out.toString() : name + " (năm " + start.plusYears(1).getYear() + ")";
    }
}
