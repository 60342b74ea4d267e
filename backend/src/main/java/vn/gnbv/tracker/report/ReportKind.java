package vn.gnbv.tracker.report;

import vn.gnbv.tracker.common.Labelled;

/** What kind of document a report is (V070 report.kind): a published code list (openapi.yaml ReportKind). */
public enum ReportKind implements Labelled {
    ANNUAL_REPORT("Báo cáo kết quả thực hiện năm", "Annual report"),
    MID_TERM_REVIEW("Báo cáo sơ kết, đánh giá giữa kỳ", "Mid-term review"),
    PLAN("Kế hoạch", "Plan"),
    AD_HOC("Báo cáo đột xuất, chuyên đề", "Ad-hoc report");

    private final String vi;
    private final String en;

    ReportKind(String vi, String en) {
        this.vi = vi;
        this.en = en;
    }

    @Override
    public String nameVi() {
        return vi;
    }

    @Override
    public String nameEn() {
        return en;
    }
}
