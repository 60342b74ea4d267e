package vn.gnbv.tracker.ingest;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jboss.logging.Logger;

/** Upload jobs wait here for one of a few workers ({@code gnbv.upload.workers}), so a few large jobs never take the server's every core. */
@ApplicationScoped
class UploadQueue {
    private static final Logger LOG = Logger.getLogger(UploadQueue.class);

    @Inject
    UploadConfig config;

    @Inject
    UploadEngine engine;

    @Inject
    UploadJobs jobs;

    @Inject
    UploadBookkeeper bookkeeper;

    private ExecutorService workers;

    void start(@Observes StartupEvent e) {
        workers = Executors.newFixedThreadPool(config.workers(), r -> {
            Thread t = new Thread(r, "upload-worker");
            t.setDaemon(true);
            return t;
        });
        BodySpool.removeStale();
    }

    void stop(@Observes ShutdownEvent e) {
        workers.shutdownNow();
    }

    /** Queues a received job: it runs, then its final state is recorded. */
    void submit(UploadSpec spec, Path body) {
        bookkeeper.track(spec.id());
        workers.submit(() -> {
            try {
                jobs.started(spec.id());
            } catch (SQLException e) {
                LOG.warnf("Job %s: could not mark it running: %s", spec.id(), e.getMessage());
            }
            bookkeeper.record(spec, engine.run(spec, body));
        });
    }
}
