package vn.edu.taphuan.directory;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Test import files, built row by row: {@code RosterFile.staffVi().person("GV1", "Lê Thị Hoa", "THCS01").csv()}.
 * Writes CSV (UTF-8 with or without BOM, or any other charset to test encoding checks) and XLSX through POI
 * (date columns as real Excel date cells).
 */
public final class RosterFile {
    public static final List<String> STAFF_VI = List.of("Mã nhân sự", "Họ và tên", "Giới tính", "Nhóm", "Trạng thái", "Ngày bắt đầu", "Ngày kết thúc", "Mã trường");
    public static final List<String> STAFF_EN = List.of("staff_code", "full_name", "gender", "category", "status", "start_date", "end_date", "school_code");
    public static final List<String> SCHOOLS_VI = List.of("Mã trường", "Tên trường", "Phường/xã", "Loại hình", "Cấp học");
    public static final List<String> SCHOOLS_EN = List.of("school_code", "name", "ward", "type", "level");

    private final List<String> header;
    private final boolean english;
    private final List<List<String>> rows = new ArrayList<>();

    private RosterFile(List<String> header, boolean english) {
        this.header = new ArrayList<>(header);
        this.english = english;
    }

    public static RosterFile staffVi() {
        return new RosterFile(STAFF_VI, false);
    }

    public static RosterFile staffEn() {
        return new RosterFile(STAFF_EN, true);
    }

    public static RosterFile schoolsVi() {
        return new RosterFile(SCHOOLS_VI, false);
    }

    public static RosterFile schoolsEn() {
        return new RosterFile(SCHOOLS_EN, true);
    }

    /** Any header row, for header problems. */
    public static RosterFile withHeader(String... header) {
        return new RosterFile(Arrays.asList(header), false);
    }

    public RosterFile row(String... cells) {
        rows.add(Arrays.asList(cells));
        return this;
    }

    /** A staff row with usual values (female employee, active since 1 Sep 2020) in the header's language. */
    public RosterFile person(String code, String name, String school) {
        return english
                ? row(code, name, "female", "employee", "active", "2020-09-01", "", school)
                : row(code, name, "Nữ", "Viên chức", "Đang làm việc", "01/09/2020", "", school);
    }

    /** A school row (public, THCS) in the header's language. */
    public RosterFile school(String code, String name, String ward) {
        return english ? row(code, name, ward, "public", "THCS") : row(code, name, ward, "Công lập", "THCS");
    }

    /** The file with one column left out (by header), to test missing columns. */
    public RosterFile without(String column) {
        int i = header.indexOf(column);
        header.remove(i);
        rows.replaceAll(r -> {
            List<String> copy = new ArrayList<>(r);
            if (i < copy.size()) {
                copy.remove(i);
            }
            return copy;
        });
        return this;
    }

    public int size() {
        return rows.size();
    }

    public byte[] csv() {
        return csv(StandardCharsets.UTF_8, false);
    }

    public byte[] csvWithBom() {
        return csv(StandardCharsets.UTF_8, true);
    }

    public byte[] csv(Charset charset, boolean bom) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (var writer = new OutputStreamWriter(out, charset); var printer = new CSVPrinter(writer, CSVFormat.DEFAULT)) {
            if (bom) {
                writer.write('\uFEFF');
            }
            printer.printRecord(header);
            for (List<String> r : rows) {
                printer.printRecord(r);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** XLSX; cells under a date header that hold a dd/MM/yyyy or ISO date become Excel dates shown as m/d/yy. */
    public byte[] xlsx() {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle usDate = book.createCellStyle();
            usDate.setDataFormat((short) 14); // Excel's built-in m/d/yy: the displayed text would be ambiguous
            Sheet sheet = book.createSheet("Danh sách");
            Row top = sheet.createRow(0);
            for (int i = 0; i < header.size(); i++) {
                top.createCell(i).setCellValue(header.get(i));
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                List<String> cells = rows.get(r);
                for (int i = 0; i < cells.size(); i++) {
                    String v = cells.get(i);
                    if (v == null || v.isEmpty()) {
                        continue;
                    }
                    LocalDate date = i < header.size() && header.get(i).toLowerCase().matches(".*(ngày|date).*") ? date(v) : null;
                    if (date != null) {
                        var cell = row.createCell(i);
                        cell.setCellValue(date);
                        cell.setCellStyle(usDate);
                    } else {
                        row.createCell(i).setCellValue(v);
                    }
                }
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static LocalDate date(String v) {
        if (v.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return LocalDate.parse(v);
        }
        if (v.matches("\\d{2}/\\d{2}/\\d{4}")) {
            String[] p = v.split("/");
            return LocalDate.of(Integer.parseInt(p[2]), Integer.parseInt(p[1]), Integer.parseInt(p[0]));
        }
        return null;
    }
}
