package vn.gnbv.tracker.funding;

import vn.gnbv.tracker.common.Labelled;

/** Capital type: a published code list (openapi.yaml CapitalType). */
public enum CapitalType implements Labelled {
    INVESTMENT("Vốn đầu tư phát triển", "Development investment"),
    RECURRENT("Vốn sự nghiệp", "Recurrent"),
    UNSPECIFIED("Không xác định", "Unspecified");

    private final String vi;
    private final String en;

    CapitalType(String vi, String en) {
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
