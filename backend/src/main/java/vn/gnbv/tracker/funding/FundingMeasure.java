package vn.gnbv.tracker.funding;

import vn.gnbv.tracker.common.Labelled;

/** Measure of a funding amount: a published code list (openapi.yaml FundingMeasure). */
public enum FundingMeasure implements Labelled {
    MEDIUM_TERM_PLAN("Kế hoạch trung hạn", "Medium-term plan"),
    ASSIGNED("Kế hoạch vốn giao", "Assigned"),
    ALLOCATED("Phân bổ", "Allocated"),
    DISBURSED("Giải ngân", "Disbursed"),
    CARRIED_IN("Chuyển nguồn từ năm trước", "Carried in"),
    CARRIED_OUT("Chuyển nguồn sang năm sau", "Carried out"),
    RETURNED("Nộp trả", "Returned"),
    PROPOSED("Đề xuất", "Proposed"),
    MOBILIZED("Huy động", "Mobilised"),
    // Stated, never derived: the summary's available is carried in + assigned; findings compare the two.
    AVAILABLE("Tổng nguồn vốn được sử dụng", "Available (carried in + assigned), as stated");

    private final String vi;
    private final String en;

    FundingMeasure(String vi, String en) {
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
