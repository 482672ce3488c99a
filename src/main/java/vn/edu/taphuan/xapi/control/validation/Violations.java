package vn.edu.taphuan.xapi.control.validation;

import java.util.ArrayList;
import java.util.List;

/**
 * What is wrong with a statement or a request parameter: where (a JSON path such as {@code [2].actor.mbox}) and
 * which rule of the specification it breaks, with the section, so an LRS client can fix it without guessing.
 */
public final class Violations {

    /** One broken rule. */
    public record Violation(String path, String rule) {
        @Override
        public String toString() {
            return (path.isEmpty() ? "statement" : path) + ": " + rule;
        }
    }

    private final List<Violation> list = new ArrayList<>();

    public void add(String path, String rule) {
        list.add(new Violation(path, rule));
    }

    public boolean isEmpty() {
        return list.isEmpty();
    }

    public List<Violation> list() {
        return List.copyOf(list);
    }

    @Override
    public String toString() {
        return list.toString();
    }
}
