package vn.edu.taphuan.platform;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.Session;

import java.util.Map;

/**
 * Settings that the embedded Derby engine reads once, when it boots. EclipseLink calls this customizer while it
 * deploys the persistence unit, before it logs in, and its login is the application's first connection; so the
 * settings are in place before Derby boots, whichever way the service is started. A value given on the command line
 * ({@code -D…}) wins; other databases ignore these properties. See docs/operations.md.
 */
public class DerbyTuning implements SessionCustomizer {
    /**
     * {@code derby.language.maxMemoryPerTable} (KB): how much a hash join may keep in memory before it spills to a
     * temporary table on disk; Derby's default is 1 MB. The district report hashes a programme's progress rows
     * (≈57,000 rows at city scale, ≈10 MB as Derby objects) and otherwise writes and re-reads them on every request:
     * 4× slower (docs/performance.md, "Reporting at city scale"). 64 MB, a fraction of the service's heap.
     * <p>
     * {@code derby.storage.logBufferSize} (bytes): the transaction log's buffers, 1 MB instead of 32 KB, so a learner's
     * write that fills one does not wait for a disk write while it holds a page latch; every commit still waits for
     * its own log flush, durability is unchanged (docs/performance.md, "Learner pages and quiz").
     */
    static final Map<String, String> DEFAULTS = Map.of(
            "derby.language.maxMemoryPerTable", "65536",
            "derby.storage.logBufferSize", "1048576");

    @Override
    public void customize(Session session) {
        DEFAULTS.forEach((name, value) -> {
            if (System.getProperty(name) == null) {
                System.setProperty(name, value);
            }
        });
    }
}
