package vn.gnbv.tracker.ingest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.jboss.logging.Logger;
import vn.gnbv.tracker.audit.AuditWriter;
import vn.gnbv.tracker.common.ErrorCode;
import vn.gnbv.tracker.common.SqlStates;

/**
 * Runs one upload in one transaction on one connection: parse the body and check every row with its dataset's rules
 * while COPYing the valid ones into a temporary staging table, check the whole batch set-based (duplicate keys,
 * existing keys), then either roll back (errors, dry run) or merge, audit, and commit. Nothing is ever half-written:
 * any failure on the way rolls the transaction back, and is answered as a {@link UploadResult}. The findings run in
 * the transaction, which then marks the job SUCCEEDED, or — for datasets that find after the commit — right after it,
 * on two sessions ({@link UploadAfterCommit}), and then the job is SUCCEEDED.
 */
@ApplicationScoped
class UploadEngine {
    private static final Logger LOG = Logger.getLogger(UploadEngine.class);

    @Inject
    DataSource ds;

    @Inject
    UploadJobs jobs;

    @Inject
    UploadBookkeeper bookkeeper;

    @Inject
    UploadLocks locks;

    /** Runs the upload now, on this thread; the body file is deleted afterwards. */
    UploadResult run(UploadSpec spec, Path body) {
        UploadBookkeeper.Progress progress = bookkeeper.track(spec.id());
        try (Connection c = ds.getConnection()) {
            return UploadResult.of(spec, transaction(c, spec, body, progress));
        } catch (UploadFailure f) {
            return UploadResult.refused(spec, f);
        } catch (SQLException e) {
            return failed(spec, e);
        } catch (IOException | RuntimeException e) {
            LOG.errorf(e, "Upload %s failed", spec.id());
            return UploadResult.failed(
                    ErrorCode.INTERNAL_ERROR, "The upload failed on the server; nothing was written");
        } finally {
            bookkeeper.untrack(spec.id());
            deleteQuietly(body);
        }
    }

    private UploadReport transaction(Connection c, UploadSpec spec, Path body, UploadBookkeeper.Progress progress)
            throws SQLException, IOException {
        c.setAutoCommit(false);
        UploadAfterCommit after = spec.dryRun()
                ? null
                : spec.dataset()
                        .findings()
                        .filter(Dataset.Findings::runAfterCommit)
                        .map(f -> new UploadAfterCommit(spec, f, jobs, System.nanoTime()))
                        .orElse(null);
        UploadReport report;
        try {
            report = process(c, spec, body, progress, after);
            if (report.rejected() || report.dryRun()) {
                c.rollback();
            } else {
                c.commit();
            }
        } catch (SQLException | IOException | RuntimeException e) {
            rollbackQuietly(c);
            throw e;
        }
        return after != null && after.due() ? after.findings(c, report) : report;
    }

    /** {@link #process} with the findings in the transaction (several uploads in one: TogetherRun). */
    UploadReport process(Connection c, UploadSpec spec, Path body, UploadBookkeeper.Progress progress)
            throws SQLException, IOException {
        return process(c, spec, body, progress, null);
    }

