package vn.gnbv.tracker.ingest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.jboss.logging.Logger;
import vn.gnbv.tracker.common.ErrorCode;

/** The engine's uploads of one report's datasets, run in one transaction ({@link UploadService#replaceTogether}). */
@ApplicationScoped
class TogetherRun {
    private static final Logger LOG = Logger.getLogger(TogetherRun.class);

    @Inject
    DataSource ds;

    @Inject
    UploadEngine engine;

    @Inject
    UploadBookkeeper bookkeeper;

    /**
     * Runs several uploads (a report's datasets, each a replace) in ONE transaction on one connection: all are
     * written or none. Each is processed as {@link UploadEngine#run} does; one refused refuses the others (their reports then say
     * rejected, with no counts). {@code beforeCommit} runs in the transaction when everything is written.
     */
    List<UploadResult> run(List<UploadSpec> specs, List<Path> bodies, Together.BeforeCommit beforeCommit) {
        List<UploadBookkeeper.Progress> progress =
                specs.stream().map(s -> bookkeeper.track(s.id())).toList();
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            try {
                List<UploadReport> reports = new ArrayList<>();
                for (int i = 0; i < specs.size(); i++) {
                    if (i > 0) {
                        try (Statement st = c.createStatement()) {
                            // The staging tables live until commit: the next dataset stages afresh.
                            st.execute("drop table if exists stage_row, stage_dup, stage_old");
                        }
                    }
                    reports.add(engine.process(c, specs.get(i), bodies.get(i), progress.get(i)));
                }
                boolean refused = reports.stream().anyMatch(UploadReport::rejected);
                boolean dryRun = specs.stream().anyMatch(UploadSpec::dryRun);
                if (refused || dryRun) {
                    c.rollback();
                } else {
                    beforeCommit.run(c, reports);
                    c.commit();
                }
                List<UploadResult> results = new ArrayList<>();
                for (int i = 0; i < specs.size(); i++) {
                    UploadReport r = reports.get(i);
                    results.add(UploadResult.of(specs.get(i), refused && !r.rejected() ? r.withdrawn() : r));
                }
                return results;
            } catch (SQLException | IOException | RuntimeException e) {
                UploadEngine.rollbackQuietly(c);
                throw e;
            }
        } catch (UploadFailure f) {
            return specs.stream().map(s -> UploadResult.refused(s, f)).toList();
        } catch (SQLException e) {
            UploadResult r = UploadEngine.failed(specs.get(0), e);
            return specs.stream().map(s -> r).toList();
        } catch (IOException | RuntimeException e) {
            LOG.errorf(
                    e, "Uploads %s failed", specs.stream().map(UploadSpec::id).toList());
            UploadResult r = UploadResult.failed(
                    ErrorCode.INTERNAL_ERROR, "The upload failed on the server; nothing was written");
            return specs.stream().map(s -> r).toList();
        } finally {
            specs.forEach(s -> bookkeeper.untrack(s.id()));
            bodies.forEach(UploadEngine::deleteQuietly);
        }
    }
}
