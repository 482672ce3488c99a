package vn.edu.taphuan.reporting.control;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import vn.edu.taphuan.platform.TestDatabase;

import java.sql.Connection;

/** Each test on a fresh test database holding the hand-built roster of {@link ReportsTest#scenario}. */
abstract class OnScenario {
    Connection db;
    RosterFixture roster;

    @BeforeEach
    void openScenario() throws Exception {
        db = TestDatabase.open();
        roster = ReportsTest.scenario(new RosterFixture(db));
    }

    @AfterEach
    void closeScenario() throws Exception {
        db.close();
    }
}
