package vn.edu.taphuan.referral.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import vn.edu.taphuan.audit.control.AuditLog;
import vn.edu.taphuan.audit.entity.AuditKind;
import vn.edu.taphuan.directory.control.ImportFile;
import vn.edu.taphuan.directory.control.ImportProblems;
import vn.edu.taphuan.platform.Messages;
import vn.edu.taphuan.platform.Problem;
import vn.edu.taphuan.referral.entity.ContactDraft;
import vn.edu.taphuan.referral.entity.ReferralContact;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A file of referral contacts (CSV UTF-8, or .xlsx) into the directory, all or nothing, as the roster import does
 * (docs/import.md): every row is checked first and any problem refuses the whole file, listing each with its row,
 * column, value and how to fix it; a clean file is written in one transaction. Rows are matched to stored entries by
 * level, place, kind and name: a new entry is added, a known one changed when something differs. Nothing is deleted.
 */
@ApplicationScoped
public class ContactImport {
    static final int MAX_ROWS = 20_000;
    static final int MAX_PROBLEMS = 500;

    @PersistenceContext
    EntityManager em;

    @Inject
    ReferralDirectory directory;

    @Inject
    Messages messages;

    @Inject
    AuditLog audit;

    /** What an import did. */
    public record Result(int created, int updated, int unchanged) {
    }

    /**
     * Reads, checks and writes the file. {@code ownSchool} is a principal's school code (rows of other schools and
     * of wards or the city are refused), or null for a district admin.
     */
    @Transactional
    public Result run(byte[] bytes, String fileName, String ownSchool) {
        ImportProblems problems = new ImportProblems(messages.locale(), MAX_PROBLEMS);
        List<ImportFile.Row> rows = ImportFile.read(bytes, fileName, MAX_ROWS, problems).rows();
        List<Located> drafts = problems.any() ? List.of() : drafts(rows, ownSchool, problems);
        if (problems.any()) {
            Problem.Body body = problems.toProblem();
            throw new Problem(400, body.code(), body.message(), body.details());
        }
        Result result = write(drafts);
        audit.record(AuditKind.CONTACTS_IMPORTED, ownSchool, null, fileName, null,
                "created " + result.created() + ", updated " + result.updated() + ", unchanged " + result.unchanged());
        return result;
    }

    /** A checked row and where it was. */
    record Located(int row, ContactDraft draft) {
    }

    private List<Located> drafts(List<ImportFile.Row> rows, String ownSchool, ImportProblems problems) {
        Optional<ContactHeader> header = ContactHeader.resolve(rows, problems);
        if (header.isEmpty()) {
            return List.of();
        }
        List<ImportFile.Row> data = header.get().data();
        if (data.isEmpty()) {
            problems.add(header.get().row() + 1, null, null, "contact.import.noRows");
            return List.of();
        }
        List<Map<ContactField, String>> values = data.stream().map(header.get()::values).toList();
        ContactRules.Places places = directory.places(
                values.stream().map(v -> ContactRules.cleaned(v).get(ContactField.SCHOOL)).toList(),
                values.stream().map(v -> ContactRules.cleaned(v).get(ContactField.WARD)).toList());
        List<Located> drafts = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < data.size(); i++) {
            int row = data.get(i).number();
            ContactRules.Report report = (field, value, key, args) ->
                    problems.add(row, header.get().headerOf(field), value, key, args);
            Optional<ContactDraft> draft = ContactRules.check(values.get(i), places, report);
            if (draft.isEmpty()) {
                continue;
            }
            ContactDraft d = draft.get();
            if (ownSchool != null && (d.school() == null || !ownSchool.equals(d.school().code()))) {
                problems.add(row, header.get().headerOf(ContactField.SCHOOL), d.school() == null ? null : d.school().code(),
                        "contact.import.notYours", ownSchool);
                continue;
            }
            Integer earlier = seen.putIfAbsent(d.key(), row);
            if (earlier != null) {
                problems.add(row, header.get().headerOf(ContactField.NAME), d.name(), "contact.import.duplicate", earlier);
                continue;
            }
            drafts.add(new Located(row, d));
        }
        return drafts;
    }

    private Result write(List<Located> drafts) {
        int created = 0, updated = 0, unchanged = 0;
        for (Located l : drafts) {
            Optional<ReferralContact> stored = stored(l.draft());
            if (stored.isEmpty()) {
                em.persist(new ReferralContact(l.draft()));
                created++;
            } else if (stored.get().describe(l.draft())) {
                updated++;
            } else {
                unchanged++;
            }
        }
        return new Result(created, updated, unchanged);
    }

    /** The stored entry an imported row stands for: same level, place, kind and name. */
    private Optional<ReferralContact> stored(ContactDraft d) {
        String place = switch (d.level()) {
            case SCHOOL -> " AND c.school = :school";
            case WARD -> " AND c.ward = :ward";
            case CITY -> "";
        };
        var q = em.createQuery("SELECT c FROM ReferralContact c WHERE c.level = :level AND c.kind = :kind AND c.name = :name" + place,
                ReferralContact.class).setParameter("level", d.level()).setParameter("kind", d.kind().key()).setParameter("name", d.name());
        switch (d.level()) {
            case SCHOOL -> q.setParameter("school", d.school());
            case WARD -> q.setParameter("ward", d.ward());
            default -> { }
        }
        return q.setMaxResults(1).getResultStream().findFirst();
    }
}
