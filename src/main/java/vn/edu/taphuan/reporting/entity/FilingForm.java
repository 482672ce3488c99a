package vn.edu.taphuan.reporting.entity;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/**
 * What the one filing a report may give; everything else comes from the programme. Empty fields take the programme
 * header's signer and the report's default as-of date (the deadline once it has passed, else today).
 *
 * @param signerTitle 1–3 lines, e.g. "KT. TRƯỞNG PHÒNG" / "PHÓ TRƯỞNG PHÒNG"
 */
public record FilingForm(
        @Size(max = 300) @Pattern(regexp = "[^\\n]*(\\n[^\\n]*){0,2}", message = "{programme.lines.max3}") String signerTitle,
        @Size(max = 120) String signerName,
        LocalDate asOf) {
    /** Written out to keep constraint annotations off the constructor parameters (see RequestRecordsTest). */
    public FilingForm(String signerTitle, String signerName, LocalDate asOf) {
        this.signerTitle = signerTitle;
        this.signerName = signerName;
        this.asOf = asOf;
    }

    public static final FilingForm DEFAULTS = new FilingForm(null, null, null);
}
