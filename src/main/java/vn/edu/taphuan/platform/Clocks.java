package vn.edu.taphuan.platform;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one clock and the one zone of the service. Beans inject {@link Clock} (its zone is the report zone, so
 * {@code LocalDate.now(clock)} is today as a school sees it) and {@link ZoneId} (the report zone,
 * {@code taphuan.report.zone}: periods, deadlines, leaving dates and filters are local days there, while times are
 * stored in UTC). A JVM running in UTC on a server would otherwise mark a leaver a day late between 00:00 and 07:00
 * in Hà Nội, while reports count that day in the report zone.
 * <p>
 * {@code taphuan.clock.fixed=yyyy-MM-dd} moves the clock to that day (in the report zone) at start-up; the time of day
 * still runs, so leases, retries and "stored" order keep working. For tests and demos of a deadline, never for
 * production (docs/operations.md).
 */
@ApplicationScoped
public class Clocks {
    /** For JPA entities, which are not CDI beans: their row stamps follow the same clock (see {@link #utcNow()}). */
    private static volatile Clock current = Clock.systemUTC();

    @Inject
    @ConfigProperty(name = "taphuan.report.zone", defaultValue = "Asia/Ho_Chi_Minh")
    String zone;

    @Inject
    @ConfigProperty(name = "taphuan.clock.fixed")
    Optional<String> fixedDay;

    private Clock clock;

    @PostConstruct
    void start() {
        clock = clock(ZoneId.of(zone), fixedDay.filter(s -> !s.isBlank()).map(LocalDate::parse), Clock.systemUTC());
        current = clock;
    }

    /** Starts with the application, so an entity written before any bean asked for the clock already uses it. */
    void onStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        // nothing to do: delivering the event created this bean, and start() ran
    }

    @Produces
    Clock clock() {
        return clock;
    }

    @Produces
    ZoneId reportZone() {
        return clock.getZone();
    }

    /** The system clock in {@code zone}, moved by whole days so that it reads {@code day} now, when one is given. */
    static Clock clock(ZoneId zone, Optional<LocalDate> day, Clock system) {
        Clock inZone = system.withZone(zone);
        return day.map(d -> Clock.offset(inZone, Duration.ofDays(ChronoUnit.DAYS.between(LocalDate.now(inZone), d))))
                .orElse(inZone);
    }

    /** A running clock that reads {@code day} in {@code zone} now: what {@code taphuan.clock.fixed} makes, for tests. */
    public static Clock onDay(LocalDate day, ZoneId zone) {
        return clock(zone, Optional.of(day), Clock.systemUTC());
    }

    /** Now in UTC, for entity stamps ({@code updatedAt}, {@code createdAt}) that JPA callbacks set. */
    public static LocalDateTime utcNow() {
        return LocalDateTime.now(current.withZone(ZoneOffset.UTC));
    }

    /** Now in UTC, as the {@code TIMESTAMP} columns store it. */
    public static LocalDateTime utc(Clock clock) {
        return LocalDateTime.now(clock.withZone(ZoneOffset.UTC));
    }
}
