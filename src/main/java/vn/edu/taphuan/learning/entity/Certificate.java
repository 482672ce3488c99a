package vn.edu.taphuan.learning.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import vn.edu.taphuan.reporting.entity.ReportHeader;

import java.security.SecureRandom;
import java.time.LocalDateTime;
import java.util.Locale;

/**
 * Proof that a staff member completed a course: issued once per course attempt, with a random verification code
 * (12 characters of Crockford base32, 60 bits: not guessable, easy to read out and type). It keeps the name and
 * the course title as they were on the day.
 */
@Entity
@Table(name = "certificate")
@NamedQuery(name = Certificate.OF_ATTEMPT, query = "SELECT c FROM Certificate c WHERE c.courseAttemptId = :attempt")
@NamedQuery(name = Certificate.OF_STAFF, query = "SELECT c FROM Certificate c WHERE c.staffId = :staff")
@NamedQuery(name = Certificate.ERASE_HOLDER, query = "UPDATE Certificate c SET c.holderName = :name WHERE c.staffId = :staff")
public class Certificate {
    public static final String OF_ATTEMPT = "Certificate.ofAttempt";
    public static final String OF_STAFF = "Certificate.ofStaff";
    public static final String ERASE_HOLDER = "Certificate.eraseHolder";
    /** Crockford's base32: no I, L, O or U, so a code read aloud or copied by hand survives. */
    static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    static final int LENGTH = 12;
    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    private String code;
    @Column(name = "course_attempt_id")
    private Long courseAttemptId;
    @Column(name = "staff_id")
    private long staffId;
    @Column(name = "course_id")
    private String courseId;
    @Column(name = "course_version")
    private int courseVersion;
    @Column(name = "holder_name")
    private String holderName;
    @Column(name = "course_title_vi")
    private String courseTitleVi;
    @Column(name = "course_title_en")
    private String courseTitleEn;
    @Column(name = "score_percent")
    private int scorePercent;
    @Column(name = "issued_at")
    private LocalDateTime issuedAt;
    @Column(name = "superior_body")
    private String superiorBody;
    @Column(name = "issuing_unit")
    private String issuingUnit;
    private String place;
    @Column(name = "signer_title")
    private String signerTitle;
    @Column(name = "signer_name")
    private String signerName;

    protected Certificate() {
    }

    public Certificate(CourseAttempt attempt, String holderName, String titleVi, String titleEn, int scorePercent, LocalDateTime issuedAt) {
        this.code = newCode();
        this.courseAttemptId = attempt.id();
        this.staffId = attempt.staffId();
        this.courseId = attempt.courseId();
        this.courseVersion = attempt.courseVersion();
        this.holderName = holderName;
        this.courseTitleVi = titleVi;
        this.courseTitleEn = titleEn;
        this.scorePercent = scorePercent;
        this.issuedAt = issuedAt;
    }

    /**
     * The issuer, from the header of the programme the course counted for on the day: copied, so an edit of the
     * programme later never changes a certificate already handed out.
     */
    public Certificate issuedUnder(ReportHeader header) {
        this.superiorBody = header.superiorBody();
        this.issuingUnit = header.issuingUnit();
        this.place = header.place();
        this.signerTitle = header.signerTitle();
        this.signerName = header.signerName();
        return this;
    }

    /** The issuer as issued: empty fields for a certificate issued before issuers were recorded or outside a programme. */
    public ReportHeader issuer() {
        return new ReportHeader(superiorBody, issuingUnit, place, null, signerTitle, signerName, null);
    }

    static String newCode() {
        StringBuilder b = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            b.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return b.toString();
    }

    /** What a person typed, as stored: upper case, no spaces or dashes, O read as 0 and I/L as 1. */
    public static String normalize(String typed) {
        if (typed == null) {
            return "";
        }
        return typed.toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "").replace('O', '0').replace('I', '1').replace('L', '1');
    }

    public static boolean wellFormed(String normalized) {
        return normalized.length() == LENGTH && normalized.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0);
    }

    /** For people: groups of four, {@code 7K2M-9QXH-P3DA}. */
    public String displayCode() {
        return code.substring(0, 4) + "-" + code.substring(4, 8) + "-" + code.substring(8);
    }

    /**
     * The holder as the public verification page shows them: initials only, family name first as written,
     * e.g. "Nguyễn Thị Ánh Tuyết" → "N. T. A. T.". Enough to match a certificate someone shows, not to find them.
     */
    public String maskedHolder() {
        return String.join(" ", java.util.Arrays.stream(holderName.strip().split("\\s+"))
                .map(w -> w.substring(0, w.offsetByCodePoints(0, 1)).toUpperCase(Locale.ROOT) + ".").toList());
    }

    public String code() { return code; }
    public Long courseAttemptId() { return courseAttemptId; }
    public long staffId() { return staffId; }
    public String courseId() { return courseId; }
    public int courseVersion() { return courseVersion; }
    public String holderName() { return holderName; }
    public String courseTitleVi() { return courseTitleVi; }
    public String courseTitleEn() { return courseTitleEn; }
    public int scorePercent() { return scorePercent; }
    public LocalDateTime issuedAt() { return issuedAt; }
}
