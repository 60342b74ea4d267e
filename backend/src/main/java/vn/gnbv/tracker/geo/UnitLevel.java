package vn.gnbv.tracker.geo;

import vn.gnbv.tracker.common.Labelled;

/** Level of an administrative unit. Districts exist only before the 1 July 2025 reform. */
public enum UnitLevel implements Labelled {
  PROVINCE("Tỉnh/Thành phố", "Province"),
  DISTRICT("Huyện/Quận/Thị xã/Thành phố thuộc tỉnh", "District"),
  COMMUNE("Xã/Phường/Thị trấn/Đặc khu", "Commune");

  private final String vi;
  private final String en;

  UnitLevel(String vi, String en) {
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
