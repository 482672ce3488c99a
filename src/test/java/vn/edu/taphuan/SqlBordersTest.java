package vn.edu.taphuan;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The SQL side of the capability borders (docs/architecture.md, "Layers and table ownership"): an import shows at
 * compile time, a table name in a string does not, so renaming a column of {@code staff} would break another
 * capability's query unseen. The ownership table in the doc is the one source: every table the migrations create has
 * one owner there, and no capability's SQL or JPQL names a table (or entity) another capability owns. A view is its
 * owner's publication for the others' set-based SQL: anyone may read it; so is an SQL fragment the owner publishes as
 * a constant (xapi/control/CompletionQueries, directory/control/RosterSql), which this test sees as the owner's text.
 */
class SqlBordersTest {
    private static final Path DOC = Path.of("docs/architecture.md");
    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");
    private static final Path SOURCES = Path.of("src/main/java/vn/edu/taphuan");
    private static final Pattern OWNERSHIP_ROW = Pattern.compile("(?m)^\\| `(\\w+)` \\| (\\w+) \\|");
    private static final Pattern CREATED = Pattern.compile("(?i)\\bcreate\\s+(?:table|view)\\s+(\\w+)");
    private static final Pattern DROPPED = Pattern.compile("(?i)\\bdrop\\s+(?:table|view)\\s+(\\w+)");
    private static final Pattern VIEW = Pattern.compile("(?i)\\bcreate\\s+view\\s+(\\w+)");
    private static final Pattern ENTITY = Pattern.compile("@Entity\\b[\\s\\S]*?\\bclass\\s+(\\w+)");
    /** A literal is read as a query when it holds one of these words; messages and JSON names stay out. */
    private static final Pattern QUERY_WORD = Pattern.compile("(?i)\\b(select|insert|update|delete|from|join|into|where)\\b");

    @Test
    void everyTableInTheMigrationsHasOneOwner() {
        Set<String> created = new TreeSet<>();
        files(MIGRATIONS, ".sql").forEach(f -> {
            Matcher m = CREATED.matcher(read(f));
            while (m.find()) {
                created.add(m.group(1).toLowerCase());
            }
        });
        files(MIGRATIONS, ".sql").forEach(f -> DROPPED.matcher(read(f)).results().forEach(m -> created.remove(m.group(1).toLowerCase())));
        assertEquals(created, owners().keySet(), "tables in the migrations vs the ownership table of " + DOC);
    }

    @Test
    void noCapabilityNamesAnotherCapabilitysTable() {
        Map<String, String> owner = new TreeMap<>(owners());
        owner.keySet().removeAll(views());
        // an entity named like its table is found by the table's (case-blind) name already
        entities().forEach((name, capability) -> owner.putIfAbsent(owner.containsKey(name.toLowerCase()) ? name.toLowerCase() : name, capability));
        Map<String, Pattern> names = new TreeMap<>();
        owner.keySet().forEach(n -> names.put(n, Pattern.compile((n.equals(n.toLowerCase()) ? "(?i)" : "") + "(?<![.:\\w])" + n + "(?!\\w)")));
        Set<String> found = new TreeSet<>();
        files(SOURCES, ".java").forEach(f -> {
            String file = SOURCES.relativize(f).toString().replace('\\', '/');
            String capability = capabilityOf(file);
            for (String literal : literals(read(f))) {
                if (!QUERY_WORD.matcher(literal).find()) {
                    continue;
                }
                names.forEach((name, pattern) -> {
                    if (!owner.get(name).equals(capability) && pattern.matcher(literal).find()) {
                        found.add(file + ": " + name);
                    }
                });
            }
        });
        assertEquals(Set.of(), found, "SQL naming another capability's table: read it through the owner's control bean, "
                + "a view or an SQL fragment it publishes");
    }

    @Test
    void literalsAreTheStringsAndTextBlocksOutsideComments() {
        String source = "// \"SELECT 1 FROM staff\"\n/* \"FROM school\" */ String a = \"FROM \\\"x\\\" y\"; char q = '\"';\n"
                + "String b = \"\"\"\n  SELECT * FROM completion\n  \"\"\"; String url = \"http://host/x\";";
        assertEquals(List.of("FROM \\\"x\\\" y", "\n  SELECT * FROM completion\n  ", "http://host/x"), literals(source));
    }

    /** The string literals and text blocks of a Java source, comments and character literals skipped. */
    static List<String> literals(String src) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < src.length()) {
            if (src.startsWith("//", i)) {
                int end = src.indexOf('\n', i);
                i = end < 0 ? src.length() : end;
            } else if (src.startsWith("/*", i)) {
                i = src.indexOf("*/", i + 2) + 2;
            } else if (src.startsWith("\"\"\"", i)) {
                int end = src.indexOf("\"\"\"", i + 3);
                out.add(src.substring(i + 3, end));
                i = end + 3;
            } else if (src.charAt(i) == '"' || src.charAt(i) == '\'') {
                int end = closing(src, i);
                if (src.charAt(i) == '"') {
                    out.add(src.substring(i + 1, end));
                }
                i = end + 1;
            } else {
                i++;
            }
        }
        return out;
    }

    private static int closing(String src, int open) {
        int j = open + 1;
        while (src.charAt(j) != src.charAt(open)) {
            j += src.charAt(j) == '\\' ? 2 : 1;
        }
        return j;
    }

    /** The views the migrations create: published by their owners for every capability to read. */
    static Set<String> views() {
        Set<String> views = new TreeSet<>();
        files(MIGRATIONS, ".sql").forEach(f -> {
            Matcher m = VIEW.matcher(read(f));
            while (m.find()) {
                views.add(m.group(1).toLowerCase());
            }
        });
        return views;
    }

    /** The ownership table of docs/architecture.md: table → capability. */
    static Map<String, String> owners() {
        Map<String, String> owners = new TreeMap<>();
        Matcher m = OWNERSHIP_ROW.matcher(read(DOC));
        while (m.find()) {
            String previous = owners.put(m.group(1), m.group(2));
            assertEquals(null, previous, m.group(1) + " has two owners in " + DOC);
        }
        return owners;
    }

    /** JPA entity name (JPQL names these, not tables) → the capability of its package. */
    private static Map<String, String> entities() {
        Map<String, String> entities = new TreeMap<>();
        files(SOURCES, ".java").forEach(f -> {
            Matcher m = ENTITY.matcher(read(f));
            if (m.find()) {
                entities.put(m.group(1), capabilityOf(SOURCES.relativize(f).toString().replace('\\', '/')));
            }
        });
        return entities;
    }

    private static String capabilityOf(String file) {
        return file.contains("/") ? file.substring(0, file.indexOf('/')) : "(root)";
    }

    private static List<Path> files(Path dir, String suffix) {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
