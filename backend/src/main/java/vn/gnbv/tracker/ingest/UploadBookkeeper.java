package vn.gnbv.tracker.ingest;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;
import vn.gnbv.tracker.common.ReadOnly;

/**
 * Keeps the job table true while uploads run: publishes the progress of every queued or running upload every
 * {@code gnbv.upload.heartbeat} (a job whose heartbeat stops, because its server died, is declared FAILED by whichever server looks next),
 * writes final states, retrying one the database cannot take right now (it is down) until it can, so a job never
 * stays RUNNING forever, and expires old jobs.
 */
@ApplicationScoped
class UploadBookkeeper {
    private static final Logger LOG = Logger.getLogger(UploadBookkeeper.class);
    /** Live counters of one upload. */
    static final class Progress {
        final AtomicLong read = new AtomicLong();
        final AtomicLong validated = new AtomicLong();
        final AtomicLong written = new AtomicLong();
    }

    @Inject
    UploadJobs jobs;

    @Inject
    UploadConfig config;

    private final Map<UUID, Progress> active = new ConcurrentHashMap<>();
    private final Map<UUID, Runnable> pending = new ConcurrentHashMap<>();

    /** The upload's counters, published until {@link #untrack}; a queued job is tracked from its queueing. */
    Progress track(UUID id) {
        return active.computeIfAbsent(id, k -> new Progress());
    }

    void untrack(UUID id) {
        active.remove(id);
    }

    /**
     * Records how an upload ended, now or, while the database is away, in the background. Until it lands, a reader
     * may still see RUNNING; the abandoned-job rule guarantees it ends as FAILED even if this server dies.
     */
    void record(UploadSpec spec, UploadResult r) {
        if (r.recorded()) {
            return;
        }
        UUID id = spec.id();
        retrying(id, () -> {
            if (r.failed()) {
                jobs.failed(id, r.failureCode(), r.failureMessage());
            } else {
                jobs.finished(
                        id,
                        r.state(),
                        r.report(),
                        r.keepAnswer() ? r.status() : null,
                        r.keepAnswer() ? r.body() : null);
            }
        });
    }

    private void retrying(UUID id, SqlAction action) {
        try {
            action.run();
            pending.remove(id);
        } catch (SQLException e) {
            pending.putIfAbsent(id, () -> retrying(id, action));
        }
    }

    /** A JDBC action that may fail while the database is down. */
    private interface SqlAction {
        void run() throws SQLException;
    }

    @Scheduled(
            every = "${gnbv.upload.heartbeat}",
            delayed = "${gnbv.upload.heartbeat}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = ReadOnly.Skip.class)
    void beat() {
        try {
            pending.values().forEach(Runnable::run);
            for (Map.Entry<UUID, Progress> e : active.entrySet()) {
                jobs.heartbeat(e.getKey(), e.getValue());
            }
            jobs.failAbandoned(Math.toIntExact(config.abandonedAfter().toSeconds()));
        } catch (SQLException | RuntimeException e) {
            LOG.debugf("Upload heartbeat skipped: %s", e.getMessage());
        }
    }

    /** Every 15 minutes, and once shortly after start. */
    @Scheduled(
            every = "15m",
            delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = ReadOnly.Skip.class)
    void expire() {
        try {
            jobs.expire();
        } catch (SQLException | RuntimeException e) {
            LOG.debugf("Upload job expiry skipped: %s", e.getMessage());
        }
    }
}
