package vn.edu.taphuan.audit.control;

import org.apache.commons.csv.CSVPrinter;
import vn.edu.taphuan.audit.entity.AuditEntry;
import vn.edu.taphuan.platform.CsvCells;
import vn.edu.taphuan.platform.VietnameseText;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Audit entries as CSV in the service's convention ({@link CsvCells}: UTF-8 with a byte-order mark, {@code ;} between
 * cells, decimal comma), every cell through {@link CsvCells#safe} — entries quote what people typed (school names, file
 * names), which must never run as a formula. Times in UTC, written dd/MM/yyyy HH:mm:ss.
 */
public final class AuditCsv {
    private AuditCsv() {
    }

    public static void write(List<AuditEntry> entries, OutputStream out) throws IOException {
        try (CSVPrinter csv = CsvCells.printer(out)) {
            csv.printRecord("Số", "Thời điểm (UTC)", "Người thực hiện", "Trường của người thực hiện", "Địa chỉ", "Loại thay đổi",
                    "Mã trường", "Mã nhân sự", "Lần nhập tệp", "Đối tượng", "Trước", "Sau");
            for (AuditEntry e : entries) {
                csv.printRecord(CsvCells.safe(e.id(), VietnameseText.dateTime(LocalDateTime.ofInstant(e.at(), ZoneOffset.UTC)), e.actor(), e.actorSchool(), e.address(), e.kind().name(),
                        e.schoolCode(), e.staffCode(), e.importJob(), e.subject(), e.before(), e.after()));
            }
        }
    }
}
