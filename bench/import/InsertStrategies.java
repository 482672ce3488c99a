/*
 * Why the import writes with plain JDBC batches: inserts 100,000 staff rows into a fresh embedded Derby
 * (schema V1, 3,500 schools) in one transaction, once with a JDBC batch (what RosterWriter does) and once with
 * JPA (EclipseLink, the project's Staff entity, batch-writing on, flush + clear every 1,000), and prints elapsed
 * and CPU seconds of each. Outside Payara: it measures the write path only, not HTTP or parsing.
 *
 * Run: bench/import/insert-strategies.sh [rows=100000]   (needs target/classes and target/payara-micro.jar:
 *      mvn -o -q -DskipTests package dependency:copy@copy-payara-micro)
 */

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import vn.edu.taphuan.directory.entity.Gender;
import vn.edu.taphuan.directory.entity.School;
import vn.edu.taphuan.directory.entity.Staff;
import vn.edu.taphuan.directory.entity.StaffCategory;
import vn.edu.taphuan.directory.entity.StaffStatus;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

public class InsertStrategies {
    public static void main(String[] args) throws Exception {
        Path work = Path.of(args[0]);
        int rows = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        Path schema = Path.of(args.length > 2 ? args[2] : "src/main/resources/db/migration/V1__directory_and_accounts.sql");
        String jdbc = "jdbc:derby:" + work.resolve("jdbc");
        String jpa = "jdbc:derby:" + work.resolve("jpa");
        List<Long> schools = setUp(jdbc, schema);
        setUp(jpa, schema);
        report("JDBC batch (RosterWriter)", rows, () -> jdbcBatch(jdbc, schools, rows));
        report("JPA persist (EclipseLink)", rows, () -> jpaPersist(jpa, rows));
    }

    interface Run {
        void run() throws Exception;
    }

    static void report(String label, int rows, Run run) throws Exception {
        var mx = ManagementFactory.getThreadMXBean();
        long cpu = mx.getCurrentThreadCpuTime();
        long t = System.nanoTime();
        run.run();
        System.out.printf("%-28s %,d rows: %6.2f s elapsed, %6.2f s CPU (this thread)%n", label, rows,
                (System.nanoTime() - t) / 1e9, (mx.getCurrentThreadCpuTime() - cpu) / 1e9);
    }

    static List<Long> setUp(String url, Path schema) throws Exception {
        try (Connection c = DriverManager.getConnection(url + ";create=true"); Statement s = c.createStatement()) {
            StringBuilder current = new StringBuilder();
            for (String line : Files.readAllLines(schema)) {
                if (line.strip().startsWith("--") || line.isBlank()) {
                    continue;
                }
                current.append(line).append('\n');
                if (line.strip().endsWith(";")) {
                    String sql = current.toString().strip();
                    s.execute(sql.substring(0, sql.length() - 1));
                    current.setLength(0);
                }
            }
            c.setAutoCommit(false);
            Timestamp now = new Timestamp(System.currentTimeMillis());
            try (PreparedStatement p = c.prepareStatement("INSERT INTO school (code, name, ward, school_type, level, active, "
                    + "created_at, updated_at, row_version) VALUES (?, ?, ?, 'PUBLIC', 'THCS', TRUE, ?, ?, 1)")) {
                for (int i = 1; i <= 3500; i++) {
                    p.setString(1, String.format("TH%04d", i));
                    p.setString(2, "Trường THCS số " + i);
                    p.setString(3, "Phường " + i % 170);
                    p.setTimestamp(4, now);
                    p.setTimestamp(5, now);
                    p.addBatch();
                }
                p.executeBatch();
            }
            c.commit();
            List<Long> ids = new ArrayList<>();
            try (var rs = s.executeQuery("SELECT id FROM school ORDER BY code")) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
            c.commit();
            return ids;
        }
    }

    static String name(Random r) {
        return "Nguyễn Thị " + Integer.toString(r.nextInt(1_000_000), 36);
    }

    static void jdbcBatch(String url, List<Long> schools, int rows) throws SQLException {
        Random r = new Random(1);
        try (Connection c = DriverManager.getConnection(url)) {
            c.setAutoCommit(false);
            Timestamp now = new Timestamp(System.currentTimeMillis());
            try (PreparedStatement p = c.prepareStatement("INSERT INTO staff (code, actor_key, full_name, gender, category, status, "
                    + "start_date, end_date, school_id, created_at, updated_at, row_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)")) {
                for (int i = 1; i <= rows; i++) {
                    p.setString(1, String.format("NS%06d", i));
                    p.setString(2, UUID.randomUUID().toString());
                    p.setString(3, name(r));
                    p.setString(4, "FEMALE");
                    p.setString(5, "EMPLOYEE");
                    p.setString(6, "ACTIVE");
                    p.setDate(7, java.sql.Date.valueOf("2020-09-01"));
                    p.setNull(8, Types.DATE);
                    p.setLong(9, schools.get((i - 1) % schools.size()));
                    p.setTimestamp(10, now);
                    p.setTimestamp(11, now);
                    p.addBatch();
                    if (i % 1000 == 0) {
                        p.executeBatch();
                    }
                }
                p.executeBatch();
            }
            c.commit();
        }
    }

    static void jpaPersist(String url, int rows) {
        Random r = new Random(1);
        EntityManagerFactory emf = Persistence.createEntityManagerFactory("bench", Map.of("jakarta.persistence.jdbc.url", url));
        try {
            EntityManager em = emf.createEntityManager();
            String all = "SELECT s FROM School s ORDER BY s.code";
            List<School> schools = em.createQuery(all, School.class).getResultList();
            em.getTransaction().begin();
            for (int i = 1; i <= rows; i++) {
                School school = schools.get((i - 1) % schools.size());
                Staff s = new Staff(String.format("NS%06d", i), school);
                s.describe(name(r), Gender.FEMALE, StaffCategory.EMPLOYEE, StaffStatus.ACTIVE, LocalDate.of(2020, 9, 1), null, school);
                em.persist(s);
                if (i % 1000 == 0) {
                    em.flush();
                    em.clear(); // keeps the persistence context small; schools are read again as managed
                    schools = em.createQuery(all, School.class).getResultList();
                }
            }
            em.getTransaction().commit();
        } finally {
            emf.close();
        }
    }
}
