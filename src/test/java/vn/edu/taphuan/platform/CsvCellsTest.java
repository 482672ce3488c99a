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

    @Test
    void whenDecimalsAreWrittenThenTheyTakeADecimalComma() {
        assertEquals("66,7", CsvCells.safe(new java.math.BigDecimal("66.7")));
        assertEquals("-2,5", CsvCells.safe(-2.5d));
        assertEquals(12L, CsvCells.safe(12L), "whole numbers stay numbers");
    }

    @Test
    void whenAFileIsWrittenThenItHasTheByteOrderMarkSemicolonsAndCrlf() throws Exception {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (var csv = CsvCells.printer(out)) {
            csv.printRecord(CsvCells.safe("Họ và tên", "Tỷ lệ (%)"));
            csv.printRecord(CsvCells.safe("Nguyễn; Thị \"An\"", new java.math.BigDecimal("69.9")));
        }
        assertEquals("\uFEFFHọ và tên;Tỷ lệ (%)\r\n\"Nguyễn; Thị \"\"An\"\"\";69,9\r\n", out.toString(java.nio.charset.StandardCharsets.UTF_8));
    }
}
