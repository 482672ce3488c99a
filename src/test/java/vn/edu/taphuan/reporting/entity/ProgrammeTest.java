package vn.edu.taphuan.reporting.entity;

import org.junit.jupiter.api.Test;
import vn.edu.taphuan.directory.entity.StaffCategory;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Next year's programme from the last one, and the day completions count from (issue 13). */
class ProgrammeTest {
    static final LocalDate START = LocalDate.of(2026, 1, 1);
    static final LocalDate DEADLINE = LocalDate.of(2026, 12, 31);

    @Test
    void whenTheNameCarriesThePeriodsYearThenNextYearsNameCarriesTheNextOne() {
        assertEquals("Bồi dưỡng phòng, chống mại dâm năm 2027", Programme.nextYearName("Bồi dưỡng phòng, chống mại dâm năm 2026", START, DEADLINE));
        assertEquals("Năm học 2026-2027 (Kế hoạch 2019)", Programme.nextYearName("Năm học 2025-2026 (Kế hoạch 2019)",
                LocalDate.of(2025, 9, 1), LocalDate.of(2026, 5, 31)), "both years of a school year move; other numbers stay");
        assertEquals("Kế hoạch 12345 năm 2027", Programme.nextYearName("Kế hoạch 12345 năm 2026", START, DEADLINE));
    }

    @Test
    void whenTheNameHasNoYearThenTheNewYearIsAppended() {
        assertEquals("Bồi dưỡng kỹ năng (năm 2027)", Programme.nextYearName("Bồi dưỡng kỹ năng", START, DEADLINE));
        assertEquals("Chỉ thị 2019 (năm 2027)", Programme.nextYearName("Chỉ thị 2019", START, DEADLINE));
    }

    @Test
    void whenNextYearIsOpenedThenEverythingButThePeriodAndNameIsKeptAndOnlyNewTrainingCounts() {
        ReportHeader header = new ReportHeader("UBND", "PHÒNG VĂN HÓA - XÃ HỘI", "Phường Hoa Mai", "05/BC-VHXH", "TRƯỞNG PHÒNG", "Trần Thị Mẫu", "Lưu: VT.");
        Programme last = new Programme(new ProgrammeForm("Chương trình năm 2026", START, DEADLINE, List.of("law-and-policy", "harm-reduction-hiv"),
                new BigDecimal("75"), EnumSet.of(StaffCategory.MANAGER), header, LocalDate.of(2024, 1, 1)));
        assertEquals(LocalDate.of(2024, 1, 1), last.countsFrom());
        ProgrammeForm next = last.nextYear();
        assertEquals("Chương trình năm 2027", next.name());
        assertEquals(LocalDate.of(2027, 1, 1), next.periodStart());
        assertEquals(LocalDate.of(2027, 12, 31), next.deadline());
        assertEquals(LocalDate.of(2027, 1, 1), next.completionsValidFrom());
        assertEquals(List.of("law-and-policy", "harm-reduction-hiv"), next.courseIds());
        assertEquals(new BigDecimal("75"), next.targetPercent());
        assertEquals(EnumSet.of(StaffCategory.MANAGER), next.categories());
        assertEquals(header, next.header());
    }

    @Test
    void whenNoValidFromIsSetThenCompletionsCountFromThePeriodStart() {
        Programme p = new Programme(new ProgrammeForm("P", START, DEADLINE, List.of("law-and-policy"), null, null,
                new ReportHeader(null, "Đơn vị", "Nơi", null, null, null, null), null));
        assertEquals(START, p.countsFrom());
        assertEquals(START, p.rules().countsFrom());
    }
}
