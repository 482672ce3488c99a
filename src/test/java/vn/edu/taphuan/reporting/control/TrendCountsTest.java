package vn.edu.taphuan.reporting.control;

import org.junit.jupiter.api.Test;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The trend's points found by binary search, at the edges the SQL CASEs they replace tested. */
class TrendCountsTest {
    private static final List<LocalDate> DAYS = List.of(LocalDate.parse("2024-01-07"), LocalDate.parse("2024-01-14"), LocalDate.parse("2024-01-21"));
    private static final TrendCounts.Points AT = new TrendCounts.Points(DAYS,
            List.of(Timestamp.valueOf("2024-01-07 17:00:00"), Timestamp.valueOf("2024-01-14 17:00:00"), Timestamp.valueOf("2024-01-21 17:00:00")));

    @Test
    void whenOnTheRosterFromAPointThenInScopeAtThatPoint() {
        assertEquals(0, AT.in(null), "no start: from the first point");
        assertEquals(0, AT.in(Date.valueOf("2020-05-01")));
        assertEquals(1, AT.in(Date.valueOf("2024-01-14")), "started on the point's day: in scope on it");
        assertEquals(2, AT.in(Date.valueOf("2024-01-15")));
        assertEquals(3, AT.in(Date.valueOf("2024-02-01")), "after the last point: never");
    }

    @Test
    void whenTheEndDayIsAPointThenOutOfScopeFromThatPoint() {
        assertEquals(3, AT.out(null), "no end: never out");
        assertEquals(1, AT.out(Date.valueOf("2024-01-14")), "the end date is the first day off the roster");
        assertEquals(2, AT.out(Date.valueOf("2024-01-15")));
        assertEquals(0, AT.out(Date.valueOf("2023-12-31")));
    }

    @Test
    void whenTrainedBeforeTheEndOfAPointsDayThenTrainedFromThatPoint() {
        assertEquals(0, AT.trained(Timestamp.valueOf("2024-01-07 16:59:59")));
        assertEquals(1, AT.trained(Timestamp.valueOf("2024-01-07 17:00:00")), "the window's end is excluded");
        assertEquals(3, AT.trained(Timestamp.valueOf("2024-01-21 17:00:00")), "after the last point: never");
    }
}
