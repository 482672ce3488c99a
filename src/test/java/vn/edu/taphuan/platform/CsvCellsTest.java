package vn.edu.taphuan.platform;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class CsvCellsTest {

    @Test
    void whenCellStartsLikeAFormulaThenItIsKeptAsText() {
        for (String formula : new String[]{"=HYPERLINK(\"http://x\",\"Trường\")", "+A1", "-2+3", "-1-1", "@SUM(A1)", "\tx", "\rx", "--"}) {
            assertEquals("'" + formula, CsvCells.safe(formula), formula);
        }
    }

    @Test
    void whenCellIsPlainThenUnchanged() {
        assertEquals("Trường THCS Hoa Sen", CsvCells.safe("Trường THCS Hoa Sen"));
        assertEquals("a=b", CsvCells.safe("a=b"));
        assertEquals("", CsvCells.safe(""));
        assertEquals("-", CsvCells.safe("-"));
        assertEquals("-12", CsvCells.safe("-12"));
        assertEquals("+0,5", CsvCells.safe("+0,5"));
        assertEquals(-5, CsvCells.safe(-5));
        assertNull(CsvCells.safe((Object) null));
        assertArrayEquals(new Object[]{"x", "'=1", 3}, CsvCells.safe("x", "=1", 3));
    }
}
