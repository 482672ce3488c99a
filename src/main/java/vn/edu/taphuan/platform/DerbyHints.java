package vn.edu.taphuan.platform;

/**
 * Derby optimizer overrides, written in Derby's comment syntax ({@code --DERBY-PROPERTIES …} up to the end of the
 * line, https://db.apache.org/derby/docs/10.16/tuning/ctunoptimzoverride.html): to every other database they are SQL
 * comments, so one statement text serves both. Why they are needed at all: Derby's optimizer, seeing a young or small
 * table, prefers a scan to an index probe; a scan reads — and under READ COMMITTED waits for — rows other writers
 * have not committed yet, so concurrent writers queue behind each other, and a scan tested against a long IN list
 * costs seconds where the probe costs milliseconds (docs/performance.md). Each hint ends its line, as the syntax wants.
 */
public final class DerbyHints {
    private DerbyHints() {
    }

    /** Read the table through this unique or primary key constraint (name as in its migration, upper case). */
    public static String constraint(String name) {
        return properties("constraint=" + name);
    }

    /** Read the table through this index (name as in its migration, upper case). */
    public static String index(String name) {
        return properties("index=" + name);
    }

    /**
     * Any overrides, e.g. {@code joinOrder=FIXED} after FROM (join in the order written) or {@code joinStrategy=NESTEDLOOP}
     * after a table (probe it per row instead of hashing it whole).
     */
    public static String properties(String... properties) {
        return " --DERBY-PROPERTIES " + String.join(", ", properties) + "\n ";
    }
}
