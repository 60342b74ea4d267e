package vn.gnbv.tracker.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;
import vn.gnbv.tracker.common.ViolationCode;

/**
 * Runs one upload in one transaction on one connection: stream the body through the row rules into a temporary
 * staging table with COPY, check the whole batch set-based (duplicate keys, existing keys), then either roll back
 * (errors, dry run) or merge and audit in one statement and commit. Nothing is ever half-written: any failure on the
 * way rolls the transaction back.
 */
final class UploadProcessor {
    /** Live counters, read by the heartbeat that publishes a job's progress. */
    static final class Progress {
        final AtomicLong read = new AtomicLong();
        final AtomicLong validated = new AtomicLong();
        final AtomicLong written = new AtomicLong();
    }

    /** Runs on the upload's connection after the merge and before the commit: records the job's outcome. */
    interface BeforeCommit {
        void accept(Connection c, UploadReport report) throws SQLException;
    }

    private UploadProcessor() {}

    static UploadReport run(Connection c, UploadSpec job, Path body, Progress progress, BeforeCommit beforeCommit)
            throws SQLException, IOException {
        long started = System.nanoTime();
        c.setAutoCommit(false);
        try {
            UploadReport report = process(c, job, body, progress, started, beforeCommit);
            if (report.rejected() || report.dryRun()) {
                c.rollback();
            } else {
                c.commit();
            }
            return report;
        } catch (SQLException | IOException | RuntimeException e) {
            rollbackQuietly(c);
            throw e;
        }
    }

    private static UploadReport process(
            Connection c, UploadSpec job, Path body, Progress progress, long started, BeforeCommit beforeCommit)
            throws SQLException, IOException {
        MergeSql sql = MergeSql.of(job.dataset());
        RowErrors errors = new RowErrors();
        long rows;
        RowStager stager;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(body), 1 << 16);
                RowSource src = job.json() ? new JsonRecords(in, job.dataset()) : new CsvRecords(in, job.dataset())) {
            ReferenceIndex refs = new ReferenceIndex(c);
            stager = job.dataset() == Dataset.FUNDING_LINES
                    ? new FundingStager(src, job.scope(), refs)
                    : new IndicatorStager(src, job.scope(), refs);
            rows = stage(c, src, stager, errors, progress);
        }
        try (Statement st = c.createStatement()) {
            st.execute("analyze stage_row");
            if (!job.dryRun()) {
                // Before the key checks, so no other upload can create a key between the check and the write.
                st.executeQuery(MergeSql.lockProvinces()).close();
            }
            duplicates(st, sql, errors);
            st.execute(sql.existingRows());
            st.execute("analyze stage_old");
            if (job.insertOnly()) {
                existing(st, errors, job.dataset());
            }
        }
        long valid = stager.valid();
        if (errors.any()) {
            return report(job, true, rows, valid, 0, 0, 0, errors, started);
        }
        long inserted;
        long updated;
        String created;
        if (job.dryRun()) {
            try (Statement st = c.createStatement();
                    ResultSet rs = st.executeQuery(sql.plan())) {
                rs.next();
                return report(job, false, rows, valid, rs.getLong(1), rs.getLong(2), rs.getLong(3), errors, started);
            }
        }
        try (PreparedStatement ps = c.prepareStatement(sql.merge())) {
            ps.setString(1, job.owner().subject());
            ps.setString(2, job.owner().username());
            ps.setString(3, job.owner().clientId());
            ps.setString(4, job.requestId());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                inserted = rs.getLong(1);
                updated = rs.getLong(2);
                created = rs.getString(3);
            }
        }
        progress.written.set(inserted + updated);
        UploadReport report =
                report(job, false, rows, valid, inserted, updated, valid - inserted - updated, errors, started);
        UploadAudit.record(c, job, report, created);
        beforeCommit.accept(c, report);
        return report;
    }

    /** Streams the body through the row rules into the staging table; answers the number of rows read. */
    private static long stage(Connection c, RowSource src, RowStager stager, RowErrors errors, Progress progress)
            throws SQLException, IOException {
        try (Statement st = c.createStatement()) {
            // Memory for this transaction only: the duplicate check and the key joins hash a million rows, which the
            // 4 MB default would spill to disk.
            st.execute("set local work_mem = '256MB'");
            st.execute(stager.createSql());
        }
        PGCopyOutputStream copy = new PGCopyOutputStream(c.unwrap(PGConnection.class), stager.copySql(), 1 << 16);
        boolean done = false;
        try {
            CopyText out = new CopyText(copy);
            long rows = 0;
            for (RowSource.Row row = src.next(); row != null; row = src.next()) {
                rows++;
                progress.read.incrementAndGet();
                stager.stage(row, errors, out);
                progress.validated.incrementAndGet();
            }
            out.flush();
            copy.endCopy();
            done = true;
            return rows;
        } finally {
            if (!done && copy.isActive()) {
                copy.cancelCopy();
            }
        }
    }

    private static void duplicates(Statement st, MergeSql sql, RowErrors errors) throws SQLException {
        try (ResultSet rs = st.executeQuery(sql.duplicates())) {
            while (rs.next()) {
                Array a = rs.getArray(1);
                Long[] rows = (Long[]) a.getArray();
                for (int i = 1; i < rows.length; i++) {
                    errors.add(
                            rows[i],
                            null,
                            ViolationCode.DUPLICATE_KEY_IN_BATCH,
                            "Row " + rows[i] + " has the same key as row " + rows[0] + " of this batch");
                }
            }
        }
    }

    private static void existing(Statement st, RowErrors errors, Dataset d) throws SQLException {
        String what = d == Dataset.FUNDING_LINES ? "A funding line" : "An indicator value";
        try (ResultSet rs = st.executeQuery(MergeSql.existing())) {
            while (rs.next()) {
                errors.add(
                        rs.getLong(1),
                        null,
                        ViolationCode.KEY_EXISTS,
                        what + " with this key exists already (id " + rs.getLong(2)
                                + "); mode=insert-only does not replace it");
            }
        }
    }

    private static UploadReport report(
            UploadSpec job,
            boolean rejected,
            long rows,
            long valid,
            long inserted,
            long updated,
            long unchanged,
            RowErrors errors,
            long started) {
        return new UploadReport(
                job.id().toString(),
                job.dataset().path(),
                job.mode(),
                job.dryRun(),
                rejected,
                rows,
                valid,
                inserted,
                updated,
                unchanged,
                errors.total(),
                errors.first(),
                List.of(),
                (System.nanoTime() - started) / 1_000_000,
                errors.outOfScope());
    }

    private static void rollbackQuietly(Connection c) {
        try {
            c.rollback();
        } catch (SQLException ignored) {
            // The connection is broken; the server rolls back what it had.
        }
    }
}
