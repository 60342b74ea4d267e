package vn.gnbv.tracker.indicator;

import vn.gnbv.tracker.common.Labelled;

/** Kind of an indicator value. */
public enum ValueKind implements Labelled {
    ACTUAL("Thực hiện", "Actual"),
    TARGET("Chỉ tiêu", "Target"),
    PLAN("Kế hoạch", "Plan"),
    ESTIMATE("Ước thực hiện", "Estimate"),
    BASELINE("Cơ sở", "Baseline");

    private final String vi;
    private final String en;

    ValueKind(String vi, String en) {
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
