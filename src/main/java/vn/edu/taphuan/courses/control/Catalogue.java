package vn.edu.taphuan.courses.control;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.edu.taphuan.courses.entity.Course;
import vn.edu.taphuan.courses.entity.CourseProblem;
import vn.edu.taphuan.platform.Generations;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The courses in force, held in memory: loaded from the course folder when the application starts and again when
 * a district admin asks for a reload. A reload builds a whole new snapshot and swaps it in one step, so a learner
 * never sees half a catalogue; a course that fails validation is refused and reported, the others keep working.
 * <p>
 * The folder is {@code taphuan.courses.dir}, or, when that is empty, the copy packed into the WAR at
 * {@code WEB-INF/courses}. Each instance of a cluster holds its own snapshot (docs/learning.md); a reload on one
 * instance counts up the {@value #CHANGE} generation in the database, and every other instance, looking every few
 * seconds, reloads too. The instances must therefore read the same files (the copy in the WAR, or one shared folder).
 */
@ApplicationScoped
public class Catalogue {
    private static final Logger LOG = Logger.getLogger(Catalogue.class.getName());
    static final String CHANGE = "course-catalogue";

    /** One load: its courses, the refused folders with their problems, the warnings per loaded folder, where and when it was read. */
    public record Snapshot(List<Course> courses, Map<String, List<CourseProblem>> refused,
                           Map<String, List<CourseProblem>> warnings, String folder, Instant loadedAt) {
        public Optional<Course> course(String id) {
            return courses.stream().filter(c -> c.id().equals(id)).findFirst();
        }
    }

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "taphuan.courses.dir", defaultValue = "")
    Optional<String> configuredFolder;

    @Inject
    @ConfigProperty(name = "taphuan.courses.check-seconds", defaultValue = "5")
    int checkSeconds;

    @Inject
    Generations generations;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private volatile Path folder;
    private volatile Snapshot snapshot = new Snapshot(List.of(), Map.of(), Map.of(), "", Instant.EPOCH);
    /** The catalogue generation this instance's snapshot reflects; -1 = not looked yet. */
    private long seen = -1;
    private ScheduledFuture<?> checking;

    void start(@Observes @Initialized(ApplicationScoped.class) ServletContext context) {
        String configured = configuredFolder.map(String::strip).orElse("");
        String inWar = context.getRealPath("/WEB-INF/courses");
        folder = !configured.isEmpty() ? Path.of(configured) : inWar != null ? Path.of(inWar) : Path.of("courses");
        load();
        checking = scheduler.scheduleWithFixedDelay(this::followOtherInstances, checkSeconds, checkSeconds, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        if (checking != null) {
            checking.cancel(false);
        }
    }

    /**
     * Reloads when another instance reloaded since this one last looked. The first look only notes the number: the
     * files this instance read at start are the ones in force.
     */
    synchronized void followOtherInstances() {
        try {
            long current = generations.current(CHANGE);
            if (seen >= 0 && current != seen) {
                LOG.info(() -> "Another instance reloaded the course catalogue; reloading");
                load();
            }
            seen = current;
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not check whether the course catalogue changed; will look again", e);
        }
    }

    public Snapshot snapshot() {
        return snapshot;
    }

    public Optional<Course> course(String id) {
        return snapshot.course(id);
    }

    /**
     * Whether a programme may name the course: it is in force, or its folder is there but refused for now (its author
     * is fixing it, the programme stands meanwhile). With no content at all anything goes (a deployment without courses).
     */
    public boolean knows(String id) {
        Snapshot s = snapshot;
        return s.course(id).isPresent() || s.refused().containsKey(id) || s.courses().isEmpty() && s.refused().isEmpty();
    }

    /** The course's title in the language asked for (report headings follow a reload), else its id. */
    public String title(String id, Locale locale) {
        return course(id).map(c -> c.title().in(locale)).orElse(id);
    }

    /** Reads the folder again and swaps the catalogue, on this instance and then on every other; answers the new snapshot. */
    public synchronized Snapshot reload() {
        Snapshot next = load();
        seen = generations.changed(CHANGE);
        return next;
    }

    private synchronized Snapshot load() {
        CourseLoader.Result result = new CourseLoader().load(folder);
        Snapshot next = new Snapshot(result.courses(), result.refused(), result.warnings(), folder.toString(), clock.instant());
        snapshot = next;
        LOG.info(() -> "Loaded " + next.courses().size() + " course(s) from " + folder
                + (next.refused().isEmpty() ? "" : "; refused " + next.refused().keySet()));
        if (!next.refused().isEmpty()) {
            LOG.warning(() -> "Refused course folder(s):\n" + CourseLoader.describe(result.problems()));
        }
        if (!next.warnings().isEmpty()) {
            LOG.info(() -> "Course warnings:\n" + CourseLoader.describe(result.allWarnings()));
        }
        return next;
    }
}
