package vn.edu.taphuan.reporting.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

import java.util.logging.Logger;

/**
 * Fills {@code programme_progress} at start-up for programmes that have no rows: those saved before migration V7
 * created the table (SQL cannot turn the period's local days into UTC portably), and programmes nobody has
 * finished yet, where the rebuild finds nothing and costs one grouped query.
 */
@Singleton
@Startup
@DependsOn("Migrations")
public class ProgressBackfill {
    private static final Logger LOG = Logger.getLogger(ProgressBackfill.class.getName());

    @Inject
    Programmes programmes;

    @Inject
    ProgrammeProgress progress;

    @PostConstruct
    void fill() {
        for (long id : progress.unbuilt()) {
            progress.rebuild(programmes.programme(id));
            LOG.fine(() -> "Programme progress rebuilt for programme " + id);
        }
    }
}
