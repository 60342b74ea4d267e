package vn.gnbv.tracker.ingest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.gnbv.tracker.common.LockedCell;
import vn.gnbv.tracker.common.SqlStates;
import vn.gnbv.tracker.common.ViolationCode;

/**
 * An upload whose write the lock triggers refused (it touches approved figures): after the transaction is rolled back
 * to before the write, the rows in locked cells become row errors (PERIOD_LOCKED) through {@link LockedRows}, and the
 * locked cells are those the database named plus those found. A dry run writes too (and rolls back), so it is refused
 * alike.
 */
@ApplicationScoped
class UploadLocks {
    @Inject
    @Any
    Instance<LockedRows> explainers;

    /** Records the batch's locked rows in {@code errors}; answers the locked cells. */
    List<LockedCell> explain(Connection c, UploadSpec spec, SQLException refusal, RowErrors errors)
            throws SQLException {
        Map<Long, LockedCell> cells = new LinkedHashMap<>();
        SqlStates.lockedCells(refusal).forEach(cell -> cells.put(cell.signOffId(), cell));
        for (LockedRows l : explainers) {
            LockedRows.Found found = l.find(c, spec.dataset().path(), spec.replace() ? spec.source() : null);
            if (found == null) {
                continue;
            }
            found.cells().forEach(cell -> cells.putIfAbsent(cell.signOffId(), cell));
            if (found.deletions() > 0) {
                errors.addWhole(
                        "report",
                        ViolationCode.PERIOD_LOCKED,
                        found.deletions() + " figures of report " + spec.source()
                                + " that mode=replace would delete are approved");
            }
            for (Long row : found.rows()) {
                errors.add(row, null, ViolationCode.PERIOD_LOCKED, "Row " + row + " would change approved figures");
            }
        }
        return new ArrayList<>(cells.values());
    }
}
