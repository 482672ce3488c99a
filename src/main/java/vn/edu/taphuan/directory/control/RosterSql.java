package vn.edu.taphuan.directory.control;

import vn.edu.taphuan.platform.DerbyHints;

/**
 * The roster's tables as other capabilities' set-based SQL names them (docs/architecture.md, "Layers and table
 * ownership"): reporting's figures, matrix, trend and filed reports join people and schools inside its own statements,
 * so the text that names {@code staff} and {@code school} stays here, with their owner, and a change to those tables is
 * made here once. The published columns — the contract {@code RosterSqlTest} holds against the migrations:
 * <ul>
 *     <li>people, alias {@code s}: {@code id, code, full_name, gender, category, status, start_date, end_date,
 *     school_id};</li>
 *     <li>schools, alias {@code sc}: {@code id, code, name, ward, school_type, level, active}.</li>
 * </ul>
 * Not the views of migration V82, which Derby plans worse for these queries: read through them, a ward's report at
 * city scale took 310 ms against 24 ms (p50, 7 Dec 2026, docs/performance-history.md), and Derby refuses index hints on
 * a view (ERROR 42Y44). Point lookups by others still use the views.
 */
public final class RosterSql {
    /** People on the roster, as {@code s}. */
    public static final String PEOPLE = "staff s";

    /** Schools, as {@code sc}. */
    public static final String SCHOOLS = "school sc";

    /** People with their schools, for filtered reports (the school index narrows them). */
    public static final String PEOPLE_WITH_SCHOOLS = PEOPLE + " JOIN " + SCHOOLS + " ON sc.id = s.school_id";

    /**
     * The whole district's people with their schools, for Derby: scan {@code staff} once and find each school in a
     * hash table of the (few thousand) schools instead of probing the school index per person. To other databases the
     * hints are comments.
     */
    public static final String DISTRICT_PEOPLE_WITH_SCHOOLS = DerbyHints.properties("joinOrder=FIXED") + PEOPLE + " JOIN " + SCHOOLS
            + DerbyHints.properties("joinStrategy=HASH") + "ON sc.id = s.school_id";

    /** The whole district's people, scanned once and first (joinOrder=FIXED on Derby), for joins that follow them. */
    public static final String DISTRICT_PEOPLE_FIRST = DerbyHints.properties("joinOrder=FIXED") + PEOPLE;

    private RosterSql() {
    }
}
