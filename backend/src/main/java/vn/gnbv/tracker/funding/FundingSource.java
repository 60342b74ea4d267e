package vn.gnbv.tracker.funding;

import vn.gnbv.tracker.common.Labelled;

/** Budget source: a published code list (openapi.yaml FundingSource). */
public enum FundingSource implements Labelled {
    CENTRAL("Ngân sách trung ương", "Central budget"),
    LOCAL("Ngân sách địa phương", "Local budget"),
    LOCAL_PROVINCE("Ngân sách tỉnh", "Provincial budget"),
    LOCAL_DISTRICT("Ngân sách huyện", "District budget"),
    LOCAL_COMMUNE("Ngân sách xã", "Commune budget"),
    MOBILIZED("Vốn huy động hợp pháp khác", "Other mobilised sources"),
    MOBILIZED_FATHERLAND_FRONT("Mặt trận Tổ quốc (Quỹ vì người nghèo)", "Fatherland Front (Fund for the Poor)"),
    MOBILIZED_RED_CROSS("Hội Chữ thập đỏ", "Red Cross"),
    MOBILIZED_MILITARY("Quân khu, lực lượng vũ trang", "Military"),
    MOBILIZED_PUBLIC_SECURITY("Bộ Công an", "Ministry of Public Security"),
    MOBILIZED_ENTERPRISE("Doanh nghiệp", "Enterprises"),
    PEOPLE_COUNTERPART("Dân đối ứng", "People's counterpart contribution"),
    POLICY_CREDIT("Tín dụng chính sách", "Policy credit"),
    UNSPECIFIED("Không xác định", "Unspecified");

    private final String vi;
    private final String en;

    FundingSource(String vi, String en) {
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
