package vn.edu.taphuan.courses.control;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import vn.edu.taphuan.courses.entity.CourseProblem;
import vn.edu.taphuan.courses.entity.Text;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The fields of one YAML mapping, read from the composed node tree (not bound to classes) so every problem can
 * name its line. Unknown and repeated fields are reported as soon as the mapping is opened; each getter reports
 * a missing or mistyped value and answers empty, so the loader collects every problem of a file in one pass.
 */
final class YamlFields {
    static final Set<String> LANGUAGES = Set.of("vi", "en");
    private static final java.util.regex.Pattern DATE = java.util.regex.Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private final String file;
    private final String path;
    private final Node node;
    private final List<CourseProblem> problems;
    private final Map<String, NodeTuple> fields = new LinkedHashMap<>();

    private YamlFields(String file, String path, Node node, List<CourseProblem> problems) {
        this.file = file;
        this.path = path;
        this.node = node;
        this.problems = problems;
    }

    /** Opens a mapping; empty (with a problem) when the node is not one. */
    static Optional<YamlFields> open(String file, String path, Node node, Set<String> allowed, List<CourseProblem> problems) {
        if (!(node instanceof MappingNode mapping)) {
            problems.add(CourseProblem.of(file, line(node), "course.problem.notMapping", path.isEmpty() ? "—" : path, describe(node)));
            return Optional.empty();
        }
        YamlFields f = new YamlFields(file, path, node, problems);
        for (NodeTuple t : mapping.getValue()) {
            String key = t.getKeyNode() instanceof ScalarNode s ? s.getValue() : describe(t.getKeyNode());
            if (!allowed.contains(key)) {
                problems.add(CourseProblem.of(file, line(t.getKeyNode()), "course.problem.unknownField", f.name(key),
                        String.join(", ", allowed.stream().sorted().toList())));
            } else if (f.fields.containsKey(key)) {
                problems.add(CourseProblem.of(file, line(t.getKeyNode()), "course.problem.duplicateField", f.name(key),
                        line(f.fields.get(key).getKeyNode())));
            } else {
                f.fields.put(key, t);
            }
        }
        return Optional.of(f);
    }

    int line() {
        return line(node);
    }

    String file() {
        return file;
    }

    List<CourseProblem> problems() {
        return problems;
    }

