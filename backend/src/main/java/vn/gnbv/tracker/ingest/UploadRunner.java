package vn.gnbv.tracker.ingest;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.jboss.logging.Logger;
import vn.gnbv.tracker.common.ErrorCode;
import vn.gnbv.tracker.common.SqlStates;

/**
 * Runs uploads: synchronous ones on the caller's thread, jobs on a small worker pool. While a job is queued or
 * running a heartbeat publishes its progress every two seconds; a job whose heartbeat stops (the server died) is
 * declared FAILED by whichever server looks next. A final state the database cannot take right now (it is down) is
 * retried until it can, so a job never stays RUNNING forever.
 */
@ApplicationScoped
public class UploadRunner {
    private static final Logger LOG = Logger.getLogger(UploadRunner.class);
    /** Heartbeats older than this mean the worker is gone. */
    static final int ABANDONED_AFTER_SECONDS = 60;

    /** How an upload ended. */
    sealed interface Result {}

    /** Validated, and written unless rejected or a dry run. */
    record Done(UploadReport report) implements Result {}

    /** The body could not be read on (encoding, malformed CSV/JSON, header). Nothing written. */
    record Refused(UploadFailure failure) implements Result {}

    /** The database or the server failed. Nothing written. */
    record Failed(ErrorCode code, String message) implements Result {}

    @Inject
    DataSource ds;

    @Inject
    UploadJobs jobs;

    private final Map<UUID, UploadProcessor.Progress> active = new ConcurrentHashMap<>();
    private final Map<UUID, Runnable> pending = new ConcurrentHashMap<>();
    /** Expiry runs every 15 minutes (ticks are 2 s apart) and once shortly after start. */
    private static final int EXPIRE_EVERY_TICKS = 450;

    private int ticks = EXPIRE_EVERY_TICKS - 5;
    private ExecutorService workers;
    private ScheduledExecutorService ticker;

    void start(@Observes StartupEvent e) {
        workers = Executors.newFixedThreadPool(2, r -> daemon(r, "upload-worker"));
        ticker = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "upload-heartbeat"));
        ticker.scheduleWithFixedDelay(this::tick, 2, 2, TimeUnit.SECONDS);
        BodySpool.removeStale();
    }

    void stop(@Observes ShutdownEvent e) {
        ticker.shutdownNow();
        workers.shutdownNow();
    }

    /** Runs an upload now, on this thread. */
    Result run(UploadSpec spec, Path body) {
        UploadProcessor.Progress progress = active.computeIfAbsent(spec.id(), k -> new UploadProcessor.Progress());
        try (Connection c = ds.getConnection()) {
            UploadReport r = UploadProcessor.run(
                    c,
                    spec,
                    body,
                    progress,
                    (conn, report) -> jobs.succeeded(
                            conn,
                            spec.id(),
                            report,
                            spec.synchronous() ? 200 : null,
                            spec.synchronous() ? report : null));
            return new Done(r);
        } catch (UploadFailure f) {
            return new Refused(f);
        } catch (SQLException e) {
            return failed(spec, e);
        } catch (IOException | RuntimeException e) {
            LOG.errorf(e, "Upload %s failed", spec.id());
            return new Failed(ErrorCode.INTERNAL_ERROR, "The upload failed on the server; nothing was written");
        } finally {
            active.remove(spec.id());
            deleteQuietly(body);
        }
    }

    /** Queues a job; {@code record} stores its outcome when it ends. */
    void submit(UploadSpec spec, Path body, Consumer<Result> record) {
        active.put(spec.id(), new UploadProcessor.Progress());
        workers.submit(() -> {
            try {
                jobs.started(spec.id());
            } catch (SQLException e) {
                LOG.warnf("Job %s: could not mark it running: %s", spec.id(), e.getMessage());
            }
            record.accept(run(spec, body));
        });
    }

    /**
     * Records a final state now, or keeps retrying in the background while the database is away. Until it lands, a
     * reader may still see RUNNING; the abandoned-job rule guarantees it ends as FAILED even if this server dies.
     */
    void finalState(UUID id, SqlAction action) {
        Runnable attempt = () -> {
            try {
                action.run();
                pending.remove(id);
            } catch (SQLException e) {
                pending.putIfAbsent(id, () -> finalState(id, action));
            }
        };
        attempt.run();
    }

    /** A JDBC action that may fail while the database is down. */
    interface SqlAction {
        void run() throws SQLException;
    }

    private Result failed(UploadSpec spec, SQLException e) {
        if (SqlStates.duplicate(e)) {
            return new Failed(
                    ErrorCode.CONCURRENT_WRITE,
                    "Another write created one of the batch's keys while it ran;"
                            + " nothing was written. Retry the upload.");
        }
        if (SqlStates.unavailable(e)) {
            LOG.warnf("Upload %s: database unavailable: %s", spec.id(), e.getMessage());
            return new Failed(
                    ErrorCode.DATABASE_UNAVAILABLE,
                    "The database became unavailable during the upload; nothing" + " was written. Retry later.");
        }
        LOG.errorf(e, "Upload %s failed in the database", spec.id());
        return new Failed(ErrorCode.INTERNAL_ERROR, "The upload failed in the database; nothing was written");
    }

    private void tick() {
        try {
            pending.values().forEach(Runnable::run);
            for (Map.Entry<UUID, UploadProcessor.Progress> e : active.entrySet()) {
                jobs.heartbeat(e.getKey(), e.getValue());
            }
            jobs.failAbandoned(ABANDONED_AFTER_SECONDS);
            if (++ticks % EXPIRE_EVERY_TICKS == 0) {
                jobs.expire();
            }
        } catch (SQLException | RuntimeException e) {
            LOG.debugf("Upload heartbeat skipped: %s", e.getMessage());
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            LOG.warnf("Could not delete %s: %s", p, e.getMessage());
        }
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }
}
