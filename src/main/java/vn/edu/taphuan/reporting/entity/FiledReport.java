package vn.edu.taphuan.reporting.entity;

import jakarta.json.bind.annotation.JsonbNillable;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A report as filed ("Nộp báo cáo"): frozen with its number, date, signer, as-of date and figures; its PDF and XLSX
 * are kept byte for byte (docs/reporting.md, "Filed reports").
 *
 * @param schoolCode     null for the district's report, else the school whose own report it is
 * @param number         the running number of the programme's (or the school's) filed reports, from 1
 * @param documentNumber as written after "Số:", e.g. "03/BC-VHXH"
 * @param filedAt        when it was filed, UTC; also the creation time written into its files
 * @param formats        the formats kept ({@code pdf}, {@code xlsx})
 */
@JsonbNillable
public record FiledReport(long id, long programmeId, String schoolCode, int number, String documentNumber, LocalDate filedOn,
                          LocalDateTime filedAt, String filedBy, LocalDate asOf, LocalDate countsUntil, String signerTitle,
                          String signerName, BigDecimal targetPercent, long inScope, long trained, BigDecimal percent,
                          List<String> formats) {

    /** The district's own unit key; a school's report is keyed by the school code. */
    public static final String DISTRICT = "*";

    /**
     * "Số" of a filed report: the running number, two digits at least (Decree 30/2020: a leading zero under 10),
     * then the symbol of the programme's header without any number written in it ("07/BC-VHXH" → "/BC-VHXH").
     */
    public static String documentNumber(int number, String symbol) {
        String n = String.format("%02d", number);
        if (symbol == null || symbol.isBlank()) {
            return n;
        }
        String s = symbol.strip();
        int slash = s.indexOf('/');
        return n + (slash >= 0 ? s.substring(slash) : "/" + s);
    }
}
