package vn.edu.taphuan.privacy.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.edu.taphuan.audit.control.AuditLog;
import vn.edu.taphuan.audit.entity.AuditKind;
import vn.edu.taphuan.directory.entity.Staff;
import vn.edu.taphuan.directory.entity.StaffStatus;
import vn.edu.taphuan.learning.control.Certificates;
import vn.edu.taphuan.security.control.Accounts;
import vn.edu.taphuan.xapi.control.AgentDocuments;
import vn.edu.taphuan.xapi.control.XapiProfile;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Erasure of a person who left longer ago than the retention period (docs/privacy.md): the name and staff code are
 * replaced on the roster and on certificates, the account and its notice acknowledgement are deleted. The roster row
 * itself stays with its school, category, gender, dates and pseudonymous actor key, and the xAPI statements stay
 * under that actor: every figure already computed or filed still adds up, but nothing names the person any more. The
 * LRS's documents about the person (State, Agent Profile: what content saved for them) are deleted: they count for
 * no figure, and content may have saved free text there.
 */
@ApplicationScoped
public class Erasure {
    /** What erased roster entries and certificates show instead of a name. */
    public static final String ERASED_NAME = "[Đã xoá dữ liệu cá nhân]";

    @PersistenceContext
    EntityManager em;

    @Inject
    Certificates certificates;

    @Inject
    Accounts accounts;

    @Inject
    ProcessingNotice notice;

    @Inject
    AuditLog auditLog;

    @Inject
    AgentDocuments documents;

    @Inject
    XapiProfile profile;

    @Inject
    @ConfigProperty(name = "taphuan.privacy.retention-years", defaultValue = "5")
    int retentionYears;

    @Inject
    Clock clock;

    /** The first day a person who left on {@code endDate} may be erased; empty while they have not left. */
    public Optional<LocalDate> erasableFrom(Staff staff) {
        if (staff.status() != StaffStatus.LEFT || staff.endDate() == null) {
            return Optional.empty();
        }
        return Optional.of(staff.endDate().plusYears(retentionYears).plusDays(1));
    }

    public boolean erasable(Staff staff) {
        return erasableFrom(staff).map(day -> !day.isAfter(LocalDate.now(clock))).orElse(false);
    }

    /** Erases in the caller's transaction (the caller checked {@link #erasable}); answers the new staff code. */
    public String erase(Staff staff) {
        Staff managed = em.contains(staff) ? staff : em.merge(staff);
        String before = managed.code();
        accounts.ofStaff(managed.id()).ifPresent(account -> {
            notice.forget(account.id());
            accounts.remove(account);
        });
        certificates.eraseHolder(managed.id(), ERASED_NAME);
        int forgotten = documents.forget(profile.agentKey(managed.actorKey()));
        managed.erase(ERASED_NAME);
        em.flush();
        // the entry keeps the code the district knew the person by: the legal record that this processing happened
        auditLog.record(AuditKind.PERSON_ERASED, managed.school().code(), before, "staff:" + before,
                "name, staff code, account, " + forgotten + " xAPI document(s)",
                "erased; now " + managed.code() + ", learning records kept under the pseudonymous key");
        return managed.code();
    }

    public int retentionYears() {
        return retentionYears;
    }
}
