package vn.edu.taphuan.directory.control;

import vn.edu.taphuan.audit.entity.AuditKind;
import vn.edu.taphuan.directory.entity.Gender;
import vn.edu.taphuan.directory.entity.Staff;
import vn.edu.taphuan.directory.entity.StaffCategory;
import vn.edu.taphuan.directory.entity.StaffStatus;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.StringJoiner;

/**
 * What changed on a person's roster record, as audit entries: the changes that can move a school's figure each get
 * their own kind (category, school, dates, leaving); the rest is one "changed" entry. Used by single edits and by
 * imports alike, so both leave the same trail.
 * <p>
 * Entries name people by staff code, never by name: the audit log is append-only, and a person's name must be
 * erasable (issue 11 item 8), so a name change is recorded as "họ tên" changed without the values.
 */
public final class RosterChanges {
    private RosterChanges() {
    }

    /** A person's roster facts, before or after a change. */
    public record Facts(String code, String fullName, Gender gender, StaffCategory category, StaffStatus status,
                        LocalDate startDate, LocalDate endDate, String schoolCode) {
        public static Facts of(Staff s) {
            return new Facts(s.code(), s.fullName(), s.gender(), s.category(), s.status(), s.startDate(), s.endDate(),
                    s.school().code());
        }

        /** Everything but the name, for the entry of a new person. */
        String describe() {
            return "category=" + category + "; status=" + status + "; start=" + text(startDate) + "; end=" + text(endDate);
        }
    }

    /** One audit entry to write: kind, whose school, before, after. */
    public record Change(AuditKind kind, String schoolCode, String staffCode, String before, String after) {
    }

    public static Change created(Facts f) {
        return new Change(AuditKind.STAFF_CREATED, f.schoolCode(), f.code(), null, f.describe());
    }

    /** The entries for the change from {@code before} to {@code after} (none when nothing changed). */
    public static List<Change> between(Facts before, Facts after) {
        List<Change> changes = new ArrayList<>();
        String code = after.code();
        if (before.category() != after.category()) {
            changes.add(new Change(AuditKind.STAFF_CATEGORY_CHANGED, after.schoolCode(), code, name(before.category()), name(after.category())));
        }
        if (!before.schoolCode().equals(after.schoolCode())) {
            // both schools see the move: the one the person left and the one they joined
            changes.add(new Change(AuditKind.STAFF_SCHOOL_CHANGED, before.schoolCode(), code, before.schoolCode(), after.schoolCode()));
            changes.add(new Change(AuditKind.STAFF_SCHOOL_CHANGED, after.schoolCode(), code, before.schoolCode(), after.schoolCode()));
        }
        boolean left = after.status() == StaffStatus.LEFT
                && (before.status() != StaffStatus.LEFT || !Objects.equals(before.endDate(), after.endDate()));
        if (left) {
            changes.add(new Change(AuditKind.STAFF_LEFT, after.schoolCode(), code, leaving(before), leaving(after)));
        } else if (!Objects.equals(before.startDate(), after.startDate()) || !Objects.equals(before.endDate(), after.endDate())
                || before.status() == StaffStatus.LEFT && after.status() != StaffStatus.LEFT) {
            changes.add(new Change(AuditKind.STAFF_DATES_CHANGED, after.schoolCode(), code, dates(before), dates(after)));
        }
        StringJoiner was = new StringJoiner("; ");
        StringJoiner is = new StringJoiner("; ");
        if (!Objects.equals(before.fullName(), after.fullName())) {
            was.add("họ tên");
            is.add("họ tên (đã sửa)");
        }
        if (before.gender() != after.gender()) {
            was.add("gender=" + before.gender());
            is.add("gender=" + after.gender());
        }
        if (!left && before.status() != after.status()) {
            was.add("status=" + before.status());
            is.add("status=" + after.status());
        }
        if (is.length() > 0) {
            changes.add(new Change(AuditKind.STAFF_CHANGED, after.schoolCode(), code, was.toString(), is.toString()));
        }
        return changes;
    }

    private static String leaving(Facts f) {
        return "status=" + f.status() + "; end=" + text(f.endDate());
    }

    private static String dates(Facts f) {
        return "status=" + f.status() + "; start=" + text(f.startDate()) + "; end=" + text(f.endDate());
    }

    private static String name(Enum<?> e) {
        return e == null ? null : e.name();
    }

    private static String text(LocalDate d) {
        return d == null ? "-" : d.toString();
    }
}
