package vn.edu.taphuan.audit.control;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import vn.edu.taphuan.audit.entity.AuditEntry;
import vn.edu.taphuan.platform.CsvCells;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Audit entries as CSV: UTF-8 with a byte-order mark (spreadsheet programs then read the diacritics), RFC 4180, every
 * cell through {@link CsvCells#safe} — entries quote what people typed (school names, file names), which must never
 * run as a formula. Times in UTC, ISO 8601.
 */
public final class AuditCsv {
    private AuditCsv() {
    }

    public static void write(List<AuditEntry> entries, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write('\uFEFF');
        try (CSVPrinter csv = new CSVPrinter(w, CSVFormat.RFC4180)) {
            csv.printRecord("Số", "Thời điểm (UTC)", "Người thực hiện", "Trường của người thực hiện", "Địa chỉ", "Loại thay đổi",
                    "Mã trường", "Mã nhân sự", "Lần nhập tệp", "Đối tượng", "Trước", "Sau");
            for (AuditEntry e : entries) {
                csv.printRecord(CsvCells.safe(e.id(), e.at().toString(), e.actor(), e.actorSchool(), e.address(), e.kind().name(),
                        e.schoolCode(), e.staffCode(), e.importJob(), e.subject(), e.before(), e.after()));
            }
        }
    }
}
