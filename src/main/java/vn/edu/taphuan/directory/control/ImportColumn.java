package vn.edu.taphuan.directory.control;

import vn.edu.taphuan.directory.entity.ImportKind;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The columns of an import file, per kind, with the header names people may use for each: the Vietnamese one
 * first (it is the template's), then the English one, then other spellings met in district spreadsheets.
 * Headers are compared {@link #key(String) folded}, so case, diacritics, spaces and punctuation do not matter.
 */
public enum ImportColumn {
    SCHOOL_CODE(ImportKind.SCHOOLS, true, 32, "Mã trường", "school_code", "code", "mã", "mã số", "mã đơn vị"),
    SCHOOL_NAME(ImportKind.SCHOOLS, true, 200, "Tên trường", "name", "school_name", "tên", "tên đơn vị"),
    WARD(ImportKind.SCHOOLS, true, 120, "Phường/xã", "ward", "phường", "xã", "phường xã", "địa bàn"),
    SCHOOL_TYPE(ImportKind.SCHOOLS, true, 0, "Loại hình", "type", "school_type", "loại hình trường"),
    LEVEL(ImportKind.SCHOOLS, false, 32, "Cấp học", "level", "cấp"),

    STAFF_CODE(ImportKind.STAFF, true, 32, "Mã nhân sự", "staff_code", "code", "mã", "mã số", "mã NS", "mã cán bộ",
            "mã viên chức", "mã giáo viên", "mã CBGVNV"),
    FULL_NAME(ImportKind.STAFF, true, 200, "Họ và tên", "full_name", "name", "họ tên", "tên"),
    GENDER(ImportKind.STAFF, true, 0, "Giới tính", "gender", "sex", "phái"),
    CATEGORY(ImportKind.STAFF, true, 0, "Nhóm", "category", "đối tượng", "phân loại", "nhóm nhân sự"),
    STATUS(ImportKind.STAFF, false, 0, "Trạng thái", "status", "tình trạng"),
    START_DATE(ImportKind.STAFF, false, 0, "Ngày bắt đầu", "start_date", "ngày vào làm", "từ ngày", "ngày tuyển dụng"),
    END_DATE(ImportKind.STAFF, false, 0, "Ngày kết thúc", "end_date", "ngày nghỉ", "đến ngày", "ngày nghỉ việc"),
    STAFF_SCHOOL(ImportKind.STAFF, true, 32, "Mã trường", "school_code", "school", "trường", "mã đơn vị");

    /** Columns that may be present and are not read: row numbers and notes people keep in their sheets. */
    public static final List<String> IGNORED = List.of("STT", "No.", "số thứ tự", "Ghi chú", "note", "notes");

    private final ImportKind kind;
    private final boolean required;
    private final int maxLength;
    private final List<String> names;
    private final List<String> keys;

    ImportColumn(ImportKind kind, boolean required, int maxLength, String... names) {
        this.kind = kind;
        this.required = required;
        this.maxLength = maxLength;
        this.names = List.of(names);
        this.keys = this.names.stream().map(ImportColumn::key).toList();
    }

    public static List<ImportColumn> of(ImportKind kind) {
        return Arrays.stream(values()).filter(c -> c.kind == kind).toList();
    }

    /** The header as the template writes it: Vietnamese ("Mã nhân sự") or English ("staff_code"). */
    public String header(Locale locale) {
        return "en".equals(locale.getLanguage()) ? names.get(1) : names.get(0);
    }

    /** Both template headers, for messages: "Mã nhân sự / staff_code". */
    public String bothHeaders() {
        return names.get(0) + " / " + names.get(1);
    }

    public boolean required() {
        return required;
    }

    /** Longest value the database keeps; 0 when the value is a fixed word or a date. */
    public int maxLength() {
        return maxLength;
    }

    public List<String> names() {
        return names;
    }

    boolean matches(String headerKey) {
        return keys.contains(headerKey);
    }

    static boolean ignored(String headerKey) {
        return IGNORED.stream().map(ImportColumn::key).anyMatch(headerKey::equals);
    }

    /** Header comparison form: folded and without spaces, so "Họ và tên", "HO VA TEN", "ho_va_ten" meet. */
    static String key(String header) {
        return ImportValues.fold(header).replace(" ", "");
    }
}
