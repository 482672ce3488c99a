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
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.edu.taphuan.directory.entity.StaffCategory;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A training programme: the courses every counted staff member must complete within a period, the share of
 * each school's counted staff that must be trained by the deadline, and the header of the official report.
 * See docs/reporting.md for how it is counted.
 */
@Entity
@Table(name = "programme")
public class Programme {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String name;
    @Column(name = "period_start")
    private LocalDate periodStart;
    private LocalDate deadline;
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
    @Column(name = "created_at")
    private LocalDateTime createdAt;
    @Column(name = "updated_at")
    private LocalDateTime updatedAt;
    @Version
    @Column(name = "row_version")
    private int version;

    protected Programme() {
    }

    public Programme(ProgrammeForm form) {
        describe(form);
    }

    public final void describe(ProgrammeForm f) {
        name = f.name().strip();
        periodStart = f.periodStart();
        deadline = f.deadline();
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

    @PrePersist
    @PreUpdate
    void touch() {
        updatedAt = LocalDateTime.now(ZoneOffset.UTC);
        if (createdAt == null) {
            createdAt = updatedAt;
        }
    }

    public Long id() { return id; }
    public String name() { return name; }
    public LocalDate periodStart() { return periodStart; }
    public LocalDate deadline() { return deadline; }
    public BigDecimal targetPercent() { return targetPercent; }
    public List<String> courseIds() { return List.copyOf(courseIds); }
    public Set<StaffCategory> categories() { return categories.isEmpty() ? Set.of() : EnumSet.copyOf(categories); }
    public int version() { return version; }

    public ReportHeader header() {
        return new ReportHeader(superiorBody, issuingUnit, place, documentSymbol, signerTitle, signerName, recipients);
    }

    /** What the report queries need to know, detached from JPA. */
    public Rules rules() {
        return new Rules(id, name, periodStart, deadline, targetPercent, courseIds(), categories());
    }
}
