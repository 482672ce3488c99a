package vn.edu.taphuan.referral.control;

import vn.edu.taphuan.directory.control.ImportValues;
import vn.edu.taphuan.referral.entity.PhoneNumber;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The values of a referral contact: the field name of the JSON form, and the column headers of the CSV file
 * (Vietnamese first, English second, then other spellings; compared folded, so case, accents, spaces and
 * punctuation do not matter).
 */
public enum ContactField {
    KIND("kind", 0, "Loại", "kind", "loại liên hệ", "loại đầu mối", "loại cơ quan"),
    LEVEL("level", 0, "Cấp", "level", "phạm vi", "cấp quản lý"),
    WARD("ward", 120, "Phường/xã", "ward", "phường", "xã", "phường xã"),
    SCHOOL("schoolCode", 32, "Mã trường", "school_code", "school", "trường", "mã đơn vị"),
    NAME("name", 200, "Tên", "name", "tên đơn vị", "đơn vị", "tên cơ quan", "tên liên hệ"),
    PHONE("phone", PhoneNumber.MAX_WRITTEN, "Điện thoại", "phone", "số điện thoại", "sđt", "đt", "điện thoại liên hệ"),
    ADDRESS("address", 300, "Địa chỉ", "address"),
    HOURS("hours", 120, "Giờ làm việc", "hours", "thời gian làm việc", "giờ"),
    NOTE("note", 500, "Ghi chú", "note", "notes"),
    EXAMPLE("example", 0, "Ví dụ", "example", "dữ liệu mẫu");

    /** Columns that may be present and are not read: the row number people keep in their sheets. */
    static final List<String> IGNORED = List.of(key("STT"), key("No."), key("số thứ tự"));

    private final String json;
    private final int maxLength;
    private final List<String> names;

    ContactField(String json, int maxLength, String... names) {
        this.json = json;
        this.maxLength = maxLength;
        this.names = List.of(names);
    }

    public String json() {
        return json;
    }

    /** Longest value kept; 0 for a fixed word. */
    public int maxLength() {
        return maxLength;
    }

    public String header(Locale locale) {
        return "en".equals(locale.getLanguage()) ? names.get(1) : names.get(0);
    }

    public String bothHeaders() {
        return names.get(0) + " / " + names.get(1);
    }

    static Optional<ContactField> ofHeader(String header) {
        String k = key(header);
        return Arrays.stream(values()).filter(f -> f.names.stream().map(ContactField::key).anyMatch(k::equals)).findFirst();
    }

    static String key(String header) {
        return ImportValues.fold(header).replace(" ", "");
    }
}