    /** The full name of a field for messages, e.g. {@code lessons[2].title}. */
    String name(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    /** The line a field's name is written on (the mapping's own line when the field is absent). */
    int keyLine(String key) {
        NodeTuple t = fields.get(key);
        return t == null ? line() : line(t.getKeyNode());
    }

    int lineOf(String key) {
        NodeTuple t = fields.get(key);
        return t == null ? line() : line(t.getValueNode());
    }

    private Optional<Node> value(String key) {
        NodeTuple t = fields.get(key);
        if (t == null || isNull(t.getValueNode())) {
            problems.add(CourseProblem.of(file, t == null ? line() : line(t.getKeyNode()), "course.problem.missingField", name(key)));
            return Optional.empty();
        }
        return Optional.of(t.getValueNode());
    }

    /** The raw value of a field (null when absent), for readers that only peek. */
    Node node(String key) {
        NodeTuple t = fields.get(key);
        return t == null ? null : t.getValueNode();
    }

    /**
     * The {@code id}s of a list of mappings with the line each mapping starts on, read without checking anything
     * (whether or not the items are valid): e.g. the lessons a question may name.
     */
    Map<String, Integer> listedIds(String key) {
        Map<String, Integer> ids = new LinkedHashMap<>();
        if (node(key) instanceof SequenceNode seq) {
            for (Node item : seq.getValue()) {
                if (item instanceof MappingNode map) {
                    map.getValue().stream()
                            .filter(t -> t.getKeyNode() instanceof ScalarNode k && k.getValue().equals("id") && t.getValueNode() instanceof ScalarNode)
                            .forEach(t -> ids.putIfAbsent(((ScalarNode) t.getValueNode()).getValue().strip(), line(map)));
                }
            }
        }
        return ids;
    }

    boolean has(String key) {
        NodeTuple t = fields.get(key);
        return t != null && !isNull(t.getValueNode());
    }

    Optional<String> string(String key) {
        return value(key).flatMap(v -> {
            if (v instanceof ScalarNode s && !s.getValue().isBlank()) {
                return Optional.of(s.getValue().strip());
            }
            wrongType(key, v, "type.text");
            return Optional.empty();
        });
    }

    Optional<Integer> integer(String key) {
        return value(key).flatMap(v -> {
            if (v instanceof ScalarNode s && s.getTag().equals(Tag.INT)) {
                try {
                    return Optional.of(Integer.parseInt(s.getValue().replace("_", "")));
                } catch (NumberFormatException tooBigOrOctal) {
                    // falls through to the type problem
                }
            }
            wrongType(key, v, "type.integer");
            return Optional.empty();
        });
    }

    /** An integer within bounds (both included). */
    Optional<Integer> integer(String key, int min, int max) {
        return integer(key).filter(n -> {
            if (n < min || n > max) {
                problems.add(CourseProblem.of(file, lineOf(key), "course.problem.outOfRange", name(key), min, max, n));
                return false;
            }
            return true;
        });
    }

    /** A date written as YYYY-MM-DD. */
    Optional<LocalDate> date(String key) {
        return value(key).flatMap(v -> {
            if (v instanceof ScalarNode s && DATE.matcher(s.getValue()).matches()) {
                try {
                    return Optional.of(LocalDate.parse(s.getValue()));
                } catch (DateTimeParseException noSuchDay) {
                    // falls through to the type problem
                }
            }
            wrongType(key, v, "type.date");
            return Optional.empty();
        });
    }

    /** An optional true/false field; {@code fallback} when absent. */
    Optional<Boolean> bool(String key, boolean fallback) {
        if (!fields.containsKey(key)) {
            return Optional.of(fallback);
        }
        return value(key).flatMap(v -> {
            // only true/false: YAML 1.1 also reads yes/no/on/off as booleans, which an author would not expect
            String text = v instanceof ScalarNode s ? s.getValue().toLowerCase(java.util.Locale.ROOT) : "";
            if (text.equals("true") || text.equals("false")) {
                return Optional.of(text.equals("true"));
            }
            wrongType(key, v, "type.boolean");
            return Optional.empty();
        });
    }

    /** A text in both languages: {@code key: {vi: ..., en: ...}}; each missing language is its own problem. */
    Optional<Text> text(String key) {
        return value(key).flatMap(v -> {
            if (!(v instanceof MappingNode)) {
                wrongType(key, v, "type.translations");
                return Optional.empty();
            }
            return open(file, name(key), v, LANGUAGES, problems).flatMap(t -> {
                String vi = t.translation("vi");
                String en = t.translation("en");
                return vi == null || en == null ? Optional.empty() : Optional.of(new Text(vi, en));
            });
        });
    }

    private String translation(String language) {
        NodeTuple t = fields.get(language);
        if (t == null || isNull(t.getValueNode()) || (t.getValueNode() instanceof ScalarNode s && s.getValue().isBlank())) {
            problems.add(CourseProblem.of(file, t == null ? line() : line(t.getKeyNode()), "course.problem.missingTranslation", path, language));
            return null;
        }
        if (!(t.getValueNode() instanceof ScalarNode s)) {
            wrongType(language, t.getValueNode(), "type.text");
            return null;
        }
        return s.getValue().strip();
    }

    /** A list of mappings, each opened with its allowed fields; items that are not mappings are reported. */
    List<YamlFields> list(String key, Set<String> allowed) {
        Optional<Node> v = value(key);
        if (v.isEmpty()) {
            return List.of();
        }
        if (!(v.get() instanceof SequenceNode seq)) {
            wrongType(key, v.get(), "type.list");
            return List.of();
        }
        List<YamlFields> items = new ArrayList<>();
        List<Node> nodes = seq.getValue();
        for (int i = 0; i < nodes.size(); i++) {
            open(file, name(key) + "[" + (i + 1) + "]", nodes.get(i), allowed, problems).ifPresent(items::add);
        }
        return items;
    }

    private void wrongType(String key, Node v, String expectedKey) {
        problems.add(CourseProblem.of(file, line(v), "course.problem.wrongType", name(key), "@course." + expectedKey, describe(v)));
    }

    static int line(Node node) {
        return node.getStartMark().getLine() + 1;
    }

    private static boolean isNull(Node node) {
        return node instanceof ScalarNode s && s.getTag().equals(Tag.NULL);
    }

    /** A short rendering of what was found, for messages. */
    static String describe(Node node) {
        if (node instanceof ScalarNode s) {
            String v = s.getValue();
            return v.length() > 40 ? v.substring(0, 40) + "…" : v;
        }
        return node instanceof SequenceNode ? "[…]" : "{…}";
    }
}
