package vn.edu.taphuan.reporting.entity;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The one rule for whether a completion counts for a programme: its window in local days, stored times in UTC. */
class RulesWindowTest {
    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    static final Rules YEAR = new Rules(1L, "Chương trình năm 2026", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31),
            BigDecimal.valueOf(70), List.of("law-and-policy"), Set.of(), null);

    @Test
    void whenACompletionIsBeforeThePeriodStartInVietnamThenItDoesNotCount() {
        assertEquals(LocalDate.of(2026, 1, 1), YEAR.countsFrom());
        // 23:59 on 31 December 2025 in Hà Nội is 16:59 UTC
        assertFalse(YEAR.counts(LocalDateTime.of(2025, 12, 31, 16, 59), VIETNAM));
        // 00:00 on 1 January 2026 in Hà Nội is 17:00 UTC the day before
        assertTrue(YEAR.counts(LocalDateTime.of(2025, 12, 31, 17, 0), VIETNAM));
        assertFalse(YEAR.counts(LocalDateTime.of(2024, 6, 1, 8, 0), VIETNAM), "last programme's completion");
    }

    @Test
    void whenACompletionIsAfterTheDeadlinesDayThenItDoesNotCount() {
        assertTrue(YEAR.counts(LocalDateTime.of(2026, 12, 31, 16, 59), VIETNAM));
        assertFalse(YEAR.counts(LocalDateTime.of(2026, 12, 31, 17, 0), VIETNAM));
    }
}
