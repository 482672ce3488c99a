package vn.edu.taphuan.reporting.entity;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class FiguresTest {
    static final BigDecimal SEVENTY = new BigDecimal("70");

    @Test
    void whenTenAreInScopeThenSevenAreNeededNotEight() {
        // 0.7 × 10 in floating point is 7.000000000000001, whose ceiling would ask for an eighth person
        assertEquals(7L, new Figures(10, 0).stillNeeded(SEVENTY));
        assertEquals(0L, new Figures(10, 7).stillNeeded(SEVENTY));
        assertEquals(true, new Figures(10, 7).meetsTarget(SEVENTY));
    }

    @Test
    void whenThePercentIsJustBelowTheTargetThenItIsNotShownAsTheTarget() {
        Figures f = new Figures(3001, 2100); // 69.976…%
        assertEquals(new BigDecimal("69.9"), f.percent(SEVENTY));
        assertEquals(false, f.meetsTarget(SEVENTY));
        assertEquals(1L, f.stillNeeded(SEVENTY), "⌈2100.7⌉ = 2101");
    }

    @Test
    void whenNobodyIsInScopeThenEverythingIsNil() {
        assertNull(Figures.NONE.percent(SEVENTY));
        assertNull(Figures.NONE.meetsTarget(SEVENTY));
        assertNull(Figures.NONE.stillNeeded(SEVENTY));
    }

    @Test
    void whenTheTargetHasDecimalsThenItIsComparedExactly() {
        BigDecimal target = new BigDecimal("72.5");
        assertEquals(true, new Figures(40, 29).meetsTarget(target), "29/40 = 72.5%");
        assertEquals(false, new Figures(40, 28).meetsTarget(target));
        assertEquals(1L, new Figures(40, 28).stillNeeded(target));
        assertEquals(new BigDecimal("100.0"), new Figures(3, 3).percent(SEVENTY));
        assertEquals(0L, new Figures(3, 3).stillNeeded(new BigDecimal("100")));
    }
}
