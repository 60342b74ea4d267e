package vn.gnbv.tracker.finding;

import vn.gnbv.tracker.common.Labelled;

/** openapi.yaml FindingStatus. RESOLVED is the engine's (the figures now agree); the others a person sets. */
public enum FindingStatus implements Labelled {
    OPEN("Chưa xử lý", "Open"),
    EXPLAINED("Đã giải trình", "Explained"),
    CONFIRMED("Xác nhận sai sót", "Confirmed error"),
    RESOLVED("Đã khớp", "Resolved");

    private final String vi;
    private final String en;

    FindingStatus(String vi, String en) {
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
