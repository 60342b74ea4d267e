package vn.gnbv.tracker.geo;

import vn.gnbv.tracker.common.Labelled;

/** Level of an administrative unit. Districts exist only before the 1 July 2025 reform. */
public enum UnitLevel implements Labelled {
    PROVINCE("Tỉnh/Thành phố", "Province", 2),
    DISTRICT("Huyện/Quận/Thị xã/Thành phố thuộc tỉnh", "District", 3),
    COMMUNE("Xã/Phường/Thị trấn/Đặc khu", "Commune", 5),
    /** The whole country: a read-only node above the provinces (code {@value UnitLookup#NATION_CODE}), never stored. */
    NATION("Toàn quốc", "Nation", 0);

    private final String vi;
    private final String en;
    private final int codeDigits;

    UnitLevel(String vi, String en, int codeDigits) {
        this.vi = vi;
        this.en = en;
        this.codeDigits = codeDigits;
    }

    /** Statistics-office codes have a fixed number of digits per level. */
    public int codeDigits() {
        return codeDigits;
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
