package vn.gnbv.tracker.ingest;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import vn.gnbv.tracker.common.LockedCell;

/**
 * Which rows of a refused upload lie in approved (locked) figures. The database refuses the write itself (the lock
 * triggers of the figure tables, SQLSTATE {@value vn.gnbv.tracker.common.SqlStates#PERIOD_LOCKED}); this explains the
 * refusal row by row. The feature that owns sign-offs lies above ingest and implements it (CDI finds it); without one
 * a refusal names the locked cells only.
 */
public interface LockedRows {
    /**
     * The staged rows (their row numbers) in locked cells, how many stored figures the upload's replace would delete
     * there, and the cells.
     */
    record Found(List<Long> rows, long deletions, List<LockedCell> cells) {}

    /**
     * Called after the write was refused and rolled back to before it, on the upload's connection: {@code stage_row}
     * holds the batch (the dataset's staging columns), {@code stage_old} the stored rows its keys matched. Answers
     * null for a dataset it does not know.
     *
     * @param replaced the source (report) a mode=replace upload makes exactly the file's, else null
     */
    Found find(Connection c, String dataset, Long replaced) throws SQLException;
}
