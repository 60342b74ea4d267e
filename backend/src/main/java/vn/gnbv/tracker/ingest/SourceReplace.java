package vn.gnbv.tracker.ingest;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import vn.gnbv.tracker.common.ErrorCode;
import vn.gnbv.tracker.common.ViolationCode;

/**
 * mode=replace: after the batch is staged and its keys matched, the source's stored rows the batch no longer names
 * are deleted (each with its before-image in the table's history, under the upload's event), in the upload's
 * transaction, before the merge writes the rest.
 */
final class SourceReplace {
    private SourceReplace() {}

    /** Another upload of the same source waits for this one: each sees the other's result whole. */
    static void lock(Connection c, UploadSpec spec) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(MergeSql.lockSource())) {
            ps.setLong(1, spec.source());
            ps.executeQuery().close();
        }
    }

    /** A replace must be able to delete every row of its source: one outside the caller's subtrees refuses it. */
    static void requireWholeInScope(Connection c, UploadSpec spec, MergeSql sql) throws SQLException {
        if (spec.scope() == null) {
            return;
        }
        long outside;
        try (PreparedStatement ps = c.prepareStatement(sql.sourceRowsOutside())) {
            ps.setLong(1, spec.source());
            ps.setArray(
                    2,
                    c.createArrayOf(
                            "text", spec.scope().stream().map(p -> p + "%").toArray()));
            outside = one(ps);
        }
        if (outside > 0) {
            throw new UploadFailure(
                    ErrorCode.OUT_OF_SCOPE,
                    null,
                    "report",
                    ViolationCode.OUT_OF_SCOPE,
                    "Report " + spec.source() + " has " + outside + " figures outside your administrative scope;"
                            + " mode=replace would have to delete them");
        }
    }

    /** Deletes the rows the batch left out, each in the history under the upload's event; answers how many. */
    static long deleteLeftOut(Connection c, UploadSpec spec, MergeSql sql, long event) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql.deleteLeftOut())) {
            ps.setLong(1, spec.source());
            ps.setLong(2, event);
            return one(ps);
        }
    }

    private static long one(PreparedStatement ps) throws SQLException {
        try (ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
