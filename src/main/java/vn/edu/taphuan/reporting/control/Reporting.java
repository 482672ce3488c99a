package vn.edu.taphuan.reporting.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.edu.taphuan.directory.control.Roster;
import vn.edu.taphuan.directory.entity.School;
import vn.edu.taphuan.platform.Database;
import vn.edu.taphuan.platform.Messages;
import vn.edu.taphuan.platform.Problem;
import vn.edu.taphuan.reporting.entity.DistrictReport;
import vn.edu.taphuan.reporting.entity.Filter;
import vn.edu.taphuan.reporting.entity.Matrix;
import vn.edu.taphuan.reporting.entity.Programme;
import vn.edu.taphuan.reporting.entity.SchoolReport;
import vn.edu.taphuan.reporting.entity.StaffLine;
import vn.edu.taphuan.reporting.entity.Trend;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * Answers report requests: finds the programme, opens a pooled connection, runs {@link Reports} on it.
 * <p>
 * In a (read-only) transaction on purpose: outside one, the entity manager the request reads the programme with is a
 * non-transactional one registered on the request's invocation, and the managed executor that runs a query beside
 * (ReportQueries.Beside) carries that invocation along and closes the entity manager when its task ends — while the
 * request may still be using it ("Attempting to execute an operation on a closed EntityManager", an intermittent
 * error answer seen in ReportingIT). Inside a transaction the entity manager belongs to the transaction.
 */
@ApplicationScoped
@Transactional
public class Reporting {

    @Resource(lookup = Database.JNDI)
    DataSource dataSource;

    /** Runs one of a report's queries beside another (ReportQueries.Beside). */
    @Resource
    ManagedExecutorService executor;

    @Inject
    Programmes programmes;

    @Inject
    Roster roster;

    @Inject
    Messages messages;

    @Inject
    SchoolChangesSince schoolChanges;

    /** The day reports are dated in: completion times are stored in UTC, periods and deadlines are local days. */
    @Inject
    Clock clock;

    public ZoneId zone() {
        return clock.getZone();
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * The day a report is as of when none is asked for: today, or the deadline once it has passed — a programme that
     * has ended reports what it achieved by its deadline, not how today's roster looks against it (docs/reporting.md).
     */
    public LocalDate defaultAsOf(Programme p) {
        LocalDate today = today();
        return today.isAfter(p.deadline()) ? p.deadline() : today;
    }

    public DistrictReport district(long programmeId, LocalDate asOf, Filter filter) {
        return run(programmeId, asOf, r -> r.district(filter));
    }

    /** The district report with the changes each school made itself since a day (the page and JSON; not the filed exports). */
    public DistrictReport districtWithSchoolChanges(long programmeId, LocalDate asOf, Filter filter) {
        return schoolChanges.attach(programmes.programme(programmeId), district(programmeId, asOf, filter));
    }

    public Matrix matrix(long programmeId, LocalDate asOf, Filter filter) {
        return run(programmeId, asOf, r -> r.matrix(filter));
    }

    public Trend trend(long programmeId, LocalDate asOf, Filter filter) {
        return run(programmeId, asOf, r -> r.trend(filter, null));
    }

    public SchoolReport school(long programmeId, School school, LocalDate asOf) {
        if (!school.active()) {
            throw Problem.notFound(messages.get("report.schoolClosed", school.code()));
        }
        return run(programmeId, asOf, r -> r.school(school.id()));
    }

    /** Everyone in scope at the school with each required course done or not (the school's CSV). */
    public List<StaffLine> schoolStaff(long programmeId, School school, LocalDate asOf) {
        return run(programmeId, asOf, r -> r.staff(school.id()));
    }

    interface Work<T> {
        T on(Reports reports) throws SQLException;
    }

    private <T> T run(long programmeId, LocalDate asOf, Work<T> work) {
        Programme p = programmes.programme(programmeId);
        LocalDate day = asOf == null ? defaultAsOf(p) : asOf;
        try (Connection c = dataSource.getConnection()) {
            return work.on(new Reports(c, programmes.view(p), p.rules(), day, zone(), new ReportQueries.Beside(executor, dataSource::getConnection)));
        } catch (SQLException e) {
            throw new IllegalStateException("report query failed: " + e.getMessage(), e);
        }
    }
}
