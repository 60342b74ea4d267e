package vn.gnbv.tracker.funding;

import vn.gnbv.tracker.geo.UnitLevel;
import vn.gnbv.tracker.geo.UnitLookup;

/** openapi.yaml UnitRef: a unit version as funding responses show it. */
public record UnitRef(long id, String code, String name, UnitLevel level) {
  static UnitRef of(UnitLookup.Unit u) {
    return new UnitRef(u.id(), u.code(), u.name(), u.level());
  }
}
