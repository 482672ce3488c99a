package vn.edu.taphuan.reporting.control;

import org.apache.commons.csv.CSVPrinter;
import vn.edu.taphuan.directory.entity.StaffStatus;
import vn.edu.taphuan.platform.CsvCells;
import vn.edu.taphuan.platform.Messages;
import vn.edu.taphuan.platform.VietnameseText;
import vn.edu.taphuan.reporting.entity.SchoolReport;
import vn.edu.taphuan.reporting.entity.SchoolRow;
import vn.edu.taphuan.reporting.entity.StaffLine;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The report as CSV for spreadsheets, in the service's CSV convention ({@link CsvCells}: UTF-8 with a byte-order
 * mark, {@code ;} between cells, decimal comma). The district's file is the table of the official report with the
 * school code, which the filed layout has no column for; an empty percentage cell means nobody is in scope (the note
 * says "Không có người thuộc diện"). A school's file lists its people in scope, by name: category, each required
 * course done or not, trained or not; then the school's total and percentage lines.
 */
public final class CsvExport {
    static final String DONE = "Đã hoàn thành";
    static final String NOT_DONE = "Chưa hoàn thành";
    static final String ON_LEAVE = Messages.label(Messages.VIETNAMESE, StaffStatus.ON_LEAVE);

    private CsvExport() {
    }

    public static void write(OfficialReport r, OutputStream out) throws IOException {
        try (CSVPrinter csv = CsvCells.printer(out)) {
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
                l.trained(), l.percent() == null ? "" : l.percent(), l.met(), l.note()));
    }

    /**
     * A school's people, one row each (the caller sorts them), then "Tổng cộng" (how many completed each course, how
     * many are trained) and "Tỷ lệ (%)" (each course's share and the school's, with its verdict) — the figures of the
     * school report itself.
     */
    public static void school(SchoolReport r, List<StaffLine> people, OutputStream out) throws IOException {
        try (CSVPrinter csv = CsvCells.printer(out)) {
            List<Object> head = new ArrayList<>(List.of("STT", "Mã nhân sự", "Họ và tên", "Nhóm"));
            r.courses().forEach(c -> head.add(c.title()));
            head.addAll(List.of("Hoàn thành tất cả chuyên đề", "Ghi chú"));
            csv.printRecord(CsvCells.safe(head.toArray()));
            int number = 0;
            for (StaffLine p : people) {
                List<Object> row = new ArrayList<>(List.of(++number, p.code(), p.fullName(), OfficialReport.category(p.category())));
                p.completed().forEach(done -> row.add(done ? DONE : NOT_DONE));
                row.add(p.trained() ? "Có" : "Không");
                row.add(p.status() == StaffStatus.ON_LEAVE ? ON_LEAVE : "");
                csv.printRecord(CsvCells.safe(row.toArray()));
            }
            SchoolRow s = r.school();
            List<Object> count = new ArrayList<>(List.of("", "", OfficialReport.TOTAL, VietnameseText.integer(s.inScope()) + " người thuộc diện"));
            List<Object> share = new ArrayList<>(List.of("", "", "Tỷ lệ (%)", ""));
            for (SchoolReport.CourseProgress c : r.courses()) {
                count.add(c.completed());
                share.add(c.percent() == null ? "" : c.percent());
            }
            count.addAll(List.of(s.trained(), OfficialReport.note(s)));
            share.addAll(List.of(s.percent() == null ? "" : s.percent(), OfficialReport.met(s.meetsTarget())));
            csv.printRecord(CsvCells.safe(count.toArray()));
            csv.printRecord(CsvCells.safe(share.toArray()));
        }
    }
}
