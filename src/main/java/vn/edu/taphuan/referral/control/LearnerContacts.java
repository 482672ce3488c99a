package vn.edu.taphuan.referral.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.edu.taphuan.directory.control.Roster;
import vn.edu.taphuan.directory.entity.School;
import vn.edu.taphuan.platform.Messages;
import vn.edu.taphuan.platform.Problem;
import vn.edu.taphuan.referral.entity.ContactCard;
import vn.edu.taphuan.referral.entity.ContactKind;
import vn.edu.taphuan.referral.entity.LessonContacts;
import vn.edu.taphuan.referral.entity.ReferralContact;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The contacts a lesson's {@code contacts} blocks show one learner: their school's entries first, then their
 * ward's, then the city's, for each kind named; the national hotlines 111, 113 and 115 always.
 */
@ApplicationScoped
public class LearnerContacts {
    /** Child protection (Tổng đài quốc gia bảo vệ trẻ em), police, ambulance: free, nationwide, around the clock. */
    static final List<String> HOTLINES = List.of("111", "113", "115");
    static final int MAX_KINDS = ContactKind.values().length;

    @Inject
    ReferralDirectory directory;

    @Inject
    Roster roster;

    @Inject
    Messages messages;

    /** Kind keys as a page sends them ("ward-police health-station" or comma-separated), checked. */
    public List<ContactKind> kinds(String text) {
        Set<ContactKind> kinds = new LinkedHashSet<>();
        List<String> unknown = new ArrayList<>();
        for (String key : (text == null ? "" : text.strip()).split("[\\s,]+")) {
            if (!key.isEmpty()) {
                ContactKind.of(key).ifPresentOrElse(kinds::add, () -> unknown.add(key));
            }
        }
        if (!unknown.isEmpty()) {
            throw new Problem(400, "UNKNOWN_CONTACT_KIND", messages.get("contact.learn.kinds", String.join(", ", unknown), ContactRules.keys()));
        }
        return List.copyOf(kinds);
    }

    /** {@code schoolId} is the learner's school; null (a district admin) shows the city's entries only. */
    public LessonContacts forLearner(Long schoolId, List<ContactKind> kinds) {
        School school = schoolId == null ? null : roster.schoolById(schoolId);
        List<ReferralContact> found = kinds.isEmpty() ? List.of() : directory.relevantTo(school, kinds);
        List<LessonContacts.Kind> byKind = kinds.stream().map(k -> new LessonContacts.Kind(k.key(), directory.label(k),
                found.stream().filter(c -> c.kind() == k).map(ContactCard::of).toList())).toList();
        List<LessonContacts.Hotline> hotlines = HOTLINES.stream()
                .map(n -> new LessonContacts.Hotline(n, messages.get("contact.hotline." + n), "tel:" + n)).toList();
        return new LessonContacts(byKind, hotlines, messages.get("contact.notUpdated"), messages.get("contact.example.label"));
    }
}
