package vn.edu.taphuan.directory.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import java.util.function.Function;

/**
 * What an import changes, decided without the database: rows whose code is not stored are inserted, rows that differ
 * from the stored one are updated, equal rows are left alone — so importing the same file twice changes nothing the
 * second time.
 *
 * @param <R> a file row
 */
record RosterDiff<R>(List<R> inserts, List<R> updates, int unchanged) {

    /**
     * Compares each row with the stored row of its code ({@code stored}, by code); {@code same} says whether a stored
     * row already holds what the file row says.
     */
    static <R, S> RosterDiff<R> between(List<R> rows, Function<R, String> code, Map<String, S> stored, BiPredicate<S, R> same) {
        List<R> inserts = new ArrayList<>();
        List<R> updates = new ArrayList<>();
        for (R r : rows) {
            S s = stored.get(code.apply(r));
            if (s == null) {
                inserts.add(r);
            } else if (!same.test(s, r)) {
                updates.add(r);
            }
        }
        return new RosterDiff<>(inserts, updates, rows.size() - inserts.size() - updates.size());
    }

    /** How many rows get written. */
    int changed() {
        return inserts.size() + updates.size();
    }
}
