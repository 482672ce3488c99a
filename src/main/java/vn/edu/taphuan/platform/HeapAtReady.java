package vn.edu.taphuan.platform;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.servlet.ServletContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.util.logging.Logger;

/**
 * Gives back the memory the start-up work used, once, before the port opens (issue 16: RSS once ready). Migrations,
 * the catalogue and the demo seed leave a heap of ≈200–300 MB of which ≈80 MB stay live; G1 keeps what it has grown
 * to until a full collection, so one full collection here, with the heap's free ratio bounded by the JVM options
 * payara/run.sh and payara/cluster.sh pass ({@code -XX:MaxHeapFreeRatio}), returns the rest to the system. It runs
 * after every other start-up observer (the latest priority) and costs ≈0.2 s of start-up on 2 quiet cores; under
 * load the heap grows again as it needs. {@code taphuan.startup.compact-heap=false} skips it (e.g. a large heap).
 */
@ApplicationScoped
public class HeapAtReady {
    private static final Logger LOG = Logger.getLogger(HeapAtReady.class.getName());

    @Inject
    @ConfigProperty(name = "taphuan.startup.compact-heap", defaultValue = "true")
    boolean compact;

    void compact(@Observes @Priority(Interceptor.Priority.LIBRARY_AFTER + 1000) @Initialized(ApplicationScoped.class) ServletContext context) {
        if (!compact) {
            return;
        }
        MemoryUsage before = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        long start = System.nanoTime();
        System.gc();  // the one explicit collection of the service: see the class comment
        MemoryUsage after = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        LOG.info(String.format("Heap compacted at start-up in %d ms: %d MiB used of %d MiB committed before, %d of %d after",
                (System.nanoTime() - start) / 1_000_000, mib(before.getUsed()), mib(before.getCommitted()),
                mib(after.getUsed()), mib(after.getCommitted())));
    }

    private static long mib(long bytes) {
        return bytes >> 20;
    }
}
