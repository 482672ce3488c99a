package vn.edu.taphuan.platform;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.Session;

/**
 * Settings that the embedded Derby engine reads once, when it boots. EclipseLink calls this customizer while it
 * deploys the persistence unit, before it logs in, and its login is the application's first connection; so the
 * settings are in place before Derby boots. A value given on the command line ({@code -D…}) wins; other databases
 * ignore these properties.
 * <p>
 * {@code derby.language.maxMemoryPerTable}: how much a hash join may keep in memory before it spills to a temporary
 * table on disk; Derby's default is 1 MB. The district report hashes a programme's progress rows (≈57,000 rows at
 * city scale, ≈10 MB as Derby objects) and otherwise writes and re-reads them on every request: 4× slower
 * (docs/performance.md, "Reporting at city scale").
 */
public class DerbyTuning implements SessionCustomizer {
    static final String MAX_MEMORY_PER_TABLE = "derby.language.maxMemoryPerTable";
    /** In KB: 64 MB, a fraction of the service's heap. */
    static final String MAX_MEMORY_PER_TABLE_KB = "65536";

    @Override
    public void customize(Session session) {
        if (System.getProperty(MAX_MEMORY_PER_TABLE) == null) {
            System.setProperty(MAX_MEMORY_PER_TABLE, MAX_MEMORY_PER_TABLE_KB);
        }
    }
}
