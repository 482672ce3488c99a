package vn.edu.taphuan.directory.control;

import org.apache.commons.csv.CSVPrinter;
import vn.edu.taphuan.platform.CsvCells;
import vn.edu.taphuan.platform.Messages;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.edu.taphuan.directory.entity.Gender;
import vn.edu.taphuan.directory.entity.ImportKind;
import vn.edu.taphuan.directory.entity.SchoolType;
import vn.edu.taphuan.directory.entity.StaffCategory;
import vn.edu.taphuan.directory.entity.StaffStatus;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The import templates: a header row (Vietnamese or English names) and one example row, as CSV UTF-8 with a
 * byte-order mark (so Excel opens Vietnamese correctly) or as XLSX, whose second sheet explains every column
 * in both languages. docs/import.md describes the same columns. In the XLSX, each column with a fixed set of
 * values (gender, category, status, school type) offers them as a drop-down, so a principal picks rather than types.
 */
public final class ImportTemplate {
    /** Rows below the header that carry the drop-downs: more than any school's roster or a district's schools. */
    static final int VALIDATED_ROWS = 5_000;

    private ImportTemplate() {
    }

    /** The example row, in the template's language; its fixed values are the labels of the bundles (enum.*). */
    static List<String> example(ImportKind kind, boolean english) {
        Locale locale = english ? Locale.ENGLISH : Messages.VIETNAMESE;
        if (kind == ImportKind.SCHOOLS) {
            return List.of("THCS99", "Trường THCS Hoa Sen (mẫu)", "Phường Hoa Mai (mẫu)", Messages.label(locale, SchoolType.PUBLIC), "THCS");
        }
        return List.of("GV99001", "Nguyễn Thị Mẫu", Messages.label(locale, Gender.FEMALE), Messages.label(locale, StaffCategory.EMPLOYEE),
                Messages.label(locale, StaffStatus.ACTIVE), english ? "2020-09-01" : "01/09/2020", "", "THCS01");
    }

