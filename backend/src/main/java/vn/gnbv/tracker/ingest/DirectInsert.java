package vn.gnbv.tracker.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.List;
import org.jboss.logging.Logger;
import vn.gnbv.tracker.audit.AuditWriter;

/**
 * The first load of a report's figures, straight into the table: while the body is parsed and checked, its rows go
 * by COPY into the dataset's table itself instead of a staging table, so parsing overlaps the write and the batch is
 * written once, not twice (issue 9: a million new funding lines spent about 4 s staging and 1 s merging, a fifth
 * of their time, before this). Every key is new: the report had no figures of the dataset (checked under the report's
 * lock, which every upload naming a report takes) and the unique key, which includes the report, refuses a key
 * repeated in the batch. Afterwards, like any upload, it takes the province locks, has the table's triggers rank the
 * keys that compete with another report's, and records its event.
 *
 * <p>Anything else — a row in error (the load stops there), a repeated key, approved figures, a concurrent write of
 * the report — rolls the load back to before it, and the batch takes the staged path ({@link UploadEngine}), which
 * reports every error: a refused batch may so cost up to one extra pass. Dry runs and reports with figures always
 * take the staged path.
 */
final class DirectInsert {
    private static final Logger LOG = Logger.getLogger(DirectInsert.class);

    private DirectInsert() {}

    /** Whether the batch may try the direct load: its findings run after the commit, it names its report. */
    static boolean eligible(UploadSpec spec, MergeSql sql, UploadAfterCommit after) {
        return after != null && !spec.dryRun() && spec.source() != null && sql.direct();
    }

    /**
     * The batch loaded and audited in the caller's transaction, its findings made due; null when it needs the staged
     * path, with nothing of it written (the report's lock stays taken).
     */
    static UploadReport run(
            Connection c,
            UploadSpec spec,
            Path body,
            MergeSql sql,
            UploadBookkeeper.Progress progress,
            UploadAfterCommit after,
            long started)
            throws SQLException, IOException {
        SourceReplace.lock(c, spec);
        try (PreparedStatement ps = c.prepareStatement(sql.sourceHasRows())) {
            ps.setLong(1, spec.source());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                if (rs.getBoolean(1)) {
                    return null;
                }
            }
        }
        Savepoint before = c.setSavepoint();
        try {
            UploadReport r = load(c, spec, body, sql, progress, after, started);
            if (r != null) {
                return r;
            }
        } catch (SQLException | IOException e) {
            // A repeated key, approved figures, a deadlock with a concurrent writer: the staged path sorts it out.
            LOG.debugf("Upload %s: the direct load gave way to the staged path: %s", spec.id(), e.getMessage());
        }
        c.rollback(before);
        progress.read.set(0);
        progress.validated.set(0);
        progress.written.set(0);
        return null;
    }

    private static UploadReport load(
            Connection c,
            UploadSpec spec,
            Path body,
            MergeSql sql,
            UploadBookkeeper.Progress progress,
            UploadAfterCommit after,
            long started)
            throws SQLException, IOException {
        RowErrors errors = new RowErrors();
        DirectRows direct = new DirectRows();
        try (Statement st = c.createStatement()) {
            // Every key is new to its report: `current` is ranked below, only where another report competes.
            st.executeQuery(MergeSql.currentUnchanged()).close();
        }
        UploadStaging.Staged staged = UploadStaging.stage(c, spec, body, sql, errors, progress, direct);
        if (staged.abandoned() || errors.any()) {
            return null;
        }
        ProvinceLocks locks = ProvinceLocks.take(c, direct.provinces());
        rankRivals(c, spec, sql, locks);
        String created = created(c, spec, sql, staged.valid());
        if (created == null) {
            return null;
        }
        direct.created(created);
        progress.written.set(staged.valid());
        long event = AuditWriter.reserveEvent(c);
        UploadReport r = new UploadCounts(spec, staged, errors, started).of(staged.valid(), 0, 0, 0, List.of(), 0);
        UploadAudit.record(c, spec, r, created, event, locks.single());
        after.figuresWritten(c, direct, locks.ids(), r);
        return r;
    }

    /** Has the triggers rank `current` for the batch's keys that another report states too. */
    private static void rankRivals(Connection c, UploadSpec spec, MergeSql sql, ProvinceLocks locks)
            throws SQLException {
        String rivals = sql.directRivals();
        long found = 0;
        if (rivals != null) {
            try (Statement st = c.createStatement();
                    PreparedStatement ps = c.prepareStatement(rivals)) {
                // The fresh rows are not in the statistics yet: planned on them, the check would look up a
                // million keys one by one (6 s) instead of hashing them (under 1 s with no rival, 4 s against
                // 800,000 lines).
                String nestloop;
                try (ResultSet rs = st.executeQuery(
                        "select current_setting('enable_nestloop'), set_config('enable_nestloop', 'off', true)")) {
                    rs.next();
                    nestloop = rs.getString(1);
                }
                ps.setLong(1, spec.source());
                ps.setLong(2, spec.source());
                ps.setArray(3, c.createArrayOf("bigint", locks.ids().toArray()));
                found = ps.executeUpdate();
                try (PreparedStatement back = c.prepareStatement("select set_config('enable_nestloop', ?, true)")) {
                    back.setString(1, nestloop);
                    back.executeQuery().close();
                }
            }
        }
        try (Statement st = c.createStatement()) {
            st.executeQuery(MergeSql.currentByTriggers()).close();
            if (found > 0) {
                st.executeUpdate(sql.rankDirectRivals());
            }
        }
    }

    /**
     * The ids the load created, as multirange text; null when the report holds other rows than the batch's (a single
     * write added one meanwhile): then the staged path merges the batch with it.
     */
    private static String created(Connection c, UploadSpec spec, MergeSql sql, long valid) throws SQLException {
        long count;
        String run;
        try (PreparedStatement ps = c.prepareStatement(sql.createdRun())) {
            ps.setLong(1, spec.source());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                count = rs.getLong(1);
                run = rs.getString(2);
            }
        }
        if (count != valid) {
            return null;
        }
        if (run != null || count == 0) {
            return run;
        }
        try (PreparedStatement ps = c.prepareStatement(sql.createdRanges())) {
            ps.setLong(1, spec.source());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }
}
