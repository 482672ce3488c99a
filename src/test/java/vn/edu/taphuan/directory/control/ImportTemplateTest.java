package vn.edu.taphuan.directory.control;

import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.edu.taphuan.directory.entity.ImportKind;
import vn.edu.taphuan.platform.Messages;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every template, in both languages and both formats, reads back as a valid file of its kind. */
class ImportTemplateTest {

    @Test
    void whenTemplatesAreReadBackThenTheyHaveNoProblem() {
        for (ImportKind kind : ImportKind.values()) {
            for (Locale locale : new Locale[]{Messages.VIETNAMESE, Locale.ENGLISH}) {
                for (boolean xlsx : new boolean[]{false, true}) {
                    ImportProblems problems = new ImportProblems(Locale.ENGLISH, 50);
                    byte[] bytes = xlsx ? ImportTemplate.xlsx(kind, locale) : ImportTemplate.csv(kind, locale);
                    var sheet = ImportFile.read(bytes, "t", 100, problems);
                    var header = ImportHeader.resolve(kind, sheet.rows(), problems).orElseThrow(
                            () -> new AssertionError(kind + " " + locale + " " + xlsx + ": " + problems.details()));
                    if (kind == ImportKind.STAFF) {
                        var rows = RosterRows.staff(header, problems, n -> { });
                        assertEquals(LocalDate.of(2020, 9, 1), rows.rows().get(0).startDate());
                    } else {
                        RosterRows.schools(header, problems, n -> { });
                    }
                    assertFalse(problems.any(), kind + " " + locale + " " + xlsx + ": " + problems.details());
                    assertEquals(ImportColumn.of(kind).get(0).header(locale), sheet.rows().get(0).cell(0));
                }
            }
        }
    }

    /** Issue 13: the enumerated columns of the XLSX templates are drop-downs of the accepted words, in its language. */
    @Test
    void whenTheStaffTemplateIsOpenedThenGenderCategoryAndStatusAreDropDownsOfTheAcceptedWords() throws Exception {
        Map<String, List<String>> vietnamese = dropDowns(ImportKind.STAFF, Messages.VIETNAMESE);
        assertEquals(Map.of(
                "C", List.of("Nữ", "Nam", "Khác"),
                "D", List.of("Cán bộ quản lý", "Viên chức", "Khác"),
                "E", List.of("Đang làm việc", "Tạm nghỉ", "Đã nghỉ")), vietnamese);
        assertEquals(List.of("Female", "Male", "Other"), dropDowns(ImportKind.STAFF, Locale.ENGLISH).get("C"));
        assertEquals(Map.of("D", List.of("Công lập", "Ngoài công lập")), dropDowns(ImportKind.SCHOOLS, Messages.VIETNAMESE));
    }

    @Test
    void whenADropDownIsReadThenItCoversTheDataRowsOnlyAndWarnsOnOtherWords() throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(ImportTemplate.xlsx(ImportKind.STAFF, Messages.VIETNAMESE)))) {
            DataValidation gender = book.getSheetAt(0).getDataValidations().stream()
                    .filter(v -> v.getRegions().getCellRangeAddress(0).getFirstColumn() == 2).findFirst().orElseThrow();
            var range = gender.getRegions().getCellRangeAddress(0);
            assertEquals(1, range.getFirstRow(), "not the header row");
            assertEquals(ImportTemplate.VALIDATED_ROWS, range.getLastRow());
            assertEquals(DataValidation.ErrorStyle.WARNING, gender.getErrorStyle(), "the importer accepts more words than the list");
            assertTrue(gender.getShowErrorBox() && gender.getErrorBoxText().contains("Nữ, Nam, Khác"), gender.getErrorBoxText());
            assertTrue(java.util.Arrays.stream(book.getSheetAt(0).getCTWorksheet().getDataValidations().getDataValidationArray())
                    .noneMatch(v -> v.getShowDropDown()), "Excel hides the in-cell arrow where showDropDown is set");
            assertTrue(book.getSheetAt(1).getDataValidations().isEmpty(), "the guide sheet has none");
        }
    }

    /** Column letter → the listed words, from the first sheet of the produced workbook. */
    private static Map<String, List<String>> dropDowns(ImportKind kind, Locale locale) throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(ImportTemplate.xlsx(kind, locale)))) {
            XSSFSheet sheet = book.getSheetAt(0);
            return sheet.getDataValidations().stream().collect(Collectors.toMap(
                    v -> org.apache.poi.ss.util.CellReference.convertNumToColString(v.getRegions().getCellRangeAddress(0).getFirstColumn()),
                    v -> {
                        DataValidationConstraint c = v.getValidationConstraint();
                        assertEquals(DataValidationConstraint.ValidationType.LIST, c.getValidationType());
                        return List.of(c.getExplicitListValues());
                    }));
        }
    }
}