    /**
     * Stages, checks and writes the batch in the caller's transaction; its findings too, unless {@code after} is given:
     * then they are made due, and {@code after} runs them once the caller committed.
     */
    private UploadReport process(
            Connection c, UploadSpec spec, Path body, UploadBookkeeper.Progress progress, UploadAfterCommit after)
            throws SQLException, IOException {
        long started = System.nanoTime();
        Dataset dataset = spec.dataset();
        MergeSql sql = new MergeSql(dataset.table(), after != null);
        if (DirectInsert.eligible(spec, sql, after)) {
            UploadReport direct = DirectInsert.run(c, spec, body, sql, progress, after, started);
            if (direct != null) {
                return direct;
            }
        }
        RowErrors errors = new RowErrors();

        // Parse, validate, stage.
        UploadStaging.Staged staged = UploadStaging.stage(c, spec, body, sql, errors, progress, null);

        // Check the batch as a whole.
        KeyChecks keys = new KeyChecks(sql, errors);
        ProvinceLocks locks;
        try (Statement st = c.createStatement()) {
            st.execute("analyze stage_row");
            // A dry run writes too (and rolls back), so that its findings are the real ones: it locks alike. Every
            // upload naming a report takes its lock before the provinces' (so a direct load and this never deadlock).
            if (spec.source() != null) {
                SourceReplace.lock(c, spec);
            }
            // Before the key checks, so no other upload can create a key between the check and the write.
            locks = ProvinceLocks.take(st);
            keys.run(st, spec);
        }
        UploadCounts report = new UploadCounts(spec, staged, errors, started);
        if (errors.any()) {
            return report.rejected();
        }
        if (spec.replace()) {
            SourceReplace.requireWholeInScope(c, spec, sql);
        }
        Set<Long> provinces = new LinkedHashSet<>(locks.ids()); // whose findings the upload recomputes
        if (spec.replace()) {
            provinces.addAll(UploadFindings.sourceProvinces(c, spec, sql));
        }

        // The upload's audit event: its id now, so that the history rows of what it replaces or deletes name it.
        long event = AuditWriter.reserveEvent(c);
        // Approved figures refuse the write (the tables' lock triggers): back to here, then say which rows.
        Savepoint beforeWrite = c.setSavepoint();
        long deleted;
        try {
            // mode=replace: the source's rows the file no longer names go first, each into the history.
            deleted = spec.replace() ? SourceReplace.deleteLeftOut(c, spec, sql, event) : 0;
        } catch (SQLException e) {
            return locked(c, spec, e, beforeWrite, errors, report);
        }

        // Merge, audit, and record the success in the same transaction.
        boolean alone = dataset.table().rivalKey() != null && keys.alone();
        long inserted;
        long updated;
        String created;
        // A unique violation of the merge may be the batch's own repeated key (KeyChecks defers that check).
        Savepoint beforeMerge = c.setSavepoint();
        try (Statement st = c.createStatement();
                PreparedStatement ps = c.prepareStatement(sql.merge())) {
            if (alone) {
                st.executeQuery(MergeSql.currentUnchanged()).close();
            }
            ps.setLong(1, event);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                inserted = rs.getLong(1);
                updated = rs.getLong(2);
                created = rs.getString(3);
            }
            if (alone) {
                st.executeQuery(MergeSql.currentByTriggers()).close();
            }
        } catch (SQLException e) {
            if (SqlStates.periodLocked(e)) {
                return locked(c, spec, e, beforeWrite, errors, report);
            }
            if (!SqlStates.duplicate(e)) {
                throw e;
            }
            c.rollback(beforeMerge);
            try (Statement st = c.createStatement()) {
                if (keys.afterUniqueViolation(st)) {
                    return report.rejected();
                }
            }
            throw e;
        }
        progress.written.set(inserted + updated + deleted);
        long unchanged = staged.valid() - inserted - updated;
        if (after != null) {
            UploadReport r = report.of(inserted, updated, unchanged, deleted, List.of(), 0);
            UploadAudit.record(c, spec, r, created, event, locks.single());
            after.figuresWritten(c, UploadFindings.staged(sql), provinces, r);
            return r;
        }
        Optional<Dataset.Findings> findings = dataset.findings();
        Dataset.Found found =
                findings.isPresent() ? findings.get().inTransaction(c, provinces, who(spec)) : Dataset.Found.NONE;
        List<UploadWarning> warnings = UploadFindings.warnings(c, UploadFindings.staged(sql), found.listed());
        UploadReport r = report.of(inserted, updated, unchanged, deleted, warnings, found.count());
        if (spec.dryRun()) {
            return r;
        }
        UploadAudit.record(c, spec, r, created, event, locks.single());
        jobs.succeeded(c, spec.id(), r, spec.synchronous() ? 200 : null, spec.synchronous() ? r : null);
        return r;
    }

    static AuditWriter.Who who(UploadSpec spec) {
        return new AuditWriter.Who(spec.owner(), spec.requestId());
    }

    /** A write the lock triggers refused: rolled back to before it, the rows in approved figures as errors. */
    private UploadReport locked(
            Connection c, UploadSpec spec, SQLException e, Savepoint beforeWrite, RowErrors errors, UploadCounts report)
            throws SQLException {
        if (!SqlStates.periodLocked(e)) {
            throw e;
        }
        c.rollback(beforeWrite);
        return report.locked(locks.explain(c, spec, e, errors));
    }

    static UploadResult failed(UploadSpec spec, SQLException e) {
        // A deadlock: two writes of one report's keys met, each holding what the other waits for (see DirectInsert).
        if (SqlStates.duplicate(e) || SqlStates.serializationFailure(e)) {
            return UploadResult.failed(
                    ErrorCode.CONCURRENT_WRITE,
                    "Another write created one of the batch's keys while it ran;"
                            + " nothing was written. Retry the upload.");
        }
        if (SqlStates.unavailable(e)) {
            LOG.warnf("Upload %s: database unavailable: %s", spec.id(), e.getMessage());
            return UploadResult.failed(
                    ErrorCode.DATABASE_UNAVAILABLE,
                    "The database became unavailable during the upload; nothing was written. Retry later.");
        }
        LOG.errorf(e, "Upload %s failed in the database", spec.id());
        return UploadResult.failed(ErrorCode.INTERNAL_ERROR, "The upload failed in the database; nothing was written");
    }

    static void rollbackQuietly(Connection c) {
        try {
            c.rollback();
        } catch (SQLException ignored) {
            // The connection is broken; the server rolls back what it had.
        }
    }

    static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            LOG.warnf("Could not delete %s: %s", p, e.getMessage());
        }
    }
}
