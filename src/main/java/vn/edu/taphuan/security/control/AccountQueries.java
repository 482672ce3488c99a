package vn.edu.taphuan.security.control;

/**
 * The account table's JPQL for other capabilities' statements (docs/architecture.md, "Layers and table ownership"):
 * directory's staff page shows whether each person has a sign-in, counted inside the page's one query, so the text
 * that names {@code Account} stays with its owner (as {@code xapi/control/CompletionQueries} does for completions).
 */
public final class AccountQueries {

    private AccountQueries() {
    }

    /** A JPQL subquery: how many accounts belong to the person whose id is the path {@code staffId} (e.g. "s.id"). */
    public static String countOfPerson(String staffId) {
        return "(SELECT COUNT(a) FROM Account a WHERE a.staffId = " + staffId + ")";
    }
}
