/*
 * Writes a city-scale roster for the bulk-import benchmark (bench/import/run.sh):
 *   schools.csv  ~3,500 lower-secondary schools over ~170 wards, public and non-public
 *   staff.csv    100,000 staff with generated Vietnamese names, categories, genders, statuses and dates
 * Both are CSV UTF-8 with a byte-order mark and Vietnamese headers, as Excel's "CSV UTF-8" writes them.
 * The same seed gives the same files. Everything is fictional.
 *
 * Run: java bench/import/GenerateRoster.java OUT_DIR [staff=100000] [schools=3500] [code prefix=NS]
 * Another code prefix writes other people, to staff-PREFIX.csv only (the benchmark's JVM warm-up file).
 */

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Random;

public class GenerateRoster {
    static final String[] WARD_NAMES = {"Bến Thành", "Sài Gòn", "Tân Định", "Bàn Cờ", "Xuân Hòa", "Nhiêu Lộc", "Tân Thuận",
            "Phú Thuận", "Tân Mỹ", "Tân Hưng", "Chánh Hưng", "Phú Định", "Bình Đông", "Diên Hồng", "Vườn Lài", "Hòa Hưng",
            "Minh Phụng", "Bình Thới", "Hòa Bình", "Phú Thọ", "Đông Hưng Thuận", "Trung Mỹ Tây", "Tân Thới Hiệp", "Thới An",
            "An Phú Đông", "An Lạc", "Bình Tân", "Tân Tạo", "Bình Trị Đông", "Bình Hưng Hòa", "Gia Định", "Bình Thạnh",
            "Bình Lợi Trung", "Thạnh Mỹ Tây", "Bình Quới", "Hạnh Thông", "An Nhơn", "Gò Vấp", "An Hội Đông", "Thông Tây Hội"};
    static final String[] PATRONS = {"Lê Quý Đôn", "Nguyễn Du", "Trần Quốc Toản", "Chu Văn An", "Nguyễn Trãi", "Lý Thường Kiệt",
            "Phan Bội Châu", "Võ Trường Toản", "Hồng Bàng", "Đoàn Thị Điểm", "Bạch Đằng", "Nguyễn Huệ", "Quang Trung",
            "Lê Lợi", "Trưng Vương", "Hai Bà Trưng", "Nguyễn Văn Trỗi", "Võ Thị Sáu", "Lê Văn Tám", "Kim Đồng", "Minh Đức",
            "Hoa Sen", "Bình Minh", "Ánh Dương", "Hướng Dương", "Nguyễn Gia Thiều", "Phan Tây Hồ", "Trần Văn Ơn", "Colette",
            "Đồng Khởi", "Lam Sơn", "Tân Bình", "Phú Lâm", "Hậu Giang", "Huỳnh Khương Ninh", "Văn Lang", "Âu Lạc"};
    static final String[] FAMILY = {"Nguyễn", "Nguyễn", "Nguyễn", "Nguyễn", "Trần", "Trần", "Lê", "Lê", "Phạm", "Phạm",
            "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Trương", "Đinh", "Mai",
            "Lâm", "Tô", "Châu", "Quách", "Tạ"};
    static final String[] MIDDLE_F = {"Thị", "Thị", "Thị", "Ngọc", "Thanh", "Thu", "Minh", "Kim", "Mỹ", "Hồng", "Bích", "Phương",
            "Thùy", "Diệu", "Khánh"};
    static final String[] MIDDLE_M = {"Văn", "Văn", "Minh", "Quốc", "Đức", "Hữu", "Thanh", "Công", "Hoàng", "Anh", "Tấn", "Gia",
            "Trọng", "Nhật"};
    static final String[] GIVEN_F = {"Lan", "Hương", "Hoa", "Mai", "Linh", "Trang", "Thảo", "Hạnh", "Nhung", "Phương", "Hằng",
            "Ngọc", "Yến", "Trinh", "Vy", "Nga", "Thủy", "Dung", "Hiền", "Loan", "Tâm", "Quyên", "Diễm", "Oanh", "Giang",
            "Ánh Tuyết", "Uyên", "Xuân", "Ý"};
    static final String[] GIVEN_M = {"Hùng", "Dũng", "Minh", "Tuấn", "Nam", "Sơn", "Phúc", "Long", "Khoa", "Quang", "Thắng",
            "Hải", "Bình", "Trung", "Hiếu", "Tài", "Phong", "Đạt", "Việt", "Cường", "Khang", "Lộc", "Nghĩa", "Thịnh", "Ưng"};

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: java bench/import/GenerateRoster.java OUT_DIR [staff=100000] [schools=3500] [code prefix=NS]");
            System.exit(2);
        }
        Path out = Path.of(args[0]);
        int staff = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        int schools = args.length > 2 ? Integer.parseInt(args[2]) : 3_500;
        String prefix = args.length > 3 ? args[3] : "NS";
        Files.createDirectories(out);
        Random random = new Random(2025 + prefix.hashCode());
        if (prefix.equals("NS")) {
            writeSchools(out, schools, random);
        }
        try (BufferedWriter w = Files.newBufferedWriter(out.resolve(prefix.equals("NS") ? "staff.csv" : "staff-" + prefix + ".csv"), StandardCharsets.UTF_8)) {
            w.write("\uFEFFMã nhân sự,Họ và tên,Giới tính,Nhóm,Trạng thái,Ngày bắt đầu,Ngày kết thúc,Mã trường\r\n");
            for (int i = 1; i <= staff; i++) {
                int s = 1 + (i - 1) % schools;
                int place = (i - 1) / schools; // position in the school: the first three are its managers
                boolean female = random.nextInt(100) < 72;
                String category = place < 3 ? "Cán bộ quản lý" : random.nextInt(100) < 95 ? "Viên chức" : "Khác";
                int roll = random.nextInt(100);
                String status = roll < 95 ? "Đang làm việc" : roll < 98 ? "Tạm nghỉ" : "Đã nghỉ";
                LocalDate start = LocalDate.of(1995 + random.nextInt(29), 1 + random.nextInt(12), 1 + random.nextInt(28));
                String end = status.equals("Đã nghỉ") ? dmy(start.plusDays(30 + random.nextInt(3000))) : "";
                w.write(String.join(",", String.format("%s%06d", prefix, i), name(random, female), female ? "Nữ" : "Nam", category, status,
                        dmy(start), end, school(s)));
                w.write("\r\n");
            }
        }
        System.out.printf("wrote %,d staff (codes %s…) over %,d schools to %s%n", staff, prefix, schools, out.toAbsolutePath());
    }

    static void writeSchools(Path out, int schools, Random random) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(out.resolve("schools.csv"), StandardCharsets.UTF_8)) {
            w.write("\uFEFFMã trường,Tên trường,Phường/xã,Loại hình,Cấp học\r\n");
            for (int i = 1; i <= schools; i++) {
                boolean publicSchool = random.nextInt(100) < 85;
                String ward = "Phường " + WARD_NAMES[i % WARD_NAMES.length] + " " + (1 + i % 5) + " (mẫu)";
                String name = "Trường THCS " + PATRONS[random.nextInt(PATRONS.length)] + " số " + i + (publicSchool ? "" : " (tư thục)");
                w.write(String.join(",", school(i), quote(name), quote(ward), publicSchool ? "Công lập" : "Ngoài công lập", "THCS"));
                w.write("\r\n");
            }
        }
    }

    static String school(int i) {
        return String.format("TH%04d", i);
    }

    static String name(Random r, boolean female) {
        return FAMILY[r.nextInt(FAMILY.length)] + " " + (female ? MIDDLE_F : MIDDLE_M)[r.nextInt(female ? MIDDLE_F.length : MIDDLE_M.length)]
                + " " + (female ? GIVEN_F : GIVEN_M)[r.nextInt(female ? GIVEN_F.length : GIVEN_M.length)];
    }

    static String dmy(LocalDate d) {
        return String.format("%02d/%02d/%04d", d.getDayOfMonth(), d.getMonthValue(), d.getYear());
    }

    static String quote(String s) {
        return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
