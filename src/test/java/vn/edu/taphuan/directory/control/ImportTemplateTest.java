package vn.edu.taphuan.directory.control;

import org.junit.jupiter.api.Test;
import vn.edu.taphuan.directory.entity.ImportKind;
import vn.edu.taphuan.platform.Messages;

import java.time.LocalDate;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

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
}
