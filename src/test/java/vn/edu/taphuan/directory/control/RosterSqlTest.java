package vn.edu.taphuan.directory.control;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.edu.taphuan.platform.TestDatabase;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The contract {@link RosterSql} publishes to other capabilities' SQL, held against the migrations: every fragment
 * parses with the columns its JavaDoc lists, so renaming one of them fails here, at the owner, not in a report.
 */
class RosterSqlTest {
    private static final String PEOPLE_COLUMNS = "s.id, s.code, s.full_name, s.gender, s.category, s.status, s.start_date, s.end_date, s.school_id";
    private static final String SCHOOL_COLUMNS = "sc.id, sc.code, sc.name, sc.ward, sc.school_type, sc.level, sc.active";
    private Connection c;

    @BeforeEach
    void open() throws SQLException {
        c = TestDatabase.open();
        try (Statement s = c.createStatement()) {
            s.execute("INSERT INTO school (code, name, ward, school_type, level, active, created_at, updated_at, row_version) "
                    + "VALUES ('S1', 'Trường THCS A', 'Phường 1', 'PUBLIC', 'THCS', TRUE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 1)");
        }
    }

    @AfterEach
    void close() throws SQLException {
        c.close();
    }

    @Test
    void thePublishedColumnsAreTheTablesColumns() throws SQLException {
        assertEquals(9, columns("SELECT " + PEOPLE_COLUMNS + " FROM " + RosterSql.PEOPLE));
        assertEquals(7, columns("SELECT " + SCHOOL_COLUMNS + " FROM " + RosterSql.SCHOOLS));
    }

    @Test
    void everyJoinFragmentParsesOnDerbyWithItsHints() throws SQLException {
        String both = PEOPLE_COLUMNS + ", " + SCHOOL_COLUMNS;
        assertEquals(16, columns("SELECT " + both + " FROM " + RosterSql.PEOPLE_WITH_SCHOOLS));
        assertEquals(16, columns("SELECT " + both + " FROM" + RosterSql.DISTRICT_PEOPLE_WITH_SCHOOLS));
        assertEquals(9, columns("SELECT " + PEOPLE_COLUMNS + " FROM " + RosterSql.DISTRICT_PEOPLE_FIRST + " JOIN " + RosterSql.SCHOOLS
                + " ON sc.id = s.school_id"));
    }

    @Test
    void theSchoolsFragmentReadsTheRows() throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT sc.code, sc.ward FROM " + RosterSql.SCHOOLS)) {
            assertTrue(rs.next());
            assertEquals("Phường 1", rs.getString(2));
        }
    }

    private int columns(String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.getMetaData().getColumnCount();
        }
    }
}
