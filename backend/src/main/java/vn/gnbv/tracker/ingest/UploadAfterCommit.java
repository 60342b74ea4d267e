package vn.gnbv.tracker.ingest;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * One upload's findings after its figures committed ({@link Dataset.Findings#afterCommit}): the figures' transaction
 * makes them due and keeps the report in the job, still RUNNING; then the dataset's findings run in a transaction of
 * their own, which records the job's success with the findings as warnings. Readers may see the figures up to the
 * findings' time (about a second for one province's 100,000 lines) before the findings and the national summary's
 * cells; the job says SUCCEEDED only when both are there. Findings that fail leave the figures written and the job
 * SUCCEEDED with {@code findingsPending}; the server recomputes them (FindingDue).
 */
final class UploadAfterCommit {
    private static final Logger LOG = Logger.getLogger(UploadAfterCommit.class);

    private final UploadSpec spec;
    private final Dataset.Findings findings;
    private final UploadJobs jobs;
    private final long started;
    private BatchRows rows;
    private Set<Long> provinces;

    UploadAfterCommit(UploadSpec spec, Dataset.Findings findings, UploadJobs jobs, long started) {
        this.spec = spec;
        this.findings = findings;
        this.jobs = jobs;
        this.started = started;
    }

    /** In the figures' transaction, after they are written and audited; {@code rows} names the batch's rows. */
    void figuresWritten(Connection c, BatchRows rows, Set<Long> provinces, UploadReport r) throws SQLException {
        this.rows = rows;
        this.provinces = provinces;
        findings.due(c, provinces);
        UploadReport kept = r.figuresWritten();
        jobs.figuresWritten(c, spec.id(), kept, status(), spec.synchronous() ? kept : null);
    }

    /** Whether the figures were written and their findings are to run. */
    boolean due() {
        return provinces != null;
    }

    /**
     * After the commit, on the upload's connection: the findings, then the job's success; the report with both. The
     * success is written after the findings' transaction (the job's heartbeats update its row meanwhile, which the
     * findings' REPEATABLE READ snapshot would take for a collision); a server stopping in between leaves a job that
     * ends SUCCEEDED with findingsPending, its findings in place.
     */
    UploadReport findings(Connection c, UploadReport r) {
        long committed = System.nanoTime();
        try {
            Dataset.Found found = findings.afterCommit(c, provinces, UploadEngine.who(spec));
            // The findings' time includes finding the batch's rows they involve (tens of ms at 100,000 rows).
            List<UploadWarning> warnings = UploadFindings.warnings(c, rows, found.listed());
            UploadReport done = r.withFindings(warnings, found.count(), ms(started), ms(committed), null);
            jobs.succeeded(c, spec.id(), done, status(), spec.synchronous() ? done : null);
            return done;
        } catch (SQLException | RuntimeException e) {
            LOG.errorf(e, "Upload %s: its figures are written, their findings failed (recomputed later)", spec.id());
            return r.withFindings(List.of(), 0, ms(started), null, true);
        } finally {
            try (Statement st = c.createStatement()) {
                st.execute("drop table if exists stage_row");
            } catch (SQLException ignored) {
                // A broken connection: its temporary tables went with its session.
            }
        }
    }

    private Integer status() {
        return spec.synchronous() ? 200 : null;
    }

    private static long ms(long since) {
        return (System.nanoTime() - since) / 1_000_000;
    }
}
