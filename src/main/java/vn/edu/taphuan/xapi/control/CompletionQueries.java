package vn.edu.taphuan.xapi.control;

import vn.edu.taphuan.platform.DerbyHints;
import vn.edu.taphuan.platform.Sql;

/**
 * The completion projection's SQL for other capabilities' set-based statements (docs/architecture.md, "Layers and
 * table ownership"): reporting builds who is trained from people's first completions inside its own statements, so
 * the text that names {@code completion} and its index stays with the table's owner. Not a view: Derby refuses an
 * index hint on a view (ERROR 42Y44 on 10.16), and the one-person read needs {@code COMPLETION_STAFF_IX}.
 */
public final class CompletionQueries {

    private CompletionQueries() {
    }

    /**
     * Each person's first completion of each required course in a window, as columns {@code staff_id, course_id,
     * first_at}. Parameters in order: the {@code courses} course ids, the window's start and end (UTC timestamps,
     * the end excluded), then, when {@code onePerson}, the staff id, read through the person's index.
     */
    public static String firstCompletions(int courses, boolean onePerson) {
        return "SELECT c.staff_id, c.course_id, MIN(c.completed_at) AS first_at FROM completion c"
                + (onePerson ? DerbyHints.index("COMPLETION_STAFF_IX") : "") + " WHERE c.course_id IN ("
                + Sql.marks(courses) + ") AND c.completed_at >= ? AND c.completed_at < ?"
                + (onePerson ? " AND c.staff_id = ?" : "") + " GROUP BY c.staff_id, c.course_id";
    }
}
