package vn.edu.taphuan.learning.control;

import org.junit.jupiter.api.Test;
import vn.edu.taphuan.directory.entity.StaffCategory;
import vn.edu.taphuan.learning.entity.CourseStatus.CompletedThrough;
import vn.edu.taphuan.learning.entity.PastCompletion;
import vn.edu.taphuan.learning.entity.ProgrammeStanding;
import vn.edu.taphuan.reporting.entity.Rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A learner's standing per running programme, from their completions (newest first). */
class ProgrammeStandingsTest {
    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    static final Rules YEAR = new Rules(7L, "Chương trình năm 2026", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31),
            BigDecimal.valueOf(70), List.of("law-and-policy"), Set.of(StaffCategory.EMPLOYEE), null);
    static final PastCompletion IN_2024 = new PastCompletion(LocalDateTime.of(2024, 3, 4, 2, 0), 90, "ABC", CompletedThrough.ONLINE);
    static final PastCompletion IN_MARCH = new PastCompletion(LocalDateTime.of(2026, 3, 4, 2, 0), 100, "DEF", CompletedThrough.ONLINE);
    static final PastCompletion IN_MAY = new PastCompletion(LocalDateTime.of(2026, 5, 4, 2, 0), null, null, CompletedThrough.IN_PERSON);

    @Test
    void whenTheOnlyCompletionIsFromAnEarlierYearThenRetrainingIsDueAndItIsHistory() {
        ProgrammeStanding s = ProgrammeStandings.of("law-and-policy", List.of(YEAR), List.of(IN_2024), null, VIETNAM).get(0);
        assertEquals(7L, s.programmeId());
        assertFalse(s.countsForProgramme());
        assertNull(s.completedAt());
        assertEquals(List.of(IN_2024), s.earlierCompletions());
        assertTrue(s.retrainDue());
    }

    @Test
    void whenCompletedInTheWindowThenTheFirstSuchCompletionCountsAndTheOldOneStaysHistory() {
        ProgrammeStanding s = ProgrammeStandings.of("law-and-policy", List.of(YEAR), List.of(IN_MAY, IN_MARCH, IN_2024), null, VIETNAM).get(0);
        assertTrue(s.countsForProgramme());
        assertEquals(IN_MARCH.completedAt(), s.completedAt(), "the first in the window, as the report counts");
        assertEquals(List.of(IN_2024), s.earlierCompletions());
        assertFalse(s.retrainDue());
    }

    @Test
    void whenNeverCompletedThenNothingToRetrainAndACourseNoProgrammeRequiresHasNoStanding() {
        ProgrammeStanding s = ProgrammeStandings.of("law-and-policy", List.of(YEAR), List.of(), null, VIETNAM).get(0);
        assertFalse(s.countsForProgramme() || s.retrainDue());
        assertEquals(List.of(), ProgrammeStandings.of("harm-reduction-hiv", List.of(YEAR), List.of(IN_2024), null, VIETNAM));
    }

    @Test
    void whenTheProgrammeAcceptsEarlierTrainingThenTheEarlierCompletionCountsAndNoRetrainingIsDue() {
        Rules twoYears = new Rules(YEAR.id(), YEAR.name(), YEAR.periodStart(), YEAR.deadline(), YEAR.targetPercent(),
                YEAR.courseIds(), YEAR.categories(), LocalDate.of(2024, 1, 1));
        ProgrammeStanding s = ProgrammeStandings.of("law-and-policy", List.of(twoYears), List.of(IN_2024), null, VIETNAM).get(0);
        assertTrue(s.countsForProgramme());
        assertEquals(IN_2024.completedAt(), s.completedAt());
        assertFalse(s.retrainDue());
    }
}
