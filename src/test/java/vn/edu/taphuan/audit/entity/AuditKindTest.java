package vn.edu.taphuan.audit.entity;

import org.junit.jupiter.api.Test;
import vn.edu.taphuan.platform.Messages;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every kind of audit entry can be read on /admin/audit.html: it is in the page's kind filter (assets/audit.js) and
 * has a Vietnamese and an English label in the bundles (enum.auditKind.*). A kind added without them fails here.
 */
class AuditKindTest {

    @Test
    void everyKindHasAVietnameseAndAnEnglishLabelAndIsInThePagesFilter() throws IOException {
        String page = Files.readString(Path.of("src/main/webapp/assets/audit.js"));
        List<String> missing = new ArrayList<>();
        for (AuditKind kind : AuditKind.values()) {
            boolean labelled = Stream.of(Messages.VIETNAMESE, Locale.ENGLISH).noneMatch(l -> Messages.label(l, kind).startsWith("enum."));
            if (!labelled || !page.contains("\"" + kind.name() + "\"")) {
                missing.add(kind.name());
            }
        }
        assertEquals(List.of(), missing, "add these kinds to the KINDS list of assets/audit.js and enum.auditKind.* of both bundles");
    }

    @Test
    void theKindsThatMoveAFigureAreTheRosterAndTrainingChanges() {
        assertTrue(AuditKind.figureMoving().containsAll(List.of(AuditKind.STAFF_CREATED, AuditKind.STAFF_CATEGORY_CHANGED,
                AuditKind.STAFF_SCHOOL_CHANGED, AuditKind.STAFF_DATES_CHANGED, AuditKind.STAFF_LEFT, AuditKind.STATEMENT_VOIDED)));
        assertTrue(!AuditKind.STAFF_CHANGED.movesFigure() && !AuditKind.PASSWORD_RESET.movesFigure());
    }
}
