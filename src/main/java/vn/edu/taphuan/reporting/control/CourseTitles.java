package vn.edu.taphuan.reporting.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Course titles for report headings, read from each course's {@code course.yaml} (the content format of
 * docs/authoring-courses.md: {@code title: {vi: …, en: …}}) in the content folder ({@code taphuan.courses.dir}, else
 * the copy inside the WAR). Reporting refers to courses by id only; this is the one place it looks at content,
 * so a programme cannot name a course that does not exist.
 */
@ApplicationScoped
public class CourseTitles {
    private static final Logger LOG = Logger.getLogger(CourseTitles.class.getName());

    @Inject
    @ConfigProperty(name = "taphuan.courses.dir", defaultValue = "")
    Optional<String> coursesDir;

    @Inject
    ServletContext servletContext;

    private final Map<String, Optional<Map<String, String>>> cache = new ConcurrentHashMap<>();

    /** True when the course's content is present (or when no content folder can be found at all). */
    public boolean exists(String courseId) {
        return titles(courseId).isPresent() || !contentFound();
    }

    /** The title in the language asked for, else Vietnamese, else the id. */
    public String title(String courseId, Locale locale) {
        return titles(courseId).map(t -> t.getOrDefault(locale.getLanguage(), t.getOrDefault("vi", courseId))).orElse(courseId);
    }

    private boolean contentFound() {
        String dir = coursesDir.orElse("").strip();
        if (!dir.isEmpty()) {
            return Files.isDirectory(Path.of(dir));
        }
        var paths = servletContext.getResourcePaths("/WEB-INF/courses/");
        return paths != null && !paths.isEmpty();
    }

    @SuppressWarnings("unchecked")
    private Optional<Map<String, String>> titles(String courseId) {
        if (!courseId.matches("[a-z0-9][a-z0-9-]{0,63}")) {
            return Optional.empty();
        }
        return cache.computeIfAbsent(courseId, id -> {
            try (InputStream in = open(id)) {
                if (in == null) {
                    return Optional.empty();
                }
                Object doc = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
                if (doc instanceof Map<?, ?> m && m.get("title") instanceof Map<?, ?> title) {
                    return Optional.of(Map.copyOf((Map<String, String>) title));
                }
                return Optional.of(Map.of());
            } catch (IOException | RuntimeException e) {
                LOG.log(Level.WARNING, "Cannot read the title of course " + id, e);
                return Optional.of(Map.of());
            }
        });
    }

    private InputStream open(String id) throws IOException {
        String dir = coursesDir.orElse("").strip();
        if (!dir.isEmpty()) {
            Path file = Path.of(dir, id, "course.yaml");
            return Files.isRegularFile(file) ? Files.newInputStream(file) : null;
        }
        return servletContext.getResourceAsStream("/WEB-INF/courses/" + id + "/course.yaml");
    }
}
