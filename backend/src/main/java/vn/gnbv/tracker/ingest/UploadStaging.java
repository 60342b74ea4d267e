package vn.gnbv.tracker.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;
import vn.gnbv.tracker.common.ApiException;

/**
 * An upload's first step: the body parsed, each row checked by the dataset's rules, the valid rows COPYed into
 * staging — or, for a batch {@link DirectInsert} loads, straight into the dataset's table, given up at the first row
 * in error (the staged path then reports them all).
 */
final class UploadStaging {
    private UploadStaging() {}

    /** What staging found: rows read and rows valid; {@code abandoned}: a direct load stopped at a row in error. */
    record Staged(long rows, long valid, boolean abandoned) {}

    /**
     * Streams the body through the dataset's row rules into the staging table; with {@code direct}, into the
     * dataset's table, the rows' numbers kept there.
     */
    static Staged stage(
            Connection c,
            UploadSpec spec,
            Path body,
            MergeSql sql,
            RowErrors errors,
            UploadBookkeeper.Progress progress,
            DirectRows direct)
            throws SQLException, IOException {
        Dataset dataset = spec.dataset();
        try (InputStream in = new BufferedInputStream(Files.newInputStream(body), 1 << 16);
                RowSource src = spec.json() ? new JsonRecords(in, dataset) : new CsvRecords(in, dataset)) {
            Dataset.RowRules rules;
            try {
                rules = dataset.rules(c, spec.batch());
            } catch (ApiException e) {
                throw UploadFailure.of(e);
            }
            try (Statement st = c.createStatement()) {
                // Memory for this transaction only: the duplicate check and the key joins hash a million rows, which
                // the 4 MB default would spill to disk.
                st.execute("set local work_mem = '256MB'");
                if (direct == null) {
                    st.execute(sql.createStage());
                }
            }
            PGCopyOutputStream copy = new PGCopyOutputStream(
                    c.unwrap(PGConnection.class), direct == null ? MergeSql.copyStage() : sql.copyDirect(), 1 << 16);
            boolean done = false;
            try {
                CopyText out = new CopyText(copy, direct);
                UploadRow row = new UploadRow(dataset, src, spec.scope(), errors, out);
                long rows = 0;
                long valid = 0;
                for (RowSource.Row r = src.next(); r != null; r = src.next()) {
                    rows++;
                    progress.read.incrementAndGet();
                    row.moveTo(r);
                    if (r.problems().isEmpty()) {
                        row.checkText();
                        rules.check(row);
                    } else {
                        row.reportProblems();
                    }
                    if (row.staged()) {
                        out.endRow();
                        valid++;
                    }
                    progress.validated.incrementAndGet();
                    if (direct != null && errors.any()) {
                        return new Staged(rows, valid, true);
                    }
                }
                out.flush();
                copy.endCopy();
                done = true;
                return new Staged(rows, valid, false);
            } finally {
                if (!done && copy.isActive()) {
                    copy.cancelCopy();
                }
            }
        }
    }
}
