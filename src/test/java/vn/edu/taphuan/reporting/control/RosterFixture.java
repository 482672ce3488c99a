package vn.edu.taphuan.reporting.control;

import vn.edu.taphuan.reporting.entity.ProgrammeView;
import vn.edu.taphuan.reporting.entity.Rules;

import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ForkJoinPool;

/** Builds a small roster and its completions straight into a test database, by code, for hand-worked figures. */
final class RosterFixture {
    static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private final Connection c;
    private final Map<String, Long> schools = new HashMap<>();
    private final Map<String, Long> staff = new HashMap<>();

    RosterFixture(Connection c) {
        this.c = c;
    }

    /**
     * Reports on this roster for the programme, its progress projection first rebuilt from the completions as the
     * service keeps it (ProgrammeProgressTest checks that the incremental path agrees).
     */
    Reports reports(ProgrammeView programme, Rules rules, String asOf) throws SQLException {
        ProgrammeProgress.rebuild(c, rules, ZONE);
        return new Reports(c, programme, rules, day(asOf), ZONE, besideOnASecondConnection());
    }

    /** As the service runs reports: the district's roster count on another thread and connection to the same database. */
    private ReportQueries.Beside besideOnASecondConnection() throws SQLException {
        String url = c.getMetaData().getURL();
        return new ReportQueries.Beside(ForkJoinPool.commonPool(), () -> DriverManager.getConnection(url));
    }

    long staffId(String code) {
        return staff.get(code);
    }

    long schoolId(String code) {
        return schools.get(code);
    }

    RosterFixture school(String code, String ward, String type, boolean active) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO school (code, name, ward, school_type, level, active, created_at, updated_at, row_version) "
                + "VALUES (?, ?, ?, ?, 'THCS', ?, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 1)", Statement.RETURN_GENERATED_KEYS)) {
            p.setString(1, code);
            p.setString(2, "Trường " + code);
            p.setString(3, ward);
            p.setString(4, type);
            p.setBoolean(5, active);
            p.executeUpdate();
            schools.put(code, key(p));
        }
        return this;
    }

    /** A person: category MANAGER/EMPLOYEE/OTHER, gender FEMALE/MALE, status, dates (null = none). */
    RosterFixture person(String code, String school, String category, String gender, String status, String start, String end) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO staff (code, actor_key, full_name, gender, category, status, start_date, end_date, "
                + "school_id, created_at, updated_at, row_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 1)",
                Statement.RETURN_GENERATED_KEYS)) {
            p.setString(1, code);
            p.setString(2, UUID.randomUUID().toString());
            p.setString(3, "Người " + code);
            p.setString(4, gender);
            p.setString(5, category);
            p.setString(6, status);
            p.setDate(7, start == null ? null : Date.valueOf(start));
            p.setDate(8, end == null ? null : Date.valueOf(end));
            p.setLong(9, schools.get(school));
            p.executeUpdate();
            staff.put(code, key(p));
        }
        return this;
    }

    RosterFixture active(String code, String school, String category, String gender) throws SQLException {
        return person(code, school, category, gender, "ACTIVE", "2015-09-01", null);
    }

    /** A completion at a local (Vietnam) time, stored in UTC as the learning record stores it; returns its statement id. */
    String completed(String staffCode, String course, String localDateTime, int version) throws SQLException {
        String id = UUID.randomUUID().toString();
        try (PreparedStatement p = c.prepareStatement("INSERT INTO completion (statement_id, staff_id, course_id, course_version, completed_at, scaled_score) "
                + "VALUES (?, ?, ?, ?, ?, 0.9)")) {
            p.setString(1, id);
            p.setLong(2, staff.get(staffCode));
            p.setString(3, course);
            p.setInt(4, version);
            p.setTimestamp(5, Timestamp.valueOf(LocalDateTime.parse(localDateTime).atZone(ZONE).withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime()));
            p.executeUpdate();
        }
        return id;
    }

    RosterFixture completed(String staffCode, String course, String localDateTime) throws SQLException {
        completed(staffCode, course, localDateTime, 1);
        return this;
    }

    /** Both courses of the test programme, in the period. */
    RosterFixture trained(String staffCode) throws SQLException {
        return completed(staffCode, ReportsTest.A, "2024-03-01T09:00").completed(staffCode, ReportsTest.B, "2024-04-01T09:00");
    }

    /** What voiding the statement does to the projection. */
    void voided(String statementId) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("DELETE FROM completion WHERE statement_id = ?")) {
            p.setString(1, statementId);
            p.executeUpdate();
        }
    }

    static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    private static long key(PreparedStatement p) throws SQLException {
        try (ResultSet rs = p.getGeneratedKeys()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
