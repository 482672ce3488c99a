package vn.edu.taphuan.privacy.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.edu.taphuan.platform.Clocks;
import vn.edu.taphuan.platform.Messages;
import vn.edu.taphuan.privacy.entity.NoticeAcknowledgement;
import vn.edu.taphuan.privacy.entity.PrivacyNotice;

import java.time.LocalDateTime;
import java.util.Locale;

/**
 * The short processing notice every account is shown at its first sign-in (and again after the district changes
 * the text), and the record that it was acknowledged (the right to know, Law 91/2025/QH15 Art. 4 — docs/privacy.md).
 */
@ApplicationScoped
public class ProcessingNotice {

    @PersistenceContext
    EntityManager em;

    @Inject
    @ConfigProperty(name = "taphuan.privacy.retention-years", defaultValue = "5")
    int retentionYears;

    /** The notice in both languages, and whether (and when) this account acknowledged the current version. */
    public record Notice(int version, String vi, String en, boolean acknowledged, LocalDateTime acknowledgedAt) {
    }

    public Notice of(long accountId) {
        PrivacyNotice edited = em.find(PrivacyNotice.class, PrivacyNotice.ID);
        int version = edited == null ? 0 : edited.version();
        NoticeAcknowledgement ack = em.find(NoticeAcknowledgement.class, accountId);
        boolean current = ack != null && ack.noticeVersion() >= version;
        return new Notice(version, edited == null ? defaultText(Messages.VIETNAMESE) : edited.textVi(),
                edited == null ? defaultText(Locale.ENGLISH) : edited.textEn(), current, ack == null ? null : ack.acknowledgedAt());
    }

    /** Records that the account read the current version. */
    @Transactional
    public Notice acknowledge(long accountId) {
        PrivacyNotice edited = em.find(PrivacyNotice.class, PrivacyNotice.ID);
        int version = edited == null ? 0 : edited.version();
        NoticeAcknowledgement ack = em.find(NoticeAcknowledgement.class, accountId);
        if (ack == null) {
            em.persist(new NoticeAcknowledgement(accountId, version, now()));
        } else {
            ack.acknowledge(version, now());
        }
        em.flush();
        return of(accountId);
    }

    /** The district's own texts; everyone is shown them once more. */
    @Transactional
    public Notice edit(String vi, String en, String by, long accountId) {
        PrivacyNotice edited = em.find(PrivacyNotice.class, PrivacyNotice.ID);
        if (edited == null) {
            em.persist(new PrivacyNotice(1, vi, en, now(), by));
        } else {
            edited.edit(edited.version() + 1, vi, en, now(), by);
        }
        em.flush();
        return of(accountId);
    }

    /** The acknowledgement of an account that is being erased (joins the caller's transaction). */
    public void forget(long accountId) {
        NoticeAcknowledgement ack = em.find(NoticeAcknowledgement.class, accountId);
        if (ack != null) {
            em.remove(ack);
        }
    }

    private String defaultText(Locale locale) {
        return Messages.format(locale, "privacy.notice.default", retentionYears);
    }

    private static LocalDateTime now() {
        return Clocks.utcNow();
    }
}
