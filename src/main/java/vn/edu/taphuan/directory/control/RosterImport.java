package vn.edu.taphuan.directory.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.edu.taphuan.audit.control.AuditLog;
import vn.edu.taphuan.audit.entity.Actor;
import vn.edu.taphuan.directory.entity.ImportJobView;
import vn.edu.taphuan.directory.entity.ImportKind;
import vn.edu.taphuan.directory.entity.ImportPhase;
import vn.edu.taphuan.platform.Leases;
import vn.edu.taphuan.platform.Messages;
import vn.edu.taphuan.platform.Problem;
import vn.edu.taphuan.security.control.SignedInUser;
import vn.edu.taphuan.security.entity.Role;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Bulk import of schools or staff from one CSV or XLSX file, all or nothing: the whole file is read and checked
 * first, every problem is collected (row, column, value, what is wrong, how to fix), and only a file without
 * any problem is written, in one transaction ({@link RosterWriter}). Progress and outcome are kept as an import
 * job ({@link ImportJobs}) that the uploader polls; small files are simply answered when done.
 * <p>
 * One import runs at a time in the whole cluster (others wait in phase "queued"): imports are rare, each holds the
 * whole file in memory, and two writers of the same roster would only make each other fail. The turn is the
 * {@value #LEASE} lease ({@link Leases}), renewed while the import runs; the job row is touched at the same
 * time, so a job whose instance died stops moving and is soon shown as interrupted (docs/decisions/0005-background-work.md).
 */
@ApplicationScoped
public class RosterImport {
    private static final Logger LOG = Logger.getLogger(RosterImport.class.getName());
    private static final long PROGRESS_EVERY_NANOS = 1_000_000_000L; // each update is a commit, i.e. a log flush
    static final String LEASE = "roster-import";
    /** How long a turn lasts without renewal: the longest wait after an instance died mid-import. */
    static final Duration TURN = Duration.ofSeconds(60);
    static final long RENEW_SECONDS = 15;
    static final long WAIT_MILLIS = 1000;

    @Inject
    ImportJobs jobs;

    @Inject
    RosterWriter writer;

    @Inject
    Leases leases;

    @Inject
    AuditLog audit;

    @Resource
    ManagedExecutorService executor;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    @ConfigProperty(name = "taphuan.import.max-rows", defaultValue = "200000")
    int maxRows;

    @Inject
    @ConfigProperty(name = "taphuan.import.max-problems", defaultValue = "1000")
    int maxProblems;

    /** One uploaded file, with who sent it and in which language they read. */
    public record Upload(ImportKind kind, byte[] bytes, String fileName, SignedInUser user, Locale locale) {
    }

    /** Records the job and runs it in the background; the caller polls {@link ImportJobs#find}. */
    public String start(Upload upload) {
        String id = jobs.create(upload.kind(), upload.user().accountId(), upload.fileName());
        Actor actor = audit.actor(); // taken here: the worker thread has no request to ask
        executor.execute(() -> run(id, upload, actor));
        return id;
    }

    /** Records the job and runs it in this thread; answers its final state. */
    public ImportJobView runNow(Upload upload) {
        String id = jobs.create(upload.kind(), upload.user().accountId(), upload.fileName());
        run(id, upload, audit.actor());
        return jobs.find(id, null, upload.locale()).orElseThrow();
    }

    void run(String id, Upload upload, Actor actor) {
        String holder = Leases.INSTANCE + "/import/" + id;
        try {
            while (!leases.take(LEASE, holder, TURN)) {
                jobs.alive(id); // queued, not lost
                Thread.sleep(WAIT_MILLIS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        ScheduledFuture<?> renewal = scheduler.scheduleWithFixedDelay(() -> renew(id, holder), RENEW_SECONDS, RENEW_SECONDS, TimeUnit.SECONDS);
        long started = System.nanoTime();
        ImportProblems problems = new ImportProblems(upload.locale(), maxProblems);
        Tracker tracker = new Tracker(id);
        try {
            Optional<ImportJobView.Result> result = importFile(upload, new ImportTrail.Origin(actor, id, upload.fileName()),
                    problems, tracker);
            if (result.isPresent()) {
                jobs.done(id, result.get());
                LOG.info(() -> String.format("Import %s (%s by %s, %s): %d created, %d updated, %d unchanged in %d ms (%s)",
                        id, upload.kind().path(), upload.user().username(), upload.fileName(), result.get().created(),
                        result.get().updated(), result.get().unchanged(), (System.nanoTime() - started) / 1_000_000, tracker.phases()));
            } else {
                jobs.failed(id, problems.toProblem(), problems.count());
                LOG.info(() -> String.format("Import %s (%s by %s, %s) refused: %d problem(s), nothing written",
                        id, upload.kind().path(), upload.user().username(), upload.fileName(), problems.count()));
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Import " + id + " failed while writing; rolled back", e);
            String reason = e instanceof RosterWriter.WriteFailed ? e.getMessage() : e.getClass().getSimpleName() + ": " + e.getMessage();
            jobs.failed(id, new Problem.Body(500, "IMPORT_WRITE_FAILED",
                    Messages.format(upload.locale(), "import.writeFailed", reason), java.util.List.of()), 0);
        } finally {
            renewal.cancel(false);
            leases.release(LEASE, holder);
        }
    }

    private void renew(String id, String holder) {
        try {
            if (!leases.take(LEASE, holder, TURN)) {
                LOG.warning(() -> "Import " + id + " lost its turn (lease " + LEASE + " expired): was this instance paused?");
            }
            jobs.alive(id);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not renew the turn of import " + id, e);
        }
    }

    /** The result, or empty when the file has problems (they are in {@code problems}; nothing was written). */
    private Optional<ImportJobView.Result> importFile(Upload upload, ImportTrail.Origin origin, ImportProblems problems,
                                                      Tracker tracker) {
        tracker.at(ImportPhase.PARSING, 0, 0);
        ImportFile.Sheet sheet = ImportFile.read(upload.bytes(), upload.fileName(), maxRows + 1, problems);
        Optional<ImportHeader> header = ImportHeader.resolve(upload.kind(), sheet.rows(), problems);
        if (header.isEmpty()) {
            return Optional.empty();
        }
        int total = header.get().data().size();
        tracker.at(ImportPhase.PARSING, 0, total);
        ImportJobView.Result result;
        if (upload.kind() == ImportKind.SCHOOLS) {
            RosterRows.Schools rows = RosterRows.schools(header.get(), problems, n -> tracker.at(ImportPhase.PARSING, n, total));
            tracker.at(ImportPhase.VALIDATING, 0, total);
            result = writer.schools(rows, problems, tracker, origin);
        } else {
            RosterRows.Staff rows = RosterRows.staff(header.get(), problems, n -> tracker.at(ImportPhase.PARSING, n, total));
            tracker.at(ImportPhase.VALIDATING, 0, total);
            Long ownSchool = upload.user().role() == Role.DISTRICT_ADMIN ? null : upload.user().schoolId();
            result = writer.staff(rows, ownSchool, problems, header.get(), tracker, origin);
        }
        return problems.any() ? Optional.empty() : Optional.ofNullable(result);
    }

    /** Passes progress to the job row, at most a few times a second, and always on a change of phase. */
    private final class Tracker implements RosterWriter.Progress {
        private final String id;
        private final java.util.Map<ImportPhase, Long> since = new java.util.EnumMap<>(ImportPhase.class);
        private ImportPhase phase;
        private long last;

        Tracker(String id) {
            this.id = id;
        }

        @Override
        public void at(ImportPhase now, int done, int total) {
            long t = System.nanoTime();
            if (now != phase || t - last >= PROGRESS_EVERY_NANOS || done == total) {
                since.putIfAbsent(now, t);
                phase = now;
                last = t;
                jobs.progress(id, now, done, total);
            }
        }

        /** "parsing 1234 ms, validating 456 ms, writing 7890 ms": where the time went, for the log. */
        String phases() {
            long end = System.nanoTime();
            StringBuilder b = new StringBuilder();
            ImportPhase[] order = since.keySet().toArray(new ImportPhase[0]);
            for (int i = 0; i < order.length; i++) {
                long to = i + 1 < order.length ? since.get(order[i + 1]) : end;
                b.append(i == 0 ? "" : ", ").append(order[i].label()).append(' ').append((to - since.get(order[i])) / 1_000_000).append(" ms");
            }
            return b.toString();
        }
    }
}
