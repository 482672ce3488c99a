package vn.edu.taphuan.reporting.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The head row of a filed report (migration V12): written once when the report is filed, never changed. Its school
 * lines, the people it counted and its files are rows of their own (reporting/control/FiledRecords).
 */
@Entity
@Table(name = "filed_report")
public class Filing {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "programme_id")
    private long programmeId;
    private String unit;
    @Column(name = "school_id")
    private Long schoolId;
    private int number;
    @Column(name = "document_number")
    private String documentNumber;
    @Column(name = "filed_on")
    private LocalDate filedOn;
    @Column(name = "filed_at")
    private LocalDateTime filedAt;
    @Column(name = "filed_by")
    private String filedBy;
    @Column(name = "as_of")
    private LocalDate asOf;
    @Column(name = "counts_until")
    private LocalDate countsUntil;
    @Column(name = "signer_title")
    private String signerTitle;
    @Column(name = "signer_name")
    private String signerName;
    @Column(name = "target_percent")
    private BigDecimal targetPercent;
    @Column(name = "in_scope")
    private long inScope;
    private long trained;
    private BigDecimal percent;

    protected Filing() {
    }

    /** A report about to be filed: {@code unit} is {@link FiledReport#DISTRICT} or the school code. */
    public Filing(long programmeId, String unit, Long schoolId, int number, String documentNumber, LocalDate filedOn,
                  LocalDateTime filedAt, String filedBy) {
        this.programmeId = programmeId;
        this.unit = unit;
        this.schoolId = schoolId;
        this.number = number;
        this.documentNumber = documentNumber;
        this.filedOn = filedOn;
        this.filedAt = filedAt;
        this.filedBy = filedBy;
    }

    /** The as-of day, the signer and the totals, as the filed documents say them. */
    public void figures(LocalDate asOf, LocalDate countsUntil, String signerTitle, String signerName, BigDecimal targetPercent,
                        long inScope, long trained, BigDecimal percent) {
        this.asOf = asOf;
        this.countsUntil = countsUntil;
        this.signerTitle = signerTitle;
        this.signerName = signerName;
        this.targetPercent = targetPercent;
        this.inScope = inScope;
        this.trained = trained;
        this.percent = percent;
    }

    public Long id() { return id; }
    public long programmeId() { return programmeId; }
    public Long schoolId() { return schoolId; }
    public boolean district() { return FiledReport.DISTRICT.equals(unit); }
    public LocalDate asOf() { return asOf; }
    public LocalDateTime filedAt() { return filedAt; }
    public String documentNumber() { return documentNumber; }

    public FiledReport view(List<String> formats) {
        return new FiledReport(id, programmeId, district() ? null : unit, number, documentNumber, filedOn, filedAt, filedBy, asOf, countsUntil,
                signerTitle, signerName, targetPercent, inScope, trained, percent, formats);
    }
}
