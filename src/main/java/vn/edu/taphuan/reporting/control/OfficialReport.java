package vn.edu.taphuan.reporting.control;

import vn.edu.taphuan.platform.Messages;
import vn.edu.taphuan.platform.VietnameseText;
import vn.edu.taphuan.directory.entity.SchoolType;
import vn.edu.taphuan.directory.entity.StaffCategory;
import vn.edu.taphuan.reporting.entity.DistrictReport;
import vn.edu.taphuan.reporting.entity.ProgrammeView;
import vn.edu.taphuan.reporting.entity.ReportHeader;
import vn.edu.taphuan.reporting.entity.SchoolReport;
import vn.edu.taphuan.reporting.entity.SchoolRow;
import vn.edu.taphuan.reporting.entity.Totals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The report as filed (Decree 30/2020/NĐ-CP, Appendix I, and the statistics-table practice of
 * docs/reporting.md, "The filed report"), built once from a district or school report and written as CSV, XLSX or PDF, so the
 * three carry the same words and the same numbers as the JSON they come from.
 */
public record OfficialReport(List<String> superiorBody, List<String> issuingUnit, String documentSymbol, String placeAndDate,
                             String subject, List<String> intro, String targetLabel, List<Line> lines, Line total,
                             List<Person> untrained, List<String> recipients, List<String> signerTitle, String signerName,
                             String fileName) {

    public static final String NATION = ReportHeader.NATION;
    public static final String MOTTO = ReportHeader.MOTTO;
    public static final String TITLE = "BÁO CÁO";
    public static final String RECIPIENTS = "Nơi nhận:";
    public static final String TOTAL = "Tổng cộng";
    public static final String MET = "Đạt";
    public static final String NOT_MET = "Chưa đạt";
    /** Where a number or symbol is left to fill in by hand. */
    public static final String BLANK = "……";
    /** A school's own report: the school's register gives it its number and symbol. */
    public static final String SCHOOL_SYMBOL = "/BC-" + BLANK;
    public static final String UNTRAINED_TITLE = "DANH SÁCH CÁN BỘ QUẢN LÝ, VIÊN CHỨC CHƯA HOÀN THÀNH";

    /** Column headings: level 1, with "Trong đó" spanning the three "of which" columns of level 2. */
    public static final List<String> COLUMNS = List.of("STT", "Đơn vị", "Loại hình", "Tổng số CBQL, viên chức thuộc diện",
            "CBQL", "Viên chức", "Nữ", "Số đã hoàn thành", "Tỷ lệ (%)", "Đạt chỉ tiêu {0}", "Ghi chú");
    public static final String OF_WHICH = "Trong đó";
    public static final List<String> UNTRAINED_COLUMNS = List.of("STT", "Họ và tên", "Mã nhân sự", "Nhóm", "Chuyên đề chưa hoàn thành");

    /** One row of the table; the numbers are those of the JSON report, {@code percent} null when nobody is in scope. */
    public record Line(String number, String code, String unit, String type, long inScope, long managers, long employees, long women,
                       long trained, BigDecimal percent, String met, String note) {
    }

    /** Someone not yet trained (school report only). */
    public record Person(String number, String fullName, String code, String category, String lacking) {
    }

    /** The same report as filed: its number, the place and filing date, the signer, the file name. */
    public OfficialReport filed(String documentNumber, String placeAndDate, List<String> signerTitle, String signerName, String fileName) {
        return new OfficialReport(superiorBody, issuingUnit, documentNumber, placeAndDate, subject, intro, targetLabel, lines, total, untrained,
                recipients, signerTitle, signerName, fileName);
    }

    public String columnTitle(int i) {
        return COLUMNS.get(i).replace("{0}", targetLabel);
    }

    /** The school type's label from the bundle (enum.schoolType.*): the filed report is written in Vietnamese. */
    public static String type(SchoolType type) {
        return Messages.label(Messages.VIETNAMESE, type);
    }

    static String met(Boolean met) {
        return met == null ? VietnameseText.NIL : met ? MET : NOT_MET;
    }

    static String note(SchoolRow r) {
        if (!r.anyoneInScope()) {
            return "Không có người thuộc diện";
        }
        return r.stillNeeded() != null && r.stillNeeded() > 0 ? "Còn thiếu " + VietnameseText.integer(r.stillNeeded()) + " người" : "";
    }

    static Line line(int number, SchoolRow r) {
        return new Line(Integer.toString(number), r.code(), r.name(), type(r.type()), r.inScope(), r.managers(), r.employees(), r.women(),
                r.trained(), r.percent(), met(r.meetsTarget()), note(r));
    }

    static Line total(Totals t) {
        return new Line("", "", TOTAL, "", t.inScope(), t.managers(), t.employees(), t.women(), t.trained(), t.percent(),
                t.schoolsWithSomeoneInScope() == 0 ? VietnameseText.NIL : t.schoolsMeetingTarget() + "/" + t.schoolsWithSomeoneInScope() + " trường",
                schoolsWithNoOneInScope(t));
    }

    /** The total's note: how many schools have nobody in scope, who count neither as meeting the target nor as missing it. */
    private static String schoolsWithNoOneInScope(Totals t) {
        return t.schoolsWithNoOneInScope() == 0 || t.schools() == 1 ? ""
                : VietnameseText.integer(t.schoolsWithNoOneInScope()) + " trường không có người thuộc diện";
    }

    public static OfficialReport of(DistrictReport r) {
        ProgrammeView p = r.programme();
        ReportHeader h = p.header();
        List<Line> lines = new ArrayList<>();
        for (SchoolRow row : r.schools()) {
            lines.add(line(lines.size() + 1, row));
        }
        List<String> intro = intro(p, r.asOf(), r.countsUntil());
        if (r.filter().ward() != null || r.filter().type() != null || r.filter().category() != null) {
            intro = new ArrayList<>(intro);
            intro.add("Phạm vi: " + java.util.stream.Stream.of(r.filter().ward(), r.filter().type() == null ? null : type(r.filter().type()),
                    r.filter().category() == null ? null : category(r.filter().category())).filter(java.util.Objects::nonNull)
                    .collect(Collectors.joining("; ")) + ".");
        }
        return new OfficialReport(ReportHeader.lines(h.superiorBody()), ReportHeader.lines(h.issuingUnit()), unnumbered(h.documentSymbol()),
                VietnameseText.placeAndDate(h.place(), r.asOf()), subject(p), intro, VietnameseText.target(p.targetPercent()),
                lines, total(r.totals()), List.of(), ReportHeader.lines(h.recipients()), ReportHeader.lines(h.signerTitle()),
                blankIfNull(h.signerName()), fileName(p.periodStart(), p.deadline(), null, null, r.asOf()));
    }

    /** A school's own report: issued by the school under the programme's superior body, signed by the principal. */
    public static OfficialReport of(SchoolReport r) {
        ProgrammeView p = r.programme();
        ReportHeader h = p.header();
        Totals t = new Totals(r.school().inScope(), r.school().managers(), r.school().employees(), r.school().women(), r.school().trained(),
                r.school().percent(), r.school().meetsTarget(), r.school().stillNeeded(), 1, Boolean.TRUE.equals(r.school().meetsTarget()) ? 1 : 0,
                r.school().anyoneInScope() ? 0 : 1, r.school().anyoneInScope() ? 1 : 0);
        Map<String, String> titles = p.courses().stream().collect(Collectors.toMap(ProgrammeView.Course::id, ProgrammeView.Course::title));
        List<Person> people = new ArrayList<>();
        for (SchoolReport.Untrained u : r.untrained()) {
            people.add(new Person(Integer.toString(people.size() + 1), u.fullName(), u.code(), category(u.category()),
                    u.lacking().stream().map(c -> titles.getOrDefault(c, c)).collect(Collectors.joining("; "))));
        }
        List<String> recipients = new ArrayList<>();
        List<String> unit = ReportHeader.lines(h.issuingUnit());
        if (!unit.isEmpty()) {
            recipients.add(capitalised(String.join(" ", unit)) + " (để báo cáo);");
        }
        recipients.add("Lưu: VT.");
        return new OfficialReport(ReportHeader.lines(h.superiorBody()), List.of(r.school().name().toUpperCase(Locale.forLanguageTag("vi"))),
                unnumbered(SCHOOL_SYMBOL), VietnameseText.placeAndDate(h.place(), r.asOf()), subject(p),
                intro(p, r.asOf(), r.countsUntil()), VietnameseText.target(p.targetPercent()), List.of(line(1, r.school())), total(t),
                people, recipients, List.of("HIỆU TRƯỞNG"), "", fileName(p.periodStart(), p.deadline(), r.school().code(), null, r.asOf()));
    }

    /**
     * "……/BC-VHXH": a report downloaded from the pages has no number yet — the office's register gives it one, written
     * in by hand, as on any draft; only the symbol of the programme's header is printed (from its "/" on, so a number
     * typed into the setting is not repeated on every report). Without a symbol: "……/BC-……".
     */
    static String unnumbered(String symbol) {
        String s = symbol == null ? "" : symbol.strip();
        int slash = s.indexOf('/');
        return BLANK + (s.isEmpty() ? "/BC-" + BLANK : slash >= 0 ? s.substring(slash) : "/" + s);
    }

    /**
     * A file name people can read and sort: whose report (the school's code, or "toan-dia-ban"), the programme's year
     * ("2026", or "2025-2026" across two years), the number when filed, the day, e.g.
     * "bao-cao-THCS01-nam-2026-ngay-06-12-2026". ASCII only: browsers and mail programs pass it unchanged.
     */
    public static String fileName(LocalDate periodStart, LocalDate deadline, String schoolCode, Integer number, LocalDate day) {
        String unit = schoolCode == null ? "toan-dia-ban" : schoolCode.replaceAll("[^A-Za-z0-9_-]", "-");
        String year = periodStart.getYear() == deadline.getYear() ? Integer.toString(deadline.getYear())
                : periodStart.getYear() + "-" + deadline.getYear();
        return "bao-cao-" + unit + "-nam-" + year + (number == null ? "" : "-so-" + String.format("%02d", number))
                + "-ngay-" + VietnameseText.date(day).replace('/', '-');
    }

    private static String subject(ProgrammeView p) {
        String name = p.name().strip();
        return "Kết quả thực hiện " + (name.isEmpty() ? "" : name.substring(0, 1).toLowerCase(Locale.forLanguageTag("vi")) + name.substring(1));
    }

    private static List<String> intro(ProgrammeView p, LocalDate asOf, LocalDate countsUntil) {
        List<String> intro = new ArrayList<>();
        intro.add("Thời gian thực hiện: từ ngày " + VietnameseText.date(p.periodStart()) + " đến ngày " + VietnameseText.date(p.deadline())
                + ". Số liệu tính đến ngày " + VietnameseText.date(asOf)
                + (countsUntil.isBefore(asOf) ? " (chỉ tính các chuyên đề hoàn thành đến hạn " + VietnameseText.date(countsUntil) + ")" : "") + ".");
        if (p.countsFrom() != null && !p.countsFrom().equals(p.periodStart())) {
            // said only when it differs: the reader would otherwise assume the period bounds what counts
            intro.add("Các chuyên đề hoàn thành từ ngày " + VietnameseText.date(p.countsFrom()) + " được tính.");
        }
        intro.add("Chỉ tiêu: " + VietnameseText.target(p.targetPercent()) + " " + p.categories().stream().sorted().map(OfficialReport::categoryPlural)
                .collect(Collectors.joining(", ")) + " của mỗi trường hoàn thành " + p.courses().size() + " chuyên đề: "
                + p.courses().stream().map(ProgrammeView.Course::title).collect(Collectors.joining("; ")) + ".");
        return intro;
    }

    static String category(StaffCategory c) {
        return Messages.label(Messages.VIETNAMESE, c);
    }

    private static String categoryPlural(StaffCategory c) {
        return switch (c) {
            case MANAGER -> "cán bộ quản lý";
            case EMPLOYEE -> "viên chức";
            case OTHER -> "nhân viên khác";
        };
    }

    private static String capitalised(String upper) {
        String lower = upper.toLowerCase(Locale.forLanguageTag("vi"));
        return lower.isEmpty() ? lower : Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }

    private static String blankIfNull(String s) {
        return s == null ? "" : s;
    }
}
