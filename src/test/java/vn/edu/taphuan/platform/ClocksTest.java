package vn.edu.taphuan.platform;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The one clock: today is the report zone's day, and {@code taphuan.clock.fixed} moves it to a chosen day. */
class ClocksTest {
    static final ZoneId HA_NOI = ZoneId.of("Asia/Ho_Chi_Minh");
    /** 23:30 UTC on 30 June: already 1 July in Hà Nội. */
    static final Clock LATE_EVENING_UTC = Clock.fixed(Instant.parse("2025-06-30T23:30:00Z"), ZoneOffset.UTC);

    @Test
    void whenNoDayIsSetThenTodayIsTheReportZonesDayNotTheJvms() {
        Clock clock = Clocks.clock(HA_NOI, Optional.empty(), LATE_EVENING_UTC);
        assertEquals(LocalDate.of(2025, 7, 1), LocalDate.now(clock));
        assertEquals(HA_NOI, clock.getZone());
    }

    @Test
    void whenADayIsSetThenTheClockReadsThatDayAndKeepsTheTimeOfDay() {
        Clock clock = Clocks.clock(HA_NOI, Optional.of(LocalDate.of(2026, 3, 15)), LATE_EVENING_UTC);
        assertEquals(LocalDate.of(2026, 3, 15), LocalDate.now(clock));
        assertEquals(Instant.parse("2026-03-14T23:30:00Z"), clock.instant());
    }

    @Test
    void whenADayIsSetThenTimeStillRuns() throws InterruptedException {
        Clock clock = Clocks.onDay(LocalDate.of(2024, 12, 31), HA_NOI);
        Instant first = clock.instant();
        Thread.sleep(5);
        assertTrue(clock.instant().isAfter(first), "leases and retries need a clock that moves");
    }

    @AfterEach
    void backToTheSystemClock() {
        started(Optional.empty()); // entity stamps read a static clock: leave none moved for the next test class
    }

    @Test
    void whenMadeAsAServiceThenTheConfiguredDayAndZoneAreProduced() {
        Clocks clocks = started(Optional.of("2026-09-05"));
        assertEquals(LocalDate.of(2026, 9, 5), LocalDate.now(clocks.clock()));
        assertEquals(HA_NOI, clocks.reportZone());
        assertEquals(LocalDate.of(2026, 9, 5), Clocks.utcNow().atOffset(ZoneOffset.UTC).atZoneSameInstant(HA_NOI).toLocalDate());
    }

    private static Clocks started(Optional<String> day) {
        Clocks clocks = new Clocks();
        clocks.zone = "Asia/Ho_Chi_Minh";
        clocks.fixedDay = day;
        clocks.start();
        return clocks;
    }
}
