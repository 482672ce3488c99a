package vn.edu.taphuan.cmi5.entity;

import java.util.List;

/**
 * One reason a cmi5 package is refused: where ({@code file}, 1-based {@code line} and {@code column}; 0 when the
 * problem has no place in a file), a message key under {@code cmi5.problem.} with its arguments, and for schema
 * errors the validator's own text (English, naming the element and the rule).
 */
public record PackageProblem(String file, int line, int column, String key, List<Object> args, String detail) {

    public static PackageProblem at(String file, int line, int column, String key, Object... args) {
        return new PackageProblem(file, line, column, key, List.of(args), null);
    }

    /** "cmi5.xml:12:7", "cmi5.xml" or the package itself (an empty string). */
    public String where() {
        return file + (line > 0 ? ":" + line + (column > 0 ? ":" + column : "") : "");
    }

    /** Thrown with every problem found (at most {@link #LIMIT}): nothing of the package is kept. */
    public static final class Rejected extends RuntimeException {
        public static final int LIMIT = 50;
        private final transient List<PackageProblem> problems;

        public Rejected(List<PackageProblem> problems) {
            super(problems.size() + " problem(s) in the cmi5 package, first: " + problems.get(0).where() + " " + problems.get(0).key());
            this.problems = List.copyOf(problems);
        }

        public Rejected(PackageProblem problem) {
            this(List.of(problem));
        }

        public List<PackageProblem> problems() {
            return problems;
        }
    }
}
