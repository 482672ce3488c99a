package vn.edu.taphuan.reporting.entity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.Arrays;
import java.util.List;

/**
 * The header and footer of the official report (Decree 30/2020/NĐ-CP layout): all free text, because
 * administrative units are renamed and merged (docs/reporting.md). Multi-line fields use one line per row.
 *
 * @param superiorBody   cơ quan chủ quản, e.g. "ỦY BAN NHÂN DÂN PHƯỜNG TÂN MỸ" (may be empty)
 * @param issuingUnit    the unit issuing the report, 1–3 lines, e.g. "PHÒNG VĂN HÓA - XÃ HỘI"
 * @param place          the place in the date line, e.g. "Phường Tân Mỹ"
 * @param documentSymbol the number and symbol after "Số:", e.g. "05/BC-VHXH"
 * @param signerTitle    1–3 lines, e.g. "KT. TRƯỞNG PHÒNG" / "PHÓ TRƯỞNG PHÒNG"
 * @param signerName     the signer's full name
 * @param recipients     "Nơi nhận", one recipient per line
 */
public record ReportHeader(
        @Size(max = 300) String superiorBody,
        @NotBlank(message = "{programme.issuingUnit.required}") @Size(max = 600)
        @Pattern(regexp = "[^\\n]*(\\n[^\\n]*){0,2}", message = "{programme.lines.max3}") String issuingUnit,
        @NotBlank(message = "{programme.place.required}") @Size(max = 120) String place,
        @Size(max = 60) String documentSymbol,
        @Size(max = 300) @Pattern(regexp = "[^\\n]*(\\n[^\\n]*){0,2}", message = "{programme.lines.max3}") String signerTitle,
        @Size(max = 120) String signerName,
        @Size(max = 1000) String recipients) {
    /** The national name and motto every administrative document carries (Decree 30/2020/NĐ-CP). */
    public static final String NATION = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    public static final String MOTTO = "Độc lập - Tự do - Hạnh phúc";
    /** Written out to keep constraint annotations off the constructor parameters (see RequestRecordsTest). */
    public ReportHeader(String superiorBody, String issuingUnit, String place, String documentSymbol, String signerTitle, String signerName, String recipients) {
        this.superiorBody = superiorBody;
        this.issuingUnit = issuingUnit;
        this.place = place;
        this.documentSymbol = documentSymbol;
        this.signerTitle = signerTitle;
        this.signerName = signerName;
        this.recipients = recipients;
    }


    public static List<String> lines(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("\\R")).map(String::strip).filter(l -> !l.isEmpty()).toList();
    }
}
