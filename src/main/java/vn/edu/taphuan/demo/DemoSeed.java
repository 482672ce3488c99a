package vn.edu.taphuan.demo;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.edu.taphuan.platform.Migrations;

/**
 * What every demo seeder (a {@code @Singleton @Startup} bean) shares: it runs only in a demo run
 * ({@code taphuan.demo=true}), at start-up, in one transaction that first takes the start-up turn, so that of
 * instances starting together the second finds what the first seeded (found by FailoverIT).
 */
public abstract class DemoSeed {

    @PersistenceContext
    EntityManager em;

    @Inject
    @ConfigProperty(name = "taphuan.demo", defaultValue = "false")
    boolean demo;

    @PostConstruct
    void start() {
        if (!demo) {
            return;
        }
        Migrations.takeTurn(em);
        seed();
    }

    /** Seeds what is not there yet, holding the turn. */
    abstract void seed();
}
