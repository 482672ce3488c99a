/*
 * City-scale data set for the reporting benchmark: 3,541 schools, 111,512 staff, the 2024 programme with the
 * four courses, completions for about 60% of the staff, and a district admin `admin` / `bench-2024`.
 * Written straight into an embedded Derby folder with JDBC batches (no service running), after applying the
 * project's own migrations exactly as the service does (same files, same checksums in schema_history), so the
 * service starts on the folder as on its own database (user, hence schema, `taphuan`: the service's default).
 * The programme's progress rows (programme_progress) are left to the service: it fills them at its first start
 * (ProgressBackfill), as after an upgrade to migration V7.
 *
 * Run (bench/reporting/run.sh does it for you):
 *   mvn -B -q -DskipTests package
 *   java -cp 'target/taphuan/WEB-INF/lib/*' bench/reporting/Generate.java target/bench-city [seed]
 *
 * The same seed gives the same data. The folder must not exist yet.
 *
 * PostgreSQL (bench/postgresql/): give a JDBC URL instead of the folder, for an empty database, e.g.
 *   java -cp 'target/taphuan/WEB-INF/lib/*' bench/reporting/Generate.java \
 *       'jdbc:postgresql://localhost:5432/taphuan_bench?user=taphuan&password=taphuan'
 * and -Dscale=3 for three times the schools and staff (a national roster: ≈10,600 schools, ≈335,000 staff), or a
 * fraction (-Dscale=0.02: 71 schools, 2,230 staff) to try a benchmark out.
 *
 * Statements: the xAPI statement store (~6.7 million statements at this scale: about 60 per staff member who
 * learned) is not on this branch yet. Reports read only the completion projection and the roster, never the
 * statement table, so the figures do not depend on it; when the statement table lands, this generator writes
 * the statements that back each completion (see STATEMENTS below).
 */

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.UUID;

