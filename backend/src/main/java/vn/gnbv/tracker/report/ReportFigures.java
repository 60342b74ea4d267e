package vn.gnbv.tracker.report;

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
     * Deletes every figure that cites the report, each deletion recorded in the audit trail, in the caller's
     * transaction; answers how many.
     */
    long deleteOf(long reportId);
}
