package vn.edu.taphuan.audit.entity;

import java.util.Arrays;
import java.util.List;

/**
 * What an audit entry records. Grouped by what changed; add a kind by appending to its group. A kind that
 * {@link #movesFigure() moves the figure} changes who is in scope or trained for a programme without anyone
 * training: the district report counts those a school made itself (docs/decisions/0006-principal-changes.md).
 */
public enum AuditKind {
    // the roster
    STAFF_CREATED(true),
    STAFF_CHANGED(false),
    STAFF_CATEGORY_CHANGED(true),
    STAFF_SCHOOL_CHANGED(true),
    STAFF_DATES_CHANGED(true),
    STAFF_LEFT(true),
    ROSTER_IMPORTED(false),
    SCHOOL_CREATED(false),
    SCHOOL_CHANGED(false),
    SCHOOL_CLOSED(true),
    SCHOOL_REOPENED(true),
    // accounts
    ACCOUNT_CREATED(false),
    PASSWORD_RESET(false),
    ACCOUNT_DISABLED(false),
    ACCOUNT_ENABLED(false),
    // programmes and training
    PROGRAMME_CREATED(false),
    PROGRAMME_CHANGED(true),
    SESSION_RECORDED(true),
    REPORT_FILED(false),
    CHANGE_CONFIRMED(false),
    // the LRS
    CREDENTIAL_CREATED(false),
    CREDENTIAL_CHANGED(false),
    STATEMENT_VOIDED(true),
    // personal data
    PERSON_EXPORTED(false),
    PERSON_ERASED(false),
    // courses
    COURSE_APPROVED(false),
    // the referral directory (contacts lessons show; no figure depends on them)
    CONTACT_ADDED(false),
    CONTACT_CHANGED(false),
    CONTACT_REMOVED(false),
    CONTACTS_IMPORTED(false),
    // cmi5 course packages (a package alone moves no figure; its completions come as statements)
    CMI5_PACKAGE_IMPORTED(false);

    private final boolean movesFigure;

    AuditKind(boolean movesFigure) {
        this.movesFigure = movesFigure;
    }

    /** True when an entry of this kind can change a school's % trained by itself. */
    public boolean movesFigure() {
        return movesFigure;
    }

    /** The kinds that move a figure, for SQL {@code IN} lists. */
    public static List<AuditKind> figureMoving() {
        return Arrays.stream(values()).filter(AuditKind::movesFigure).toList();
    }
}