    public static byte[] csv(ImportKind kind, Locale locale) {
        boolean english = english(locale);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CSVPrinter printer = CsvCells.printer(out)) {
            printer.printRecord(CsvCells.safe(ImportColumn.of(kind).stream().map(c -> c.header(locale)).toArray()));
            printer.printRecord(CsvCells.safe(example(kind, english).toArray()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public static byte[] xlsx(ImportKind kind, Locale locale) {
        boolean english = english(locale);
        List<ImportColumn> columns = ImportColumn.of(kind);
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle head = book.createCellStyle();
            Font bold = book.createFont();
            bold.setBold(true);
            head.setFont(bold);
            head.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            head.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            head.setBorderBottom(BorderStyle.THIN);
            CellStyle text = book.createCellStyle();
            text.setDataFormat(book.createDataFormat().getFormat("@")); // codes such as 00123 keep their zeros
            CellStyle date = book.createCellStyle();
            date.setDataFormat(book.createDataFormat().getFormat("dd/mm/yyyy"));

            Sheet data = book.createSheet(kind == ImportKind.SCHOOLS ? (english ? "Schools" : "Trường") : (english ? "Staff" : "Nhân sự"));
            Row header = data.createRow(0);
            Row sample = data.createRow(1);
            List<String> values = example(kind, english);
            for (int i = 0; i < columns.size(); i++) {
                ImportColumn column = columns.get(i);
                var h = header.createCell(i);
                h.setCellValue(column.header(locale));
                h.setCellStyle(head);
                String v = values.get(i);
                var cell = sample.createCell(i);
                if (column == ImportColumn.START_DATE && !v.isEmpty()) {
                    cell.setCellValue(LocalDate.of(2020, 9, 1));
                    cell.setCellStyle(date);
                } else if (column == ImportColumn.END_DATE) {
                    cell.setCellStyle(date);
                } else {
                    cell.setCellValue(v);
                    cell.setCellStyle(text);
                }
                data.setColumnWidth(i, 22 * 256);
                data.setDefaultColumnStyle(i, column == ImportColumn.START_DATE || column == ImportColumn.END_DATE ? date : text);
                int at = i;
                choices(column, english).ifPresent(words -> dropDown(data, at, column.header(locale), words, english));
            }
            data.createFreezePane(0, 1);
            guide(book, kind, english, head);
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The values a column offers in its drop-down, in the template's language: the first word of each value (the one
     * shown to people), e.g. "Nữ", "Nam", "Khác". Empty for free-text and date columns.
     */
    static Optional<List<String>> choices(ImportColumn column, boolean english) {
        Map<? extends Enum<?>, List<String>> aliases = switch (column) {
            case GENDER -> ImportValues.GENDERS;
            case CATEGORY -> ImportValues.CATEGORIES;
            case STATUS -> ImportValues.STATUSES;
            case SCHOOL_TYPE -> ImportValues.SCHOOL_TYPES;
            default -> null;
        };
        return Optional.ofNullable(aliases).map(a -> a.values().stream().map(words -> words.get(english ? 1 : 0)).toList());
    }

    /**
     * An in-cell list on the column's data rows. It only warns on another word: the importer accepts more words than
     * the list shows ("GV", "Nữ giới", accents left out), and a file typed that way should still be saved.
     */
    private static void dropDown(Sheet data, int column, String header, List<String> words, boolean english) {
        DataValidationHelper helper = data.getDataValidationHelper();
        DataValidation rule = helper.createValidation(helper.createExplicitListConstraint(words.toArray(String[]::new)),
                new CellRangeAddressList(1, VALIDATED_ROWS, column, column));
        // writes showDropDown="0": Excel reads showDropDown="1" as "hide the in-cell arrow", the inverse of its name
        rule.setSuppressDropDownArrow(true);
        rule.setEmptyCellAllowed(true);
        rule.setErrorStyle(DataValidation.ErrorStyle.WARNING);
        rule.setShowErrorBox(true);
        rule.createErrorBox(header, (english ? "Choose one of: " : "Chọn một trong: ") + String.join(", ", words));
        rule.setShowPromptBox(true);
        rule.createPromptBox(header, (english ? "Pick from the list: " : "Chọn trong danh sách: ") + String.join(", ", words));
        data.addValidationData(rule);
    }

    /** Second sheet: every column, both header names, whether required, and the accepted values. */
    private static void guide(XSSFWorkbook book, ImportKind kind, boolean english, CellStyle head) {
        Sheet guide = book.createSheet(english ? "Guide" : "Hướng dẫn");
        String[] titles = english
                ? new String[]{"Header (Vietnamese)", "Header (English)", "Required", "Accepted values / format"}
                : new String[]{"Tiêu đề (tiếng Việt)", "Tiêu đề (tiếng Anh)", "Bắt buộc", "Giá trị được chấp nhận / định dạng"};
        Row top = guide.createRow(0);
        for (int i = 0; i < titles.length; i++) {
            var c = top.createCell(i);
            c.setCellValue(titles[i]);
            c.setCellStyle(head);
        }
        int r = 1;
        for (ImportColumn column : ImportColumn.of(kind)) {
            Row row = guide.createRow(r++);
            row.createCell(0).setCellValue(column.names().get(0));
            row.createCell(1).setCellValue(column.names().get(1));
            row.createCell(2).setCellValue(column.required() ? (english ? "yes" : "có") : (english ? "no" : "không"));
            row.createCell(3).setCellValue(accepted(column, english));
        }
        r++;
        String[] notes = english ? new String[]{
                "Row 1 holds the headers (Vietnamese or English names; case and accents do not matter). One school or person per row.",
                "The whole file is checked first: if any row has a problem, nothing is imported and every problem is listed.",
                "Codes are matched to stored ones: a new code is added, a known code is updated; importing the same file again changes nothing.",
                "Save as .xlsx, or as CSV UTF-8 (Excel: File › Save As › “CSV UTF-8 (Comma delimited)”). Only the first sheet is read.",
                "Columns STT and Ghi chú (note) may stay; they are skipped."
        } : new String[]{
                "Dòng 1 là tiêu đề (tên tiếng Việt hoặc tiếng Anh; không phân biệt hoa thường, có dấu hay không). Mỗi trường hoặc mỗi người một dòng.",
                "Toàn bộ tệp được kiểm tra trước: chỉ cần một dòng có lỗi thì không dòng nào được nhập và mọi lỗi đều được liệt kê.",
                "Đối chiếu theo mã: mã mới được thêm, mã đã có được cập nhật; nhập lại cùng một tệp không thay đổi gì.",
                "Lưu dạng .xlsx hoặc CSV UTF-8 (Excel: File › Save As › “CSV UTF-8 (Comma delimited)”). Chỉ đọc trang tính đầu tiên.",
                "Có thể giữ cột STT và Ghi chú; hai cột này được bỏ qua."
        };
        for (String note : notes) {
            guide.createRow(r++).createCell(0).setCellValue(note);
        }
        guide.setColumnWidth(0, 26 * 256);
        guide.setColumnWidth(1, 18 * 256);
        guide.setColumnWidth(2, 10 * 256);
        guide.setColumnWidth(3, 90 * 256);
    }

    static String accepted(ImportColumn column, boolean english) {
        return switch (column) {
            case GENDER -> words(ImportValues.GENDERS);
            case CATEGORY -> words(ImportValues.CATEGORIES);
            case STATUS -> words(ImportValues.STATUSES) + (english ? " — empty = " : " — để trống = ")
                    + ImportValues.STATUSES.get(StaffStatus.ACTIVE).get(english ? 1 : 0);
            case SCHOOL_TYPE -> words(ImportValues.SCHOOL_TYPES);
            case START_DATE, END_DATE -> english ? "dd/mm/yyyy or yyyy-mm-dd, or an Excel date; may be empty"
                    : "ngày/tháng/năm (01/09/2020) hoặc 2020-09-01, hoặc ô ngày của Excel; có thể để trống";
            case LEVEL -> english ? "text, at most 32 characters; empty = THCS" : "chữ, tối đa 32 ký tự; để trống = THCS";
            case STAFF_SCHOOL -> english ? "code of an existing school (e.g. THCS01)" : "mã của một trường đã có (ví dụ THCS01)";
            default -> column.maxLength() > 0
                    ? (english ? "text, at most " + column.maxLength() + " characters" : "chữ, tối đa " + column.maxLength() + " ký tự")
                    + (column == ImportColumn.STAFF_CODE || column == ImportColumn.SCHOOL_CODE
                    ? (english ? "; letters without accents, digits . - _ ; unique" : "; chữ không dấu, số, . - _ ; không trùng") : "")
                    : "";
        };
    }

    private static <E extends Enum<E>> String words(Map<E, List<String>> aliases) {
        StringBuilder b = new StringBuilder();
        aliases.forEach((value, list) -> {
            if (b.length() > 0) {
                b.append("  |  ");
            }
            b.append(String.join(", ", list));
        });
        return b.toString();
    }

    private static boolean english(Locale locale) {
        return "en".equals(locale.getLanguage());
    }
}
