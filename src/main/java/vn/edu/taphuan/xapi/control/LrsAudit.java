package vn.edu.taphuan.xapi.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.edu.taphuan.audit.control.AuditLog;
import vn.edu.taphuan.audit.entity.AuditKind;
import vn.edu.taphuan.directory.control.StaffActors;
import vn.edu.taphuan.directory.entity.StaffActor;
import vn.edu.taphuan.xapi.entity.LrsClient;
import vn.edu.taphuan.xapi.entity.LrsCredential;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Every audit entry the LRS writes, in one place (issue 11): a credential made or changed (scope, rights,
 * secret rotation, deactivation) and every void by a credential — in the transaction of the change. Who acted
 * (the district admin's account, or the credential for a void) and from where come from the audit context.
 */
@ApplicationScoped
public class LrsAudit {

    @Inject
    AuditLog log;

    @Inject
    StaffActors staffActors;

    /** A credential was made: its key, what it may do. */
    public void credentialCreated(LrsCredential c, String scopeText) {
        log.record(AuditKind.CREDENTIAL_CREATED, null, null, "lrs:" + c.apiKey(), null, describe(c, scopeText));
    }

    /** A credential's label, scopes or rights changed; {@code after} also says what that did to the figures. */
    public void credentialChanged(LrsCredential c, String before, String after) {
        log.record(AuditKind.CREDENTIAL_CHANGED, null, null, "lrs:" + c.apiKey(), before, after);
    }

    /** A credential's secret was replaced (the secrets themselves are never written). */
    public void secretRotated(LrsCredential c) {
        log.record(AuditKind.CREDENTIAL_CHANGED, null, null, "lrs:" + c.apiKey(), "secret", "new secret");
    }

    public void deactivated(LrsCredential c) {
        log.record(AuditKind.CREDENTIAL_CHANGED, null, null, "lrs:" + c.apiKey(), "active", "deactivated");
    }

    /**
     * A credential stored a voiding statement: which statement it voids and, when that took a completion away,
     * whose (school and staff code of the person) and which course.
     */
    public void statementVoided(Connection c, LrsClient client, String voidingId, String targetId,
                                CompletionProjection.Revoked revoked) throws SQLException {
        String school = null;
        String staff = null;
        String before = "statement " + targetId + (revoked == null ? "" : ": completion of " + revoked.courseId()
                + (revoked.counted() ? " (counted)" : " (not counted)"));
        if (revoked != null) {
            StaffActor person = staffActors.ofStaff(c, List.of(revoked.staffId())).get(revoked.staffId());
            if (person != null) {
                school = person.schoolCode();
                staff = person.staffCode();
            }
        }
        log.record(c, AuditKind.STATEMENT_VOIDED, school, staff, "statement:" + targetId, before, "voided by statement " + voidingId
                + " of lrs:" + client.key());
    }

    /** What a credential may do, as the audit log shows it. */
    public static String describe(LrsCredential c, String scopeText) {
        return "label=" + c.label() + "; write=" + c.canWrite() + "; read=" + c.readScope() + "; schools=" + scopeText
                + "; completions count=" + c.mayComplete() + "; void others=" + c.mayVoidOthers() + "; active=" + c.active();
    }
}
