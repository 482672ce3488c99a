package vn.edu.taphuan.audit.entity;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every kind of audit entry can be read on /admin/audit.html: it is in the page's kind filter and has a Vietnamese
 * and an English label in assets/audit.js. A kind added without them fails here, naming what to add.
 */
class AuditKindTest {

    @Test
    void everyKindHasAVietnameseAndAnEnglishLabelAndIsInThePagesFilter() throws IOException {
        String page = Files.readString(Path.of("src/main/webapp/assets/audit.js"));
        List<String> missing = new ArrayList<>();
        for (AuditKind kind : AuditKind.values()) {
            Matcher labels = Pattern.compile("\\b" + kind.name() + ": \"").matcher(page);
            int count = 0;
            while (labels.find()) {
                count++;
            }
            if (count < 2 || !page.contains("\"" + kind.name() + "\"")) {
                missing.add(kind.name());
            }
        }
        assertEquals(List.of(), missing, "add these kinds to assets/audit.js: a label in vi and in en, and the KINDS list");
    }

    @Test
    void theKindsThatMoveAFigureAreTheRosterAndTrainingChanges() {
        assertTrue(AuditKind.figureMoving().containsAll(List.of(AuditKind.STAFF_CREATED, AuditKind.STAFF_CATEGORY_CHANGED,
                AuditKind.STAFF_SCHOOL_CHANGED, AuditKind.STAFF_DATES_CHANGED, AuditKind.STAFF_LEFT, AuditKind.STATEMENT_VOIDED)));
        assertTrue(!AuditKind.STAFF_CHANGED.movesFigure() && !AuditKind.PASSWORD_RESET.movesFigure());
    }
}
