package vn.edu.taphuan.reporting.control;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import vn.edu.taphuan.platform.CsvCells;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * The table of the official report as CSV for other programs: UTF-8 with a byte-order mark (so spreadsheet
 * programs read the diacritics), RFC 4180, plain numbers with a decimal point, an empty cell for "no
 * percentage" — and the school code, which the filed layout has no column for.
 */
public final class CsvExport {
    private CsvExport() {
    }

    public static void write(OfficialReport r, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write('\uFEFF');
        try (CSVPrinter csv = new CSVPrinter(w, CSVFormat.RFC4180)) {
            csv.printRecord("STT", "Mã trường", "Đơn vị", "Loại hình", "Thuộc diện", "CBQL", "Viên chức", "Nữ", "Đã hoàn thành",
                    "Tỷ lệ (%)", r.columnTitle(9), "Ghi chú");
            for (OfficialReport.Line l : r.lines()) {
                print(csv, l);
            }
            print(csv, r.total());
        }
    }

    private static void print(CSVPrinter csv, OfficialReport.Line l) throws IOException {
        // names and notes come from imports: a cell like =HYPERLINK(...) must stay text in a spreadsheet
        csv.printRecord(CsvCells.safe(l.number(), l.code(), l.unit(), l.type(), l.inScope(), l.managers(), l.employees(), l.women(),
                l.trained(), l.percent() == null ? "" : l.percent().toPlainString(), l.met(), l.note()));
    }
}
