package vn.edu.taphuan.directory.control;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

/**
 * The first worksheet of an XLSX file, streamed (POI's SAX event API): a 100,000-row sheet is read without
 * building the workbook in memory. Cells come as the text Excel shows, except real date cells, which come as
 * ISO dates (2020-09-01) whatever their display format, so "9/1/20" in a US-formatted cell is not misread.
 */
final class XlsxSheet {

    /** Thrown from the SAX handler to stop reading once the row limit is passed. */
    private static final class TooManyRows extends RuntimeException {
        final int row;

        TooManyRows(int row) {
            super("too many rows", null, false, false);
            this.row = row;
        }
    }

    /** Formats numbers as Excel shows them, but date-formatted numbers as ISO dates. */
    static final class CellText extends DataFormatter {
        CellText() {
            super(Locale.ROOT);
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            return formatRawCellContents(value, formatIndex, formatString, false);
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904Windowing) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                return DateUtil.getLocalDateTime(value, use1904Windowing).toLocalDate().toString();
            }
            return super.formatRawCellContents(value, formatIndex, formatString, use1904Windowing);
        }
    }

    private XlsxSheet() {
    }

    static List<ImportFile.Row> read(byte[] bytes, int maxRows, ImportProblems problems) {
        List<ImportFile.Row> rows = new ArrayList<>();
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(bytes))) {
            XSSFReader reader = new XSSFReader(pkg);
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                problems.add(1, null, null, "import.empty");
                return List.of();
            }
            var handler = new XSSFSheetXMLHandler(reader.getStylesTable(), new ReadOnlySharedStringsTable(pkg),
                    new Collector(rows, maxRows), new CellText(), false);
            XMLReader parser = XMLHelper.newXMLReader();
            parser.setContentHandler(handler);
            try (InputStream sheet = sheets.next()) {
                parser.parse(new InputSource(sheet));
            }
        } catch (Exception | LinkageError e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof TooManyRows tooMany) {
                    problems.add(tooMany.row, null, null, "import.tooManyRows", maxRows - 1);
                    return List.of();
                }
            }
            // a zip that is no workbook, a damaged or encrypted file, POI's zip-bomb guard: all mean "not readable"
            problems.add(null, null, String.valueOf(e.getMessage()), "import.format.xlsx");
            return List.of();
        }
        if (rows.isEmpty()) {
            problems.add(1, null, null, "import.empty");
        }
        return rows;
    }

    /** Collects non-blank rows; cells may be missing (Excel writes only cells that hold something). */
    private static final class Collector implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final List<ImportFile.Row> rows;
        private final int maxRows;
        private final List<String> cells = new ArrayList<>();
        private int nextColumn;

        Collector(List<ImportFile.Row> rows, int maxRows) {
            this.rows = rows;
            this.maxRows = maxRows;
        }

        @Override
        public void startRow(int rowNum) {
            cells.clear();
            nextColumn = 0;
        }

        @Override
        public void cell(String reference, String formattedValue, XSSFComment comment) {
            int column = reference == null ? nextColumn : new CellReference(reference).getCol();
            nextColumn = column + 1;
            if (formattedValue == null || formattedValue.isEmpty()) {
                return;
            }
            while (cells.size() <= column) {
                cells.add("");
            }
            cells.set(column, formattedValue);
        }

        @Override
        public void endRow(int rowNum) {
            ImportFile.Row row = new ImportFile.Row(rowNum + 1, cells.toArray(new String[0]));
            if (row.blank()) {
                return;
            }
            if (rows.size() >= maxRows) {
                throw new TooManyRows(row.number());
            }
            rows.add(row);
        }
    }
}
