package vn.gnbv.tracker.report;

/** What kind of document a report is (V070 report.kind). */
public enum ReportKind {
    /** Báo cáo kết quả thực hiện năm. */
    ANNUAL_REPORT,
    /** Báo cáo đánh giá giữa kỳ. */
    MID_TERM_REVIEW,
    /** Kế hoạch. */
    PLAN,
    /** Báo cáo đột xuất, chuyên đề. */
    AD_HOC
}
