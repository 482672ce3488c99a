package vn.edu.taphuan.security.control;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The people and schools accounts belong to, as security needs them: a staff account is a person on the roster
 * (code, name, school, whether they have left), a school admin's account names a school. The roster is directory's,
 * and every directory endpoint asks security who calls, so security must not import directory (ArchitectureTest):
 * security states here what it needs, and directory answers ({@code directory/control/RosterAccountHolders}).
 * <p>
 * The house bans an interface with a single implementation; this is the one case it exists for, dependency
 * inversion: the implementation has to live in the capability above, which security cannot name.
 */
public interface AccountHolders {

    /** A person on the roster, as their account sees them; {@code status} is the roster status's name. */
    record Holder(long staffId, String staffCode, String fullName, long schoolId, String schoolCode, String status,
                  LocalDate endDate) {
        /** Whether they have left by {@code today}: an account of someone who left signs in no more. */
        public boolean leftBy(LocalDate today) {
            return EndedSessions.left(status, endDate, today);
        }
    }

    /** The person with this staff code; a 404 problem when the roster has none. */
    Holder holder(String staffCode);

    /** The people with these staff ids, read now (no cache: a leaving date set on another instance counts at once). */
    Map<Long, Holder> holders(Collection<Long> staffIds);

    /** The staff ids of a school's roster, those who left included: the staff accounts its admin looks after. */
    List<Long> staffOf(long schoolId);

    /** The id of the school with this code; a 404 problem when there is none. */
    long schoolId(String schoolCode);

    /** The codes of the schools with these ids (absent ones left out). */
    Map<Long, String> schoolCodes(Collection<Long> schoolIds);
}
