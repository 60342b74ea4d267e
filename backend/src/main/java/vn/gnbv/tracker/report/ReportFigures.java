package vn.gnbv.tracker.report;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;
import vn.gnbv.tracker.audit.AuditWriter;
import vn.gnbv.tracker.audit.HistoryTable;

/**
 * The figures stated in a report, as a feature that owns them provides them (funding lines, indicator values): the
 * report feature lies below those features, so it reaches their tables only through this SPI, found by CDI.
 */
public interface ReportFigures {
    /** What the figures are called in a message: {@code funding lines}. */
    String name();

    /** How many figures cite the report. */
    long count(long reportId);

    /**
     * The report's date changed, so which of its figures and its rivals' count may have (V071 flips {@code current}
     * in the same transaction): what the feature derives from the current figures is recomputed. Nothing by default.
     */
    default void redated(long reportId) {}

    /**
     * Deletes every figure that cites the report, each deletion recorded in the audit trail, in the caller's
     * transaction; answers how many.
     */
    long deleteOf(long reportId);

    /**
     * Deletes the figures of {@code history}'s table that cite the report set-based, each with its before-image in
     * the history, under one DELETE event of the figures' resource type in the report's unit; for
     * {@link #deleteOf}, in the caller's transaction (its connection: the data source hands the enlisted one out).
     * Pending entity writes are flushed first by the caller.
     */
    static long deleteWithHistory(DataSource ds, HistoryTable history, long reportId, String name) {
        try (Connection c = ds.getConnection()) {
            Long unit = null;
            try (PreparedStatement ps = c.prepareStatement("select unit_id from report where id = ?")) {
                ps.setLong(1, reportId);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        unit = rs.getLong(1);
                    }
                }
            }
            Map<String, Object> summary = new LinkedHashMap<>();
            summary.put("report", reportId);
            summary.put("figures", name);
            return AuditWriter.deleteWithHistory(
                    c, history, "r.report_id = ?", reportId, "report " + reportId + " " + name, summary, unit);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not delete the " + name + " of report " + reportId, e);
        }
    }
}