public class Generate {
    /** 1 = a city; 3 = a national roster; a fraction (0.02) = a small data set for trying a benchmark out. */
    static final double SCALE = Double.parseDouble(System.getProperty("scale", "1"));
    static final int SCHOOLS = (int) Math.max(1, Math.round(3_541 * SCALE));
    static final int STAFF = (int) Math.max(12, Math.round(111_512 * SCALE));
    static final int WARDS = (int) Math.max(1, Math.round(168 * SCALE));
    static final String[] COURSES = {"law-and-policy", "harm-reduction-hiv", "gender-based-violence", "reintegration-and-students"};
    static final LocalDate PERIOD_START = LocalDate.of(2024, 1, 1);
    static final LocalDate DEADLINE = LocalDate.of(2024, 12, 31);
    static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    static final String PASSWORD = "bench-2024";

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: java -cp 'target/taphuan/WEB-INF/lib/*' bench/reporting/Generate.java <derby folder> [seed]");
            System.exit(2);
        }
        boolean derby = !args[0].startsWith("jdbc:");
        Path folder = derby ? Path.of(args[0]).toAbsolutePath() : null;
        if (derby && Files.exists(folder)) {
            System.err.println(folder + " exists; remove it first");
            System.exit(2);
        }
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 2026;
        if (derby) {
            System.setProperty("derby.storage.pageCacheSize", "20000");
            System.setProperty("derby.stream.error.file", folder.getParent().resolve("derby-generate.log").toString());
        }
        long t0 = System.nanoTime();
        try (Connection c = DriverManager.getConnection(derby ? "jdbc:derby:" + folder + ";create=true;user=taphuan" : args[0])) {
            c.setAutoCommit(false);
            migrate(c, Path.of("src/main/resources/db/migration"));
            Random random = new Random(seed);
            long firstSchool = schools(c, random);
            int[] sizes = schoolSizes(random);
            long firstStaff = staff(c, random, firstSchool, sizes);
            long programme = programme(c);
            long completions = completions(c, random, firstStaff, sizes);
            admin(c);
            c.commit();
            statistics(c, derby);
            System.out.printf("generated %,d schools, %,d staff, %,d completions (programme %d) in %.1f s%n",
                    SCHOOLS, STAFF, completions, programme, (System.nanoTime() - t0) / 1e9);
        }
        if (derby) {
            try {
                DriverManager.getConnection("jdbc:derby:" + folder + ";shutdown=true");
            } catch (java.sql.SQLException expected) {
                // Derby reports a clean shutdown as an exception
            }
        }
    }

    /**
     * The service's own migrations, with the same statement split, {BINARY} type and checksum as platform/Migrations.
     */
    static void migrate(Connection c, Path dir) throws Exception {
        String binary = c.getMetaData().getDatabaseProductName().toLowerCase().contains("derby") ? "BLOB" : "BYTEA";
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE schema_history (version INT NOT NULL PRIMARY KEY, file VARCHAR(200) NOT NULL, "
                    + "checksum VARCHAR(64) NOT NULL, applied_at TIMESTAMP NOT NULL)");
            for (String file : Files.readAllLines(dir.resolve("index.txt"))) {
                file = file.strip();
                if (file.isEmpty() || file.startsWith("#")) {
                    continue;
                }
                String text = Files.readString(dir.resolve(file), StandardCharsets.UTF_8);
                StringBuilder current = new StringBuilder();
                for (String line : text.lines().toList()) {
                    String trimmed = line.strip();
                    if (trimmed.startsWith("--") || trimmed.isEmpty()) {
                        continue;
                    }
                    current.append(line).append('\n');
                    if (trimmed.endsWith(";")) {
                        String sql = current.toString().strip();
                        s.execute(sql.substring(0, sql.length() - 1).replace("{BINARY}", binary));
                        current.setLength(0);
                    }
                }
                String checksum = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                        .digest(text.replace("\r\n", "\n").getBytes(StandardCharsets.UTF_8)));
                try (PreparedStatement p = c.prepareStatement("INSERT INTO schema_history VALUES (?, ?, ?, CURRENT_TIMESTAMP)")) {
                    p.setInt(1, Integer.parseInt(file.substring(1, file.indexOf("__"))));
                    p.setString(2, file);
                    p.setString(3, checksum);
                    p.executeUpdate();
                }
            }
        }
        c.commit();
    }

    static long schools(Connection c, Random random) throws Exception {
        Timestamp now = Timestamp.valueOf(LocalDateTime.now(ZoneOffset.UTC));
        try (PreparedStatement p = c.prepareStatement("INSERT INTO school (code, name, ward, school_type, level, active, "
                + "created_at, updated_at, row_version) VALUES (?, ?, ?, ?, 'THCS', TRUE, ?, ?, 1)")) {
            for (int i = 1; i <= SCHOOLS; i++) {
                boolean pub = random.nextInt(100) < 78;
                p.setString(1, String.format("S%04d", i));
                p.setString(2, (pub ? "Trường THCS Số " : "Trường THCS Tư thục Số ") + i);
                p.setString(3, String.format("Phường %03d", 1 + random.nextInt(WARDS)));
                p.setString(4, pub ? "PUBLIC" : "NON_PUBLIC");
                p.setTimestamp(5, now);
                p.setTimestamp(6, now);
                p.addBatch();
            }
            p.executeBatch();
        }
        c.commit();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT MIN(id) FROM school")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Between 12 and 51 staff per school, adding up to exactly STAFF. */
    static int[] schoolSizes(Random random) {
        int[] sizes = new int[SCHOOLS];
        int total = 0;
        for (int i = 0; i < SCHOOLS; i++) {
            sizes[i] = 12 + random.nextInt(40);
            total += sizes[i];
        }
        for (int i = 0; total != STAFF; i = (i + 1) % SCHOOLS) {
            int step = Integer.signum(STAFF - total);
            if (sizes[i] + step >= 8 && sizes[i] + step <= 60) {
                sizes[i] += step;
                total += step;
            }
        }
        return sizes;
    }

    static long staff(Connection c, Random random, long firstSchool, int[] sizes) throws Exception {
        Timestamp now = Timestamp.valueOf(LocalDateTime.now(ZoneOffset.UTC));
        int n = 0;
        try (PreparedStatement p = c.prepareStatement("INSERT INTO staff (code, actor_key, full_name, gender, category, status, "
                + "start_date, end_date, school_id, created_at, updated_at, row_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)")) {
            for (int school = 0; school < SCHOOLS; school++) {
                for (int i = 0; i < sizes[school]; i++) {
                    n++;
                    boolean female = random.nextInt(100) < 72;
                    String category = i < 3 ? "MANAGER" : i < sizes[school] - 2 ? "EMPLOYEE" : "OTHER";
                    String status = random.nextInt(100) < 4 ? "ON_LEAVE" : "ACTIVE";
                    LocalDate start = LocalDate.of(1995 + random.nextInt(30), 1 + random.nextInt(12), 1);
                    LocalDate end = null;
                    if (random.nextInt(100) < 3) {
                        status = "LEFT";
                        end = LocalDate.of(2024, 1 + random.nextInt(12), 1 + random.nextInt(28));
                        if (end.isBefore(start)) {
                            end = start.plusMonths(3);
                        }
                    }
                    p.setString(1, String.format("NV%06d", n));
                    p.setString(2, new UUID(random.nextLong(), random.nextLong()).toString());
                    p.setString(3, "Nhân sự " + n + (female ? " (nữ)" : ""));
                    p.setString(4, female ? "FEMALE" : "MALE");
                    p.setString(5, category);
                    p.setString(6, status);
                    p.setDate(7, Date.valueOf(start));
                    p.setDate(8, end == null ? null : Date.valueOf(end));
                    p.setLong(9, firstSchool + school);
                    p.setTimestamp(10, now);
                    p.setTimestamp(11, now);
                    p.addBatch();
                    if (n % 5000 == 0) {
                        p.executeBatch();
                    }
                }
            }
            p.executeBatch();
        }
        c.commit();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT MIN(id) FROM staff")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static long programme(Connection c) throws Exception {
        Timestamp now = Timestamp.valueOf(LocalDateTime.now(ZoneOffset.UTC));
        long id;
        try (PreparedStatement p = c.prepareStatement("INSERT INTO programme (name, period_start, deadline, target_percent, "
                + "superior_body, issuing_unit, place, document_symbol, signer_title, signer_name, recipients, created_at, updated_at, row_version) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)", Statement.RETURN_GENERATED_KEYS)) {
            p.setString(1, "Bồi dưỡng phòng, chống mại dâm cho cán bộ quản lý, viên chức năm 2024 (thành phố, dữ liệu đo hiệu năng)");
            p.setDate(2, Date.valueOf(PERIOD_START));
            p.setDate(3, Date.valueOf(DEADLINE));
            p.setBigDecimal(4, new BigDecimal("70"));
            p.setString(5, "ỦY BAN NHÂN DÂN THÀNH PHỐ (MẪU)");
            p.setString(6, "SỞ GIÁO DỤC VÀ ĐÀO TẠO (MẪU)");
            p.setString(7, "Thành phố Mẫu");
            p.setString(8, "01/BC-SGDĐT");
            p.setString(9, "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC");
            p.setString(10, "Nguyễn Văn Mẫu");
            p.setString(11, "UBND Thành phố (để b/c);\nCác phường, xã;\nLưu: VT.");
            p.setTimestamp(12, now);
            p.setTimestamp(13, now);
            p.executeUpdate();
            try (ResultSet rs = p.getGeneratedKeys()) {
                rs.next();
                id = rs.getLong(1);
            }
        }
        try (PreparedStatement p = c.prepareStatement("INSERT INTO programme_course (programme_id, course_id, position) VALUES (?, ?, ?)")) {
            for (int i = 0; i < COURSES.length; i++) {
                p.setLong(1, id);
                p.setString(2, COURSES[i]);
                p.setInt(3, i + 1);
                p.addBatch();
            }
            p.executeBatch();
        }
        try (PreparedStatement p = c.prepareStatement("INSERT INTO programme_category (programme_id, category) VALUES (?, ?)")) {
            for (String category : new String[]{"MANAGER", "EMPLOYEE"}) {
                p.setLong(1, id);
                p.setString(2, category);
                p.addBatch();
            }
            p.executeBatch();
        }
        c.commit();
        return id;
    }

    /**
     * Each school gets its own pace (from 15% to 97% of its staff finish everything); of the others some have
     * done one to three courses. Completions spread over the year, more towards its end; a few people retook
     * a course, and a few completions fall before the period (they must not count).
     */
    static long completions(Connection c, Random random, long firstStaff, int[] sizes) throws Exception {
        long rows = 0;
        long staffId = firstStaff;
        try (PreparedStatement p = c.prepareStatement("INSERT INTO completion (statement_id, staff_id, course_id, course_version, "
                + "completed_at, scaled_score) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (int school = 0; school < SCHOOLS; school++) {
                double pace = 0.15 + 0.82 * random.nextDouble();
                for (int i = 0; i < sizes[school]; i++, staffId++) {
                    int done = random.nextDouble() < pace ? 4 : random.nextDouble() < 0.35 ? 1 + random.nextInt(3) : 0;
                    for (int k = 0; k < done; k++) {
                        int copies = random.nextInt(100) < 3 ? 2 : 1;
                        for (int copy = 0; copy < copies; copy++) {
                            LocalDateTime local = random.nextInt(100) < 2
                                    ? LocalDate.of(2023, 11, 1 + random.nextInt(30)).atTime(9, 0)
                                    : PERIOD_START.plusDays((long) (366 * Math.sqrt(random.nextDouble()))).atTime(7 + random.nextInt(14), random.nextInt(60));
                            if (local.toLocalDate().isAfter(DEADLINE)) {
                                local = DEADLINE.atTime(20, 0);
                            }
                            p.setString(1, new UUID(random.nextLong(), random.nextLong()).toString());
                            p.setLong(2, staffId);
                            p.setString(3, COURSES[k]);
                            p.setInt(4, random.nextInt(10) == 0 ? 2 : 1);
                            p.setTimestamp(5, Timestamp.valueOf(local.atZone(ZONE).withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime()));
                            p.setBigDecimal(6, BigDecimal.valueOf(70 + random.nextInt(31), 2));
                            p.addBatch();
                            if (++rows % 5000 == 0) {
                                p.executeBatch();
                                c.commit();
                            }
                        }
                    }
                }
            }
            p.executeBatch();
        }
        c.commit();
        return rows;
    }

    /**
     * Index statistics, as a database that has been in use has them (Derby's statistics daemon refreshes them as
     * tables grow). A freshly bulk-loaded Derby has none, and its optimizer then picks poor plans for the joins.
     */
    static void statistics(Connection c, boolean derby) throws Exception {
        if (!derby) {
            c.setAutoCommit(true);
            try (Statement s = c.createStatement()) {
                s.execute("ANALYZE"); // PostgreSQL: autovacuum would do it a little later
            }
            return;
        }
        try (Statement s = c.createStatement()) {
            for (String table : new String[]{"SCHOOL", "STAFF", "COMPLETION", "PROGRAMME_COURSE", "ACCOUNT"}) {
                s.execute("CALL SYSCS_UTIL.SYSCS_UPDATE_STATISTICS('TAPHUAN', '" + table + "', NULL)");
            }
        }
        c.commit(); // Derby will not close a connection with the CALLs' transaction open
    }

    /** The district admin the benchmark signs in as (HTTP Basic), hashed as the service hashes. */
    static void admin(Connection c) throws Exception {
        byte[] salt = new byte[16];
        new SecureRandom().nextBytes(salt);
        int iterations = 1000; // a benchmark account: the timed requests should not measure PBKDF2
        byte[] key = javax.crypto.SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                .generateSecret(new javax.crypto.spec.PBEKeySpec(PASSWORD.toCharArray(), salt, iterations, 256)).getEncoded();
        String hash = "PBKDF2WithHmacSHA256:" + iterations + ":" + Base64.getEncoder().encodeToString(salt) + ":" + Base64.getEncoder().encodeToString(key);
        List<Object[]> accounts = new ArrayList<>();
        accounts.add(new Object[]{"admin", "DISTRICT_ADMIN", null});
        accounts.add(new Object[]{"principal", "SCHOOL_ADMIN", 1L});
        try (PreparedStatement p = c.prepareStatement("INSERT INTO account (username, password_hash, role, school_id, staff_id, "
                + "display_name, must_change_password, active, failed_sign_ins, created_at, row_version) "
                + "VALUES (?, ?, ?, (SELECT MIN(id) FROM school), NULL, ?, FALSE, TRUE, 0, CURRENT_TIMESTAMP, 1)")) {
            for (Object[] a : accounts) {
                p.setString(1, (String) a[0]);
                p.setString(2, hash);
                p.setString(3, (String) a[1]);
                p.setString(4, "Benchmark " + a[0]);
                p.executeUpdate();
            }
        }
        // a district admin has no school
        try (Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE account SET school_id = NULL WHERE role = 'DISTRICT_ADMIN'");
        }
    }
}
